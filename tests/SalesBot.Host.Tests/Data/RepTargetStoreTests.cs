using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Tests.Support;
using SalesBot.Host.Data;
using SalesBot.Host.Tests.Cli;
using TestStore = SalesBot.Tests.Shared.TestStore;

namespace SalesBot.Host.Tests.Data;

/// <summary>
/// Targets per rep on both stores (issue 18): migration 0145 keeps the targets a store had as the team's, one target
/// per team or rep, metric and period; the CLI sets a rep's own, the digest measures them, export and import keep them.
/// </summary>
public class RepTargetStoreTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task TargetsBeforeMigration0145StayTheTeamsAndOnePerTeamOrRepIsKept(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider, upTo: "0140");
        int teamId;
        await using (var old = new BeforeRepTargetsDb(store.Connection.CreateOptions()))
        {
            var team = new Team { Name = "North", NormalizedName = "north", TimeZone = "Europe/Warsaw", CreatedAt = SampleCrm.At };
            team.Members.Add(new Member { Name = "Ben", NormalizedName = "ben", JoinedAt = SampleCrm.At });
            old.Teams.Add(team);
            await old.SaveChangesAsync();
            teamId = team.Id;
            old.Targets.Add(new Target { TeamId = teamId, Metric = KpiMetric.Meetings, Period = TargetPeriod.Week, Value = 8, SetAt = SampleCrm.At });
            old.Targets.Add(new Target { TeamId = teamId, Metric = KpiMetric.Calls, Period = TargetPeriod.Month, Value = 40, SetAt = SampleCrm.At });
            await old.SaveChangesAsync();
        }

        await store.MigrateAsync();

        await using var db = store.CreateDb();
        var kept = await db.Targets.OrderBy(t => t.Id).ToListAsync();
        Assert.Equal([(KpiMetric.Meetings, 8m, (int?)null), (KpiMetric.Calls, 40m, null)], kept.Select(t => (t.Metric, t.Value, t.MemberId)));

        var ben = await db.Members.SingleAsync();
        db.Targets.Add(new Target { TeamId = teamId, MemberId = ben.Id, Metric = KpiMetric.Meetings, Period = TargetPeriod.Week, Value = 5, SetAt = SampleCrm.At });
        await db.SaveChangesAsync();

        // A second team target, or a second of Ben's, for the same metric and period is refused by the store itself.
        foreach (var rep in new int?[] { null, ben.Id })
        {
            await using var again = store.CreateDb();
            again.Targets.Add(new Target { TeamId = teamId, MemberId = rep, Metric = KpiMetric.Meetings, Period = TargetPeriod.Week, Value = 9, SetAt = SampleCrm.At });
            await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task TheCliSetsARepsOwnTargetsTheDigestMeasuresThemAndExportImportKeepsThem(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var db = store.CreateDb())
        {
            _ = new NorthwindWeek(db);
        }

        var set = await CliRunner.SucceedsAsync("target", "--team", "Northwind Sales", "--set", "meetings=1:Ben Carter,won_amount=40000", "--db", store.Db);
        Assert.Equal(
            ["every rep: meetings 3 per week", "every rep: calls 8 per month", "every rep: won_amount 40000 EUR per week", "Ben Carter: meetings 1 per week"],
            set.Out.ReplaceLineEndings("\n").TrimEnd().Split('\n'));

        using (var json = JsonDocument.Parse((await CliRunner.SucceedsAsync("digest", "--team", "Northwind Sales", "--week", "2026-W47", "--json", "--db", store.Db)).Out))
        {
            var root = json.RootElement;
            Assert.Equal(1m, root.GetProperty("rep_targets").GetProperty("Ben Carter").GetProperty("meetings").GetDecimal());
            var fulfillment = root.GetProperty("fulfillment");
            Assert.Equal(1m, fulfillment.GetProperty("Ben Carter").GetProperty("meetings").GetDecimal());
            Assert.Equal(0.667m, fulfillment.GetProperty("Anna Kowalska").GetProperty("meetings").GetDecimal());
            Assert.Equal(0.75m, fulfillment.GetProperty("Anna Kowalska").GetProperty("won_amount").GetDecimal());
            Assert.Equal(0.375m, root.GetProperty("team_fulfillment").GetProperty("won_amount").GetDecimal());
        }

        var export = (await CliRunner.SucceedsAsync("export", "--with-identities", "--db", store.Db)).Out;
        using (var json = JsonDocument.Parse(export))
        {
            var bens = json.RootElement.GetProperty("targets").EnumerateArray().Where(t => t.TryGetProperty("rep", out _)).ToList();
            Assert.Equal("Ben Carter", Assert.Single(bens).GetProperty("rep").GetString());
        }

        var file = Path.Combine(Path.GetTempPath(), $"salesbot-rep-targets-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, export);
        try
        {
            await using var copy = await TestStore.CreateAsync(provider);
            await CliRunner.SucceedsAsync("import", file, "--db", copy.Db);
            Assert.Equal(export, (await CliRunner.SucceedsAsync("export", "--with-identities", "--db", copy.Db)).Out);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("meetings")]
    [InlineData("deals_lost=2")]
    [InlineData("meetings=lots")]
    [InlineData("meetings=2:")]
    public async Task ATargetTheCliCannotReadIsOneLineOnStderrAndExit2(string set)
    {
        await using var store = await TestStore.CreateAsync(StoreProvider.Sqlite);
        await using (var db = store.CreateDb())
        {
            _ = new NorthwindWeek(db);
        }

        var result = await CliRunner.RunAsync("target", "--team", "Northwind Sales", "--set", set, "--db", store.Db);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("salesbot: --set reads METRIC=VALUE[:REP]", result.Err, StringComparison.Ordinal);
    }

    /// <summary>The model as migration 0140 knew targets: no rep column.</summary>
    private sealed class BeforeRepTargetsDb(DbContextOptions<SalesBot.Core.Data.SalesBotDb> options) : SalesBot.Core.Data.SalesBotDb(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            base.OnModelCreating(modelBuilder);
            modelBuilder.Entity<Target>().Ignore(t => t.MemberId);
        }
    }
}
