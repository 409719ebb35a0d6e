using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Features.Export;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Features.Export;

/// <summary>Issue 16: an export holds every team setting, so an import into an empty store gives the team back as it was.</summary>
public class ExportImportTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DigestInTheChannelSurvivesAnExportAndAnImport(bool inChannel)
    {
        using var source = new TestStore();
        var team = source.AddTeam("North");
        await using (var db = source.CreateDbContext())
        {
            await db.Teams.ExecuteUpdateAsync(t => t.SetProperty(x => x.DigestInChannel, inChannel));
        }

        CrmExport export;
        await using (var db = source.CreateDbContext())
        {
            export = await new ExportCrm(db).HandleAsync(CancellationToken.None);
        }

        using var target = new TestStore();
        await using (var db = target.CreateDbContext())
        {
            await new ImportCrm(db).HandleAsync(export, CancellationToken.None);
        }

        Assert.Equal(inChannel, export.Teams.Single().DigestInChannel);
        await using var check = target.CreateDbContext();
        Assert.Equal(inChannel, (await check.Teams.SingleAsync(t => t.Name == team.Name)).DigestInChannel);
    }

    [Fact]
    public async Task AnOlderExportWithoutTheSettingKeepsTheDigestInTheChannel()
    {
        using var source = new TestStore();
        source.AddTeam("North");
        CrmExport export;
        await using (var db = source.CreateDbContext())
        {
            export = await new ExportCrm(db).HandleAsync(CancellationToken.None);
        }

        using var target = new TestStore();
        await using (var db = target.CreateDbContext())
        {
            await new ImportCrm(db).HandleAsync(export with { Teams = [export.Teams[0] with { DigestInChannel = null }] }, CancellationToken.None);
        }

        await using var check = target.CreateDbContext();
        Assert.True((await check.Teams.SingleAsync()).DigestInChannel);
    }
}
