using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using SalesBot.Core.Scheduling;
using SalesBot.Core.Tests.Support;
using TestStore = SalesBot.Core.Tests.Support.TestStore;

namespace SalesBot.Host.Tests.Scheduling;

public class ScheduledPostsTests : IAsyncLifetime
{
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private readonly FakeClock _clock = new(Seed.Local("Europe/Warsaw", "2026-11-23T09:30"));
    private readonly ScheduledPostOptions _options = new();
    private TestStore _store = null!;

    public async Task InitializeAsync() => _store = await MigratedStore.CreateAsync();

    public Task DisposeAsync()
    {
        _store.Dispose();
        return Task.CompletedTask;
    }

    private PublishScheduledPost Publisher() => new(_store, _clock, _options);

    private RunDueTeamPosts CatchUp() => new(_store, Publisher(), _clock, _options);

    private NorthwindWeek SeedWeek(TeamVisibility visibility = TeamVisibility.ManagersOnly)
    {
        using var db = _store.CreateDbContext();
        var week = new NorthwindWeek(db, visibility);
        new Seed(db).Channel(week.Team, "-100999", active: false);
        return week;
    }

    private List<OutboxMessage> Outbox(OutboxKind? kind = null)
    {
        using var db = _store.CreateDbContext();
        return db.Outbox.AsNoTracking().Where(o => kind == null || o.Kind == kind).OrderBy(o => o.Id).ToList();
    }

    private static OutgoingMessage Body(OutboxMessage o) => JsonSerializer.Deserialize<OutgoingMessage>(o.Body)!;

    [Fact]
    public async Task PostsTheStandupToEachActiveChannelExactlyOnceWhenRunTwice()
    {
        var w = SeedWeek();

        Assert.Equal(PublishOutcome.Posted, await Publisher().PublishAsync(w.Team.Id, ScheduledPostKind.Standup, Monday, CancellationToken.None));
        Assert.Equal(PublishOutcome.AlreadyPosted, await Publisher().PublishAsync(w.Team.Id, ScheduledPostKind.Standup, Monday, CancellationToken.None));
        Assert.DoesNotContain(await CatchUp().RunAsync(CancellationToken.None), r => r.Slot.Kind == ScheduledPostKind.Standup);

        var post = Assert.Single(Outbox(OutboxKind.Standup));
        Assert.Equal("-100500", post.ChatId);
        Assert.Equal("Stand-up · Mon 23 Nov", Body(post).Title);
        Assert.StartsWith("Anna Kowalska: 1 call, 1 note", Body(post).Text, StringComparison.Ordinal);
        using var db = _store.CreateDbContext();
        var ledger = Assert.Single(db.ScheduledPosts.Where(p => p.Kind == ScheduledPostKind.Standup));
        Assert.Equal(("2026-11-23", "channel", post.Id, false), (ledger.Key, ledger.Recipient, ledger.OutboxMessageId!.Value, ledger.IsLate));
    }

    [Fact]
    public async Task TwoPublishersRacingPostOnce()
    {
        var w = SeedWeek();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => Publisher().PublishAsync(w.Team.Id, ScheduledPostKind.Standup, Monday, CancellationToken.None))));

        Assert.Equal(1, outcomes.Count(o => o == PublishOutcome.Posted));
        Assert.Equal(3, outcomes.Count(o => o == PublishOutcome.AlreadyPosted));
        Assert.Single(Outbox(OutboxKind.Standup));
    }

    [Fact]
    public async Task HostDownOverTheStandupPostsItLateWhenItComesBackWithinTheGraceWindow()
    {
        var w = SeedWeek();
        _clock.Set(Seed.Local(w.Team, "2026-11-23T11:45"));

        var results = await CatchUp().RunAsync(CancellationToken.None);

        Assert.Contains(results, r => r.Slot.Kind == ScheduledPostKind.Standup && r.Outcome == PublishOutcome.PostedLate);
        var post = Assert.Single(Outbox(OutboxKind.Standup));
        Assert.Equal("Stand-up · Mon 23 Nov (late: the host was down at 09:30)", Body(post).Title);
        using var db = _store.CreateDbContext();
        Assert.True(db.ScheduledPosts.Single(p => p.Kind == ScheduledPostKind.Standup).IsLate);
    }

    [Fact]
    public async Task NothingGoesOutOnceTheGraceWindowHasPassed()
    {
        var w = SeedWeek();
        _clock.Set(Seed.Local(w.Team, "2026-11-23T12:31"));

        var results = await CatchUp().RunAsync(CancellationToken.None);

        Assert.DoesNotContain(results, r => r.Slot.Kind == ScheduledPostKind.Standup);
        Assert.Equal(PublishOutcome.TooLate, await Publisher().PublishAsync(w.Team.Id, ScheduledPostKind.Standup, Monday, CancellationToken.None));
        Assert.Empty(Outbox(OutboxKind.Standup));
    }

    [Fact]
    public async Task WeekendsPostNothing()
    {
        var w = SeedWeek();
        _clock.Set(Seed.Local(w.Team, "2026-11-21T10:00"));

        Assert.Empty(await CatchUp().RunAsync(CancellationToken.None));
        Assert.Equal(PublishOutcome.NotDue, await Publisher().PublishAsync(w.Team.Id, ScheduledPostKind.Standup, new DateOnly(2026, 11, 21), CancellationToken.None));
        Assert.Empty(Outbox());
    }

    [Fact]
    public async Task HolidaysPostNothingNotEvenPrompts()
    {
        var w = SeedWeek();
        using (var db = _store.CreateDbContext())
        {
            new Seed(db).Holiday(w.Team, "2026-11-23");
        }

        _clock.Set(Seed.Local(w.Team, "2026-11-23T09:31"));

        Assert.DoesNotContain(await CatchUp().RunAsync(CancellationToken.None), r => r.Slot.Key == "2026-11-23");
        Assert.Equal(PublishOutcome.NotDue, await Publisher().PublishAsync(w.Team.Id, ScheduledPostKind.Standup, Monday, CancellationToken.None));
        Assert.Empty(Outbox(OutboxKind.Standup));
        Assert.Empty(Outbox(OutboxKind.PlanPrompt));
    }

    [Fact]
    public async Task PlanPromptsGoToRepsWhoAreNeitherAwayNorAlreadyPlanned()
    {
        var w = SeedWeek();
        _clock.Set(Seed.Local(w.Team, "2026-11-23T09:10"));

        var results = await CatchUp().RunAsync(CancellationToken.None);

        Assert.Contains(results, r => r.Slot.Kind == ScheduledPostKind.PlanPrompt && r.Outcome == PublishOutcome.Posted);
        // Anna has a plan already, Carl is away, Marta is a manager: only Ben is asked.
        var prompt = Assert.Single(Outbox(OutboxKind.PlanPrompt));
        Assert.Equal(("1002", w.Ben.Id), (prompt.ChatId, prompt.MemberId!.Value));
        Assert.Equal("Good morning, Ben", Body(prompt).Title);
        Assert.StartsWith("What are your top 3 today?", Body(prompt).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnansweredPlanPromptIsRepeatedOnceFiveMinutesBeforeTheStandup()
    {
        var w = SeedWeek();
        _clock.Set(Seed.Local(w.Team, "2026-11-23T09:10"));
        await CatchUp().RunAsync(CancellationToken.None);
        _clock.Set(Seed.Local(w.Team, "2026-11-23T09:24:59"));
        Assert.DoesNotContain(await CatchUp().RunAsync(CancellationToken.None), r => r.Slot.Kind == ScheduledPostKind.PlanReminder);

        _clock.Set(Seed.Local(w.Team, "2026-11-23T09:25"));
        var results = await CatchUp().RunAsync(CancellationToken.None);
        foreach (var minute in new[] { "09:26", "09:30", "10:00" })
        {
            _clock.Set(Seed.Local(w.Team, "2026-11-23T" + minute));
            await CatchUp().RunAsync(CancellationToken.None);
        }

        Assert.Contains(results, r => r.Slot.Kind == ScheduledPostKind.PlanReminder && r.Outcome == PublishOutcome.Posted);
        var prompts = Outbox(OutboxKind.PlanPrompt);
        Assert.Equal(2, prompts.Count);
        Assert.All(prompts, p => Assert.Equal(("1002", w.Ben.Id), (p.ChatId, p.MemberId!.Value)));
        Assert.Equal("Ben, a quick one", Body(prompts[1]).Title);
        Assert.StartsWith("The stand-up is in a few minutes. Your top 3?", Body(prompts[1]).Text, StringComparison.Ordinal);
        // ... and the stand-up names him, gently, once.
        var standup = Body(Assert.Single(Outbox(OutboxKind.Standup)));
        Assert.EndsWith("\nNo top 3 yet from Ben Carter: a short \"plan: …\" to me still makes today's list.", standup.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Carl", standup.Text.Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task APlanGivenAfterThePromptOrAPromptSentLateIsNotChased()
    {
        var w = SeedWeek();
        _clock.Set(Seed.Local(w.Team, "2026-11-23T09:10"));
        await CatchUp().RunAsync(CancellationToken.None);
        using (var db = _store.CreateDbContext())
        {
            new Seed(db).Plan(w.Team, w.Ben, "2026-11-23", "Northwind pilot review");
        }

        _clock.Set(Seed.Local(w.Team, "2026-11-23T09:25"));
        await CatchUp().RunAsync(CancellationToken.None);
        Assert.Single(Outbox(OutboxKind.PlanPrompt));

        // Tuesday the host was down until 09:27: the late prompt goes out, the reminder does not follow it at once.
        _clock.Set(Seed.Local(w.Team, "2026-11-24T09:27"));
        await CatchUp().RunAsync(CancellationToken.None);
        Assert.Equal(["Good morning, Anna", "Good morning, Ben"], Outbox(OutboxKind.PlanPrompt).Skip(1).Select(p => Body(p).Title).Order());
    }

    [Fact]
    public async Task TaskNotesListDueAndOverdueTasksAndSkipAwayReps()
    {
        var w = SeedWeek();
        _clock.Set(Seed.Local(w.Team, "2026-11-23T09:10"));

        await CatchUp().RunAsync(CancellationToken.None);

        var note = Assert.Single(Outbox(OutboxKind.TaskNote));
        Assert.Equal("1001", note.ChatId);
        Assert.Equal("• Call Maria at Fabrikam (overdue since 20 Nov)\n• Send quote to Contoso (today)", Body(note).Text);
    }

    [Fact]
    public async Task StandupStillPostsWhenNobodyAnsweredThePrompt()
    {
        int teamId;
        using (var db = _store.CreateDbContext())
        {
            var s = new Seed(db);
            var team = s.Team();
            s.Member(team, "Anna", telegram: 2001);
            s.Member(team, "Ben", telegram: 2002);
            s.Channel(team, "-100777");
            teamId = team.Id;
        }

        _clock.Set(Seed.Local("Europe/Warsaw", "2026-11-23T09:10"));
        await CatchUp().RunAsync(CancellationToken.None);
        _clock.Set(Seed.Local("Europe/Warsaw", "2026-11-23T09:30"));
        await CatchUp().RunAsync(CancellationToken.None);

        Assert.Equal(2, Outbox(OutboxKind.PlanPrompt).Count);
        var standup = Body(Assert.Single(Outbox(OutboxKind.Standup)));
        // Nothing recorded, planned or due: a quiet day is one line, not a wall of zeros (issue 18).
        Assert.Equal("A quiet day: nothing recorded since the last stand-up, no plans and nothing due.", standup.Text);
    }

    [Fact]
    public async Task WeeklyDigestGoesToManagersPrivatelyAndToTheChannelWithoutRepsWhenFiguresAreForManagers()
    {
        var w = SeedWeek(TeamVisibility.ManagersOnly);
        _clock.Set(Seed.Local(w.Team, "2026-11-23T08:30"));

        var results = await CatchUp().RunAsync(CancellationToken.None);

        Assert.Contains(results, r => r.Slot is { Kind: ScheduledPostKind.WeeklyDigest, Key: "2026-W47" } && r.Outcome == PublishOutcome.Posted);
        var posts = Outbox(OutboxKind.Digest);
        Assert.Equal(["-100500", "1009"], posts.Select(p => p.ChatId).Order());
        var digest = posts.Single(p => p.ChatId == "1009");
        Assert.Equal(w.Marta.Id, digest.MemberId!.Value);
        Assert.StartsWith("KPI digest 2026-W47 (16 Nov – 22 Nov)", Body(digest).Title, StringComparison.Ordinal);
        Assert.Contains("won 1 (EUR 30,000)", Body(digest).Text, StringComparison.Ordinal);

        // Issue 16: the channel gets the digest by default, as /connect promises; reps' own figures stay with managers.
        var channel = Body(posts.Single(p => p.ChatId == "-100500"));
        Assert.StartsWith("KPI digest 2026-W47 (16 Nov – 22 Nov)", channel.Title, StringComparison.Ordinal);
        Assert.Contains("won 1", channel.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("30,000", channel.Text, StringComparison.Ordinal);
        Assert.Empty(channel.Details);
        Assert.DoesNotContain("Anna", channel.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AManagerCanKeepTheDigestOutOfTheChannel()
    {
        var w = SeedWeek(TeamVisibility.Everyone);
        using (var db = _store.CreateDbContext())
        {
            db.Teams.Single(t => t.Id == w.Team.Id).DigestInChannel = false;
            db.SaveChanges();
        }

        _clock.Set(Seed.Local(w.Team, "2026-11-23T08:31"));
        await CatchUp().RunAsync(CancellationToken.None);

        Assert.Equal("1009", Assert.Single(Outbox(OutboxKind.Digest)).ChatId);
    }

    [Fact]
    public async Task DigestWaitsForTheNextWorkingDayWhenItsDayIsAHoliday()
    {
        var w = SeedWeek();
        using (var db = _store.CreateDbContext())
        {
            new Seed(db).Holiday(w.Team, "2026-11-23");
        }

        _clock.Set(Seed.Local(w.Team, "2026-11-23T08:31"));
        Assert.Empty(await CatchUp().RunAsync(CancellationToken.None));

        _clock.Set(Seed.Local(w.Team, "2026-11-24T08:31"));
        var results = await CatchUp().RunAsync(CancellationToken.None);

        Assert.Contains(results, r => r.Slot is { Kind: ScheduledPostKind.WeeklyDigest, Key: "2026-W47" } && r.Outcome == PublishOutcome.Posted);
        Assert.Equal(["-100500", "1009"], Outbox(OutboxKind.Digest).Select(p => p.ChatId).Order());
    }

    [Fact]
    public async Task SharedDigestAlsoGoesToTheChannelWithoutAmounts()
    {
        var w = SeedWeek(TeamVisibility.Everyone);
        _clock.Set(Seed.Local(w.Team, "2026-11-23T08:31"));

        await CatchUp().RunAsync(CancellationToken.None);

        var posts = Outbox(OutboxKind.Digest);
        Assert.Equal(["-100500", "1009"], posts.Select(p => p.ChatId).Order());
        Assert.DoesNotContain("30,000", Body(posts.Single(p => p.ChatId == "-100500")).Text, StringComparison.Ordinal);
    }

    [Theory]
    // The stand-up at 09:30 local, on both sides of the spring and autumn changes.
    [InlineData("Europe/Warsaw", "2026-03-27", "2026-03-27T08:30:00Z")]
    [InlineData("Europe/Warsaw", "2026-03-30", "2026-03-30T07:30:00Z")]
    [InlineData("Europe/Warsaw", "2026-10-23", "2026-10-23T07:30:00Z")]
    [InlineData("Europe/Warsaw", "2026-10-26", "2026-10-26T08:30:00Z")]
    [InlineData("America/New_York", "2026-03-06", "2026-03-06T14:30:00Z")]
    [InlineData("America/New_York", "2026-03-09", "2026-03-09T13:30:00Z")]
    [InlineData("America/New_York", "2026-10-30", "2026-10-30T13:30:00Z")]
    [InlineData("America/New_York", "2026-11-02", "2026-11-02T14:30:00Z")]
    public async Task StandupIsDueAt0930TeamTimeAcrossClockChanges(string zone, string day, string dueUtc)
    {
        using (var db = _store.CreateDbContext())
        {
            var s = new Seed(db);
            var team = s.Team(zone: zone);
            s.Member(team, "Anna");
            s.Channel(team);
        }

        var due = DateTimeOffset.Parse(dueUtc);
        _clock.Set(due.AddSeconds(-30));
        Assert.DoesNotContain(await CatchUp().RunAsync(CancellationToken.None), r => r.Slot.Kind == ScheduledPostKind.Standup);

        _clock.Set(due.AddSeconds(5));
        var standup = Assert.Single(await CatchUp().RunAsync(CancellationToken.None), r => r.Slot.Kind == ScheduledPostKind.Standup);
        Assert.Equal((day, due, PublishOutcome.Posted), (standup.Slot.Key, standup.Slot.DueAt, standup.Outcome));
    }

    [Fact]
    public async Task TeamSetUpAfterTheStandupTimeGetsNoLatePostThatDay()
    {
        using (var db = _store.CreateDbContext())
        {
            var s = new Seed(db);
            var team = s.Team(created: "2026-11-23T10:00");
            s.Channel(team);
        }

        _clock.Set(Seed.Local("Europe/Warsaw", "2026-11-23T10:01"));

        Assert.Empty(await CatchUp().RunAsync(CancellationToken.None));
    }
}
