using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using static SalesBot.Host.Tests.Reliability.ReliabilityData;

namespace SalesBot.Host.Tests.Reliability;

/// <summary>
/// Two teams on one host, each with members, accounts (both have a "Contoso"), deals, tasks and a group channel.
/// Whatever North's reps and manager ask through the real webhook (pipeline, an account's dossier, tasks, the
/// stand-up, the KPI digest), no reply or channel post of North names South's data, and North's writes never land
/// on South's records.
/// </summary>
public class TeamIsolationTests : IAsyncLifetime
{
    private const long North = 11_001;
    private const long South = 12_001;
    private const string NorthGroup = "-1001100";
    private const string SouthGroup = "-1001200";
    /// <summary>South's names and figures, none of which North ever types (a reply may echo what its asker typed).</summary>
    private static readonly string[] SouthSecrets = ["Fabrikam", "South Rep", "Zelda", "987", "Blue Ocean"];

    private TestStore _store = null!;
    private FakeMessengers _fake = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.SqliteAsync();
        _fake = await FakeMessengers.StartAsync();
        await using var db = _store.CreateDb();
        await SeedTeamAsync(db, "North", North, telegramReps: 3, groupChatId: NorthGroup);
        var south = await SeedTeamAsync(db, "South", South, telegramReps: 3, groupChatId: SouthGroup);
        var owner = await db.Members.FirstAsync(m => m.TeamId == south.Id);
        var account = new Account { TeamId = south.Id, Name = "Fabrikam Secret", NormalizedName = CompanyName.Normalize("Fabrikam Secret") };
        db.Accounts.Add(account);
        var contoso = await db.Accounts.FirstAsync(a => a.TeamId == south.Id && a.Name == "Contoso");
        var now = DateTimeOffset.UtcNow;
        db.Deals.Add(new Deal
        {
            TeamId = south.Id, Account = account, OwnerId = owner.Id, Name = "Fabrikam Secret expansion", NormalizedName = "fabrikam secret expansion",
            Amount = 987_654, Currency = "EUR", Stage = DealStage.Proposal, CreatedAt = now, StageChangedAt = now,
        });
        db.Deals.Add(new Deal
        {
            TeamId = south.Id, AccountId = contoso.Id, OwnerId = owner.Id, Name = "Contoso Blue Ocean", NormalizedName = "contoso blue ocean",
            Amount = 987_654, Currency = "EUR", Stage = DealStage.Negotiation, CreatedAt = now, StageChangedAt = now,
        });
        db.Tasks.Add(new TaskItem { TeamId = south.Id, OwnerId = owner.Id, Title = "call Zelda at Fabrikam Secret", Due = DateOnly.FromDateTime(DateTime.UtcNow), CreatedAt = now });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task NoQueryReportOrPostOfOneTeamShowsTheOtherTeamsData()
    {
        await using var host = await ServeHost.StartAsync(_store.Db, _fake);
        var update = 1;

        async Task SayAsync(long from, string text, long? chat = null)
        {
            var response = await host.PostTelegramAsync(Wire.TelegramText(update, from, update, text, chat));
            update++;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // South works: a meeting, a stage move, a win, all with posts to South's channel.
        await SayAsync(South, "logged a meeting with Fabrikam Secret");
        await SayAsync(South + 1, "logged a call with Contoso about Blue Ocean");
        await SayAsync(South, "Fabrikam Secret expansion to negotiation");
        await SayAsync(South, "Contoso Blue Ocean won");

        // North asks everything it can, reps and manager, privately and in its channel, and writes on same-named accounts.
        string[] questions =
        [
            "my pipeline", "team pipeline", "pipeline in negotiation", "pipeline in proposal", "show Contoso", "tasks", "standup",
            "team KPIs this week", "how did Rep 0 do", "logged a call with Contoso", "Contoso deal to won", "Contoso to lost",
            "expansion to lost", "show Fab", "undo",
        ];
        foreach (var question in questions)
        {
            await SayAsync(North, question);
            await SayAsync(North + 1, question);
        }

        await SayAsync(North, "/pipeline", long.Parse(NorthGroup, System.Globalization.CultureInfo.InvariantCulture));
        await SayAsync(North, "/standup", long.Parse(NorthGroup, System.Globalization.CultureInfo.InvariantCulture));
        await SayAsync(North, "/kpi", long.Parse(NorthGroup, System.Globalization.CultureInfo.InvariantCulture));

        var expectedReplies = update - 1;
        await Wire.EventuallyAsync(async () =>
        {
            await using var db = _store.CreateDb();
            return await AllProcessedAsync(db) && await Replies(db).CountAsync() >= expectedReplies - 3;
        }, "every message to be answered");

        await using var check = _store.CreateDb();
        var northChats = new[] { North.ToString(), (North + 1).ToString(), NorthGroup };
        var toNorth = await check.Outbox.Where(o => northChats.Contains(o.ChatId)).ToListAsync();
        Assert.True(toNorth.Count >= questions.Length * 2, $"only {toNorth.Count} messages went to North");
        foreach (var message in toNorth)
        {
            var body = System.Text.Json.JsonSerializer.Deserialize<OutgoingMessage>(message.Body)!;
            var shown = $"{body.Title}\n{body.Text}\n{string.Join("\n", body.Details ?? [])}";
            Assert.DoesNotContain(SouthSecrets, secret => shown.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }

        var teams = await check.Teams.ToDictionaryAsync(t => t.Name, t => t.Id);
        var southDeals = await check.Deals.Where(d => d.TeamId == teams["South"]).ToListAsync();
        Assert.Equal(DealStage.Negotiation, southDeals.Single(d => d.Name == "Fabrikam Secret expansion").Stage);
        Assert.Equal(DealStage.Won, southDeals.Single(d => d.Name == "Contoso Blue Ocean").Stage);
        Assert.False(await check.Activities.AnyAsync(a => a.AccountId != null && !check.Accounts.Any(x => x.Id == a.AccountId && x.TeamId == a.TeamId)),
            "an activity on another team's account");
        Assert.False(await check.Activities.AnyAsync(a => !check.Members.Any(m => m.Id == a.MemberId && m.TeamId == a.TeamId)), "an activity by a member of another team");
        Assert.False(await check.Outbox.AnyAsync(o => o.ChatId == SouthGroup && o.TeamId == teams["North"]), "a North post in South's channel");
    }
}
