using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Host.Data;

namespace SalesBot.Host.Tests.Cli;

public class AdminVerbTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task TeamAndMembersAreSetUpFromTheShell(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await CliRunner.SucceedsAsync("team", "add", "North", "--tz", "Europe/Warsaw", "--standup", "09:15", "--currency", "pln", "--workdays", "Mon-Fri", "--db", store.Db);
        await CliRunner.SucceedsAsync("member", "add", "North", "Anna", "--telegram", "123456789", "--db", store.Db);
        await CliRunner.SucceedsAsync("member", "add", "North", "Marek", "--role", "manager", "--teams", "6f1c2a1e-4f7a-4a43-9a1b-1f2b3c4d5e6f", "--db", store.Db);
        var set = await CliRunner.SucceedsAsync("team", "set", "north", "--standup", "8:45", "--workdays", "Sun-Thu", "--db", store.Db);
        Assert.Contains("08:45", set.Out);

        await using var db = store.CreateDb();
        var team = await db.Teams.Include(t => t.Members).SingleAsync();
        Assert.Equal(("Europe/Warsaw", "PLN", new TimeOnly(8, 45)), (team.TimeZone, team.Currency, team.StandupTime));
        Assert.True(team.WorkingDays.Includes(DayOfWeek.Sunday));
        Assert.False(team.WorkingDays.Includes(DayOfWeek.Friday));
        Assert.Equal(123456789, team.Members.Single(m => m.Name == "Anna").TelegramUserId);
        Assert.Equal(MemberRole.Manager, team.Members.Single(m => m.Name == "Marek").Role);
    }

    public static TheoryData<string[], string> BadArguments => new()
    {
        { ["team", "add", "South", "--tz", "Mars/Olympus"], "unknown time zone" },
        { ["team", "add", "South", "--currency", "XYZ"], "unknown currency" },
        { ["team", "add", "South", "--standup", "25:99"], "--standup must be HH:MM" },
        { ["team", "add", "South", "--workdays", "Someday"], "working days" },
        { ["team", "add", "north"], "already exists" },
        { ["team", "add"], "NAME is required" },
        { ["team", "remove", "North"], "unknown action" },
        { ["member", "add", "Nowhere", "Anna"], "no team named 'Nowhere'" },
        { ["member", "add", "North", "Ola", "--role", "boss"], "--role must be rep or manager" },
        { ["member", "add", "North", "Ola", "--telegram", "abc"], "--telegram must be" },
        { ["member", "add", "North", "Ola", "--teams", "not-a-guid"], "--teams must be" },
        { ["member", "add", "North", "Piotr", "--telegram", "555"], "already linked" },
        { ["member", "add", "North", "Zofia"], "already has a member" },
        { ["export", "--format", "xml"], "unknown option --format" },
        { ["frobnicate"], "unknown verb" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task BadArgumentsGetOneLineOnStderrExitTwoAndWriteNothing(string[] args, string expected)
    {
        await using var store = await TestStore.SqliteAsync();
        await CliRunner.SucceedsAsync("team", "add", "North", "--db", store.Db);
        await CliRunner.SucceedsAsync("member", "add", "North", "Zofia", "--telegram", "555", "--db", store.Db);
        var before = await CountsAsync(store);

        var (code, _, err) = await CliRunner.RunAsync([.. args, "--db", store.Db]);

        Assert.Equal(2, code);
        Assert.Contains(expected, err, StringComparison.Ordinal);
        Assert.Single(err.TrimEnd().Split('\n'));
        Assert.Equal(before, await CountsAsync(store));
    }

    [Theory]
    [InlineData("Data Source=")]
    [InlineData("Host=;Database")]
    [InlineData("Data Source=/no/such/folder/x.db")]
    public async Task AMalformedDbIsRefusedWithOneLine(string db)
    {
        var (code, _, err) = await CliRunner.RunAsync("team", "add", "North", "--db", db);
        Assert.Equal(2, code);
        Assert.StartsWith("salesbot: ", err, StringComparison.Ordinal);
        Assert.Single(err.TrimEnd().Split('\n'));
    }

    private static async Task<(int Teams, int Members)> CountsAsync(TestStore store)
    {
        await using var db = store.CreateDb();
        return (await db.Teams.CountAsync(), await db.Members.CountAsync());
    }
}
