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
        var team = await db.Teams.Include(t => t.Members).ThenInclude(m => m.Identities).SingleAsync();
        Assert.Equal(("Europe/Warsaw", "PLN", new TimeOnly(8, 45)), (team.TimeZone, team.Currency, team.StandupTime));
        Assert.True(team.WorkingDays.Includes(DayOfWeek.Sunday));
        Assert.False(team.WorkingDays.Includes(DayOfWeek.Friday));
        Assert.Equal(123456789, team.Members.Single(m => m.Name == "Anna").TelegramUserId());
        Assert.Equal(MemberRole.Manager, team.Members.Single(m => m.Name == "Marek").Role);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task EveryTeamSettingIsSettableFromTheShell(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await CliRunner.SucceedsAsync("team", "add", "North", "--language", "pl", "--db", store.Db);
        var set = await CliRunner.SucceedsAsync("team", "set", "North", "--language", "RU", "--channel-events", "won,lost", "--channel-amounts", "on",
            "--figures", "everyone", "--digest-day", "Fri", "--digest-time", "16:30", "--plan-prompt", "45", "--quiet-hours", "20:00-08:00", "--db", store.Db);
        Assert.Contains("language ru; channel events won,lost, amounts in the channel on, team figures for everyone; digest Fri 16:30, plan prompt 45 min before the stand-up, quiet hours 20:00-08:00, digest in the channel on.", set.Out);

        await using (var db = store.CreateDb())
        {
            var team = await db.Teams.SingleAsync();
            Assert.Equal("ru", team.Language);
            Assert.Equal(ChannelEvents.Won | ChannelEvents.Lost, team.ChannelEvents);
            Assert.True(team.ShowAmountsInChannel);
            Assert.Equal(TeamVisibility.Everyone, team.Visibility);
            Assert.Equal((DayOfWeek.Friday, new TimeOnly(16, 30)), (team.DigestDay, team.DigestTime));
            Assert.Equal(45, team.PlanPromptMinutesBefore);
            Assert.Equal((new TimeOnly(20, 0), new TimeOnly(8, 0)), (team.QuietHoursStart!.Value, team.QuietHoursEnd!.Value));
        }

        await CliRunner.SucceedsAsync("team", "set", "North", "--channel-events", "all", "--quiet-hours", "off", "--figures", "managers", "--db", store.Db);
        await using (var db = store.CreateDb())
        {
            var team = await db.Teams.SingleAsync();
            Assert.Equal((ChannelEvents.All, TeamVisibility.ManagersOnly, "ru"), (team.ChannelEvents, team.Visibility, team.Language));
            Assert.Null(team.QuietHoursStart);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task TheTeamsEmulatorsIdLinksAnExistingMemberWhoIsThenKnown(StoreProvider provider)
    {
        const string EmulatorAad = "00000000-0000-0000-0000-0000000000020";
        await using var store = await TestStore.CreateAsync(provider);
        await CliRunner.SucceedsAsync("team", "add", "North", "--db", store.Db);
        await CliRunner.SucceedsAsync("member", "add", "North", "Alex Wilber", "--db", store.Db);

        var linked = await CliRunner.SucceedsAsync("member", "add", "North", "alex wilber", "--teams", EmulatorAad, "--db", store.Db);
        Assert.Contains("is now linked to Teams 00000000-0000-0000-0000-0000000000020", linked.Out);
        await CliRunner.SucceedsAsync("member", "link", "North", "Alex Wilber", "--telegram", "42", "--db", store.Db);

        await using var db = store.CreateDb();
        var alex = await db.Members.Include(m => m.Identities).SingleAsync();
        Assert.Equal((EmulatorAad, 42L), (alex.AadObjectId(), alex.TelegramUserId()!.Value));
        var message = new SalesBot.Core.Messaging.IncomingMessage(ChannelKind.Teams, "a:1", SalesBot.Core.Messaging.ChatKind.Private,
            "29:emulator-user", "Alex Wilber", "my pipeline", "m1", DateTimeOffset.UtcNow) { SenderDirectoryId = EmulatorAad };
        var found = await SalesBot.Core.Conversation.Identity.FindAsync(db, message, default);
        Assert.Equal("Alex Wilber", found.Member?.Name);
    }

    [Fact]
    public async Task ATeamsUserIdIsLinkedAsTheTeamsUserId()
    {
        await using var store = await TestStore.SqliteAsync();
        await CliRunner.SucceedsAsync("team", "add", "North", "--db", store.Db);
        await CliRunner.SucceedsAsync("member", "add", "North", "Megan", "--teams", "29:1abcDEF-xyz", "--db", store.Db);
        await using var db = store.CreateDb();
        Assert.Equal("29:1abcDEF-xyz", (await db.Members.Include(m => m.Identities).SingleAsync()).TeamsUserId());
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
        { ["member", "link", "North", "Nobody", "--telegram", "77"], "has no member named 'Nobody'" },
        { ["member", "link", "North", "Zofia"], "member link needs --telegram USER-ID or --teams AAD-OBJECT-ID" },
        { ["team", "set", "North", "--language", "de"], "unknown language 'de'" },
        { ["team", "set", "North", "--channel-events", "parties"], "cannot read channel events" },
        { ["team", "set", "North", "--channel-amounts", "maybe"], "--channel-amounts must be on or off" },
        { ["team", "set", "North", "--channel-digest", "maybe"], "--channel-digest must be on or off" },
        { ["team", "set", "North", "--figures", "all"], "managers or everyone" },
        { ["team", "set", "North", "--digest-day", "Someday"], "digest day" },
        { ["team", "set", "North", "--digest-time", "noon"], "--digest-time must be HH:MM" },
        { ["team", "set", "North", "--plan-prompt", "-5"], "--plan-prompt must be a number" },
        { ["team", "set", "North", "--quiet-hours", "late"], "cannot read quiet hours" },
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
