using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Features.Kpis;

/// <summary>
/// Issue 14's questions the parser reads but the engine did not answer (show_activities, who_inactive, kpi_digest for a
/// month or range, compare_reps, show_plan, how_to), through the engine on a real SQLite store, with who sees what.
/// Today is Monday Nov 16 2026 (Berlin).
/// </summary>
public sealed class PeriodQuestionsTests : IAsyncDisposable
{
    private readonly EngineHarness _h = new();
    private readonly Team _team;
    private readonly Member _anna;
    private readonly Member _ben;

    public PeriodQuestionsTests()
    {
        _team = _h.Store.AddTeam("North");
        _h.Store.AddMember(_team, "Maria", MemberRole.Manager);
        _anna = _h.Store.AddMember(_team, "Anna");
        _ben = _h.Store.AddMember(_team, "Ben");
        var contoso = _h.Store.AddAccount(_team, "Contoso");
        var fabrikam = _h.Store.AddAccount(_team, "Fabrikam");
        using var db = _h.Store.CreateDbContext();
        void Log(Member who, ActivityType type, Account account, string day, string? notes = null) => db.Activities.Add(new Activity
        {
            TeamId = _team.Id, MemberId = who.Id, Type = type, AccountId = account.Id, HappenedOn = DateOnly.Parse(day),
            RecordedAt = new DateTimeOffset(DateOnly.Parse(day).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), Notes = notes,
        });
        Log(_anna, ActivityType.Call, contoso, "2026-11-15", "pricing");
        Log(_anna, ActivityType.Meeting, fabrikam, "2026-11-12");
        Log(_anna, ActivityType.Meeting, contoso, "2026-10-20");
        Log(_ben, ActivityType.Call, fabrikam, "2026-10-05");
        Log(_ben, ActivityType.Call, contoso, "2026-10-06");
        Log(_ben, ActivityType.Email, contoso, "2026-11-02");
        db.DailyPlans.Add(new DailyPlan { TeamId = _team.Id, MemberId = _anna.Id, Date = new DateOnly(2026, 11, 16), Items = ["call Kevin", "Contoso proposal"] });
        db.SaveChanges();
    }

    public ValueTask DisposeAsync() => _h.DisposeAsync();

    private async Task<string> AskAsync(string who, ParsedCommand command)
    {
        var text = $"q{Guid.NewGuid():N}";
        _h.Parser.Add(text, command);
        return (await _h.SendAsync(who, text)).Text;
    }

    private static ParsedCommand Q(Intent intent, string? from = null, string? to = null) =>
        new(intent, 0.95) { From = from is null ? null : DateOnly.Parse(from), To = to is null ? null : DateOnly.Parse(to ?? from!) };

    [Fact]
    public async Task ARepSeesWhatTheyDidYesterday()
    {
        var reply = await AskAsync("Anna", Q(Intent.ShowActivities, "2026-11-15", "2026-11-15") with { Scope = "me" });

        Assert.Equal("Your activities yesterday: 1\n• yesterday · call · Contoso · pricing", reply);
    }

    [Fact]
    public async Task AManagerSeesOneRepsCallsOfAPeriod()
    {
        var reply = await AskAsync("Maria", Q(Intent.ShowActivities, "2026-10-01", "2026-10-31") with { Scope = "Ben", Activity = ActivityType.Call });

        Assert.StartsWith("Ben's calls Oct 1 – Oct 31: 2\n", reply, StringComparison.Ordinal);
        Assert.Contains("call · Contoso", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("email", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARepAskingForAColleaguesActivitiesGetsTheirOwn()
    {
        var reply = await AskAsync("Anna", Q(Intent.ShowActivities, "2026-10-01", "2026-10-31") with { Scope = "Ben" });

        Assert.Equal("Other reps' figures go to managers; here are yours.\nYour activities Oct 1 – Oct 31: 1\n• Tue Oct 20 · meeting · Contoso", reply);
    }

    [Fact]
    public async Task ManagersHearWhoLoggedNothingThisWeek()
    {
        Assert.Equal("Nothing logged Nov 9 – Nov 15: Ben.", await AskAsync("Maria", Q(Intent.WhoInactive, "2026-11-09", "2026-11-15")));
        Assert.Equal("Nothing logged today: Anna, Ben.", await AskAsync("Maria", Q(Intent.WhoInactive)));
        Assert.StartsWith("Who logged nothing is for managers.", await AskAsync("Anna", Q(Intent.WhoInactive)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KpisOfLastMonthCountThatMonthNotThisWeek()
    {
        var reply = await AskAsync("Maria", Q(Intent.KpiDigest, "2026-10-01", "2026-10-31") with { Scope = "team" });

        var lines = reply.Split('\n');
        Assert.StartsWith("Team KPIs Oct 1 – Oct 31: 1 meeting, 2 calls, 0 emails", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("• Anna: 1 meeting, 0 calls", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("• Ben: 0 meetings, 2 calls", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARepsKpisForAPeriodAreTheirOwn()
    {
        var reply = await AskAsync("Anna", Q(Intent.KpiDigest, "2026-10-01", "2026-11-16") with { Scope = "team" });

        Assert.StartsWith("Other reps' figures go to managers; here are yours.\nYour KPIs Oct 1 – Nov 16: 2 meetings, 1 call", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Ben", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoRepsSideBySideInTheOrderAsked()
    {
        var reply = await AskAsync("Maria", Q(Intent.CompareReps, "2026-10-01", "2026-10-31") with { Members = ["ben", "anna"] });

        var lines = reply.Split('\n');
        Assert.Equal("Ben vs Anna, Oct 1 – Oct 31:", lines[0]);
        Assert.StartsWith("• Ben: 0 meetings, 2 calls", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("• Anna: 1 meeting, 0 calls", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComparingNeedsTwoKnownRepsAndAManagersEyes()
    {
        Assert.Equal("No one called Zed on the team. Which reps? For example: \"compare Chloe and Ben last month\".",
            await AskAsync("Maria", Q(Intent.CompareReps) with { Members = ["Anna", "Zed"] }));
        Assert.StartsWith("Which reps?", await AskAsync("Maria", Q(Intent.CompareReps) with { Members = ["Anna"] }), StringComparison.Ordinal);
        Assert.Equal("Other reps' figures go to managers; here are yours.", await AskAsync("Anna", Q(Intent.CompareReps) with { Members = ["Anna", "Ben"] }));
    }

    [Fact]
    public async Task ARepSeesTodaysPlanOrHowToMakeOne()
    {
        Assert.Equal("Your plan for today:\n1. call Kevin\n2. Contoso proposal", await AskAsync("Anna", Q(Intent.ShowPlan) with { Scope = "me" }));
        Assert.Equal("You have no plan for today yet. For example: \"plan: Contoso proposal, call Kevin, demo for Fabrikam\".",
            await AskAsync("Ben", Q(Intent.ShowPlan)));
        Assert.Equal("Anna's plan for today:\n1. call Kevin\n2. Contoso proposal", await AskAsync("Maria", Q(Intent.ShowPlan) with { Scope = "Anna" }));
    }

    [Theory]
    [InlineData("log_activity", "To log an activity, write for example: \"logged a meeting with Northwind\".")]
    [InlineData("move_deal", "To move a deal, write for example: \"Contoso upgrade to proposal\".")]
    [InlineData("add_task", "To add a task, write for example: \"remind me to call Kevin on Friday\".")]
    [InlineData("kpi_digest", "To see KPIs, write for example: \"team KPIs last week\".")]
    public async Task HowToAnswersWithThePacksExample(string topic, string expected) =>
        Assert.Equal(expected, await AskAsync("Anna", new ParsedCommand(Intent.HowTo, 0.95) { Topic = topic }));

    [Fact]
    public async Task HowToAnswersInTheMembersLanguage()
    {
        using (var db = _h.Store.CreateDbContext())
        {
            db.Members.Single(m => m.Id == _anna.Id).Language = "pl";
            db.SaveChanges();
        }

        Assert.Equal("Aby zapisać aktywność, napisz na przykład: „spotkanie z Northwind”.",
            await AskAsync("Anna", new ParsedCommand(Intent.HowTo, 0.95) { Topic = "log_activity" }));
        Assert.StartsWith("Twój plan (dziś):\n1. call Kevin", await AskAsync("Anna", Q(Intent.ShowPlan)), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPackHasAnExampleForEveryHowToTopic()
    {
        string[] topics = ["log_activity", "create_deal", "move_deal", "update_deal", "add_task", "complete_task", "set_plan", "show_pipeline",
            "show_account", "show_tasks", "standup", "kpi_digest", "undo"];
        foreach (var code in ReplyPacks.Codes)
        {
            var pack = ReplyPacks.For(code);
            Assert.Equal(ReplyPacks.English.Examples.Count, pack.Examples.Count);
            Assert.All(topics, t => Assert.NotNull(pack.ExampleFor(t)));
        }
    }
}
