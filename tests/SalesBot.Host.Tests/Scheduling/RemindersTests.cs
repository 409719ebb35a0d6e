using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;
using SalesBot.Core.Scheduling;
using SalesBot.Core.Scheduling.Reminders;
using SalesBot.Core.Tests.Support;
using SalesBot.Host.Data;
using TestStore = SalesBot.Core.Tests.Support.TestStore;

namespace SalesBot.Host.Tests.Scheduling;

public class RemindersTests : IAsyncLifetime
{
    private readonly FakeClock _clock = new(Seed.Local("Europe/Warsaw", "2026-11-23T08:00"));
    private readonly ScheduledPostOptions _options = new();
    private TestStore _store = null!;
    private Team _team = null!;
    private Member _anna = null!;

    public async Task InitializeAsync()
    {
        _store = await MigratedStore.CreateAsync();
        using var db = _store.CreateDbContext();
        var s = new Seed(db);
        _team = s.Team();
        _anna = s.Member(_team, "Anna Kowalska", telegram: 1001);
    }

    public Task DisposeAsync()
    {
        _store.Dispose();
        return Task.CompletedTask;
    }

    // A new sender each time is a restart: nothing survives but the SQLite file.
    private SendDueReminders Host() => new(_store, _clock, _options);

    private TaskItem Remind(string title, string due, string at, Member? owner = null)
    {
        using var db = _store.CreateDbContext();
        var task = new Seed(db).Task(_team, owner ?? _anna, title, due);
        task.DueTime = TimeOnly.Parse(at, System.Globalization.CultureInfo.InvariantCulture);
        db.Tasks.Update(task);
        db.SaveChanges();
        return task;
    }

    private List<OutboxMessage> Reminders()
    {
        using var db = _store.CreateDbContext();
        return db.Outbox.AsNoTracking().Where(o => o.Kind == OutboxKind.Reminder).OrderBy(o => o.Id).ToList();
    }

    private static OutgoingMessage Body(OutboxMessage o) => JsonSerializer.Deserialize<OutgoingMessage>(o.Body)!;

    [Fact]
    public async Task AReminderGoesOutAtItsMinuteInTheTeamsZoneWithDoneAndTomorrow()
    {
        var task = Remind("call Kevin", "2026-11-23", "15:20");

        _clock.Set(Seed.Local(_team, "2026-11-23T15:19:59"));
        Assert.Empty(await Host().RunAsync(CancellationToken.None));
        _clock.Set(Seed.Local(_team, "2026-11-23T15:20"));
        var result = Assert.Single(await Host().RunAsync(CancellationToken.None));

        Assert.Equal(ReminderOutcome.Sent, result.Outcome);
        // 15:20 in Warsaw is 14:20 UTC in November.
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 14, 20, 0, TimeSpan.Zero), Seed.Local(_team, "2026-11-23T15:20"));
        var row = Assert.Single(Reminders());
        Assert.Equal((ChannelKind.Telegram, "1001", _anna.Id), (row.Channel, row.ChatId, row.MemberId!.Value));
        var body = Body(row);
        Assert.Equal("⏰ Reminder · 15:20", body.Title);
        Assert.Equal("call Kevin", body.Text);
        Assert.Equal([("Done", $"r:{task.Id}:done"), ("Tomorrow", $"r:{task.Id}:tomorrow")], body.Buttons.Select(b => (b.Label, b.Data)));
    }

    [Fact]
    public async Task AReminderSpeaksItsOwnersLanguageWithTheButtonsInIt()
    {
        Member ola;
        using (var db = _store.CreateDbContext())
        {
            ola = new Seed(db).Member(_team, "Ola Wiśniewska", telegram: 1002);
            db.Members.Single(m => m.Id == ola.Id).Language = "pl";
            db.SaveChanges();
        }

        var task = Remind("zadzwonić do Kevina", "2026-11-23", "15:20", ola);
        _clock.Set(Seed.Local(_team, "2026-11-23T15:24"));
        await Host().RunAsync(CancellationToken.None);

        var body = Body(Assert.Single(Reminders()));
        Assert.Equal("⏰ Przypomnienie · 15:20", body.Title);
        Assert.Equal("zadzwonić do Kevina\n(z opóźnieniem: o 15:20 serwer nie działał)", body.Text);
        Assert.Equal([("Zrobione", $"r:{task.Id}:done"), ("Jutro", $"r:{task.Id}:tomorrow")], body.Buttons.Select(b => (b.Label, b.Data)));
    }

    [Fact]
    public async Task ATaskDeletedOrDoneBeforeItsMinuteSendsNothingThen()
    {
        var done = Remind("call Kevin", "2026-11-23", "15:20");
        var undone = Remind("send the quote", "2026-11-23", "15:20");
        using (var db = _store.CreateDbContext())
        {
            // What "done call Kevin" and undoing "remind me to send the quote" write.
            db.Tasks.Single(t => t.Id == done.Id).DoneAt = Seed.Local(_team, "2026-11-23T12:00");
            db.Tasks.Remove(db.Tasks.Single(t => t.Id == undone.Id));
            db.SaveChanges();
        }

        _clock.Set(Seed.Local(_team, "2026-11-23T15:20"));

        Assert.Empty(await Host().RunAsync(CancellationToken.None));
        Assert.Empty(Reminders());
    }

    [Fact]
    public async Task ARestartAfterSendingNeverSendsTwice()
    {
        var task = Remind("call Kevin", "2026-11-23", "15:20");
        _clock.Set(Seed.Local(_team, "2026-11-23T15:20"));
        await Host().RunAsync(CancellationToken.None);

        foreach (var minute in new[] { "15:20:30", "15:21", "16:00", "18:00" })
        {
            _clock.Set(Seed.Local(_team, "2026-11-23T" + minute));
            Assert.Empty(await Host().RunAsync(CancellationToken.None));
        }

        Assert.Single(Reminders());
        using var db = _store.CreateDbContext();
        var ledger = Assert.Single(db.ScheduledPosts.Where(p => p.Kind == ScheduledPostKind.Reminder));
        Assert.Equal(($"task:{task.Id}:2026-11-23T15:20", $"member:{_anna.Id}", false), (ledger.Key, ledger.Recipient, ledger.IsLate));
        Assert.Equal(Reminders()[0].Id, ledger.OutboxMessageId);
    }

    [Fact]
    public async Task AReminderMissedWhileTheHostWasDownGoesOutLateWithinTheGraceWindow()
    {
        Remind("call Kevin", "2026-11-23", "15:20");
        _clock.Set(Seed.Local(_team, "2026-11-23T16:05"));

        var result = Assert.Single(await Host().RunAsync(CancellationToken.None));

        Assert.Equal(ReminderOutcome.SentLate, result.Outcome);
        Assert.Equal("call Kevin\n(late: the host was down at 15:20)", Body(Assert.Single(Reminders())).Text);
    }

    [Fact]
    public async Task AReminderOlderThanTheGraceWindowIsSkipped()
    {
        Remind("call Kevin", "2026-11-23", "15:20");
        _clock.Set(Seed.Local(_team, "2026-11-23T18:21"));

        Assert.Empty(await Host().RunAsync(CancellationToken.None));
        Assert.Empty(Reminders());
    }

    [Fact]
    public async Task DoneAndUndatedOrUntimedTasksSendNoReminder()
    {
        using (var db = _store.CreateDbContext())
        {
            var s = new Seed(db);
            s.Task(_team, _anna, "no time", "2026-11-23");
            s.Task(_team, _anna, "no date", null);
            var done = s.Task(_team, _anna, "done already", "2026-11-23", doneAt: "2026-11-23T10:00");
            done.DueTime = new TimeOnly(15, 0);
            db.SaveChanges();
        }

        _clock.Set(Seed.Local(_team, "2026-11-23T15:30"));

        Assert.Empty(await Host().RunAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ARepWithNoPrivateChatIsRecordedOnceAndNotRetried()
    {
        Member ben;
        using (var db = _store.CreateDbContext())
        {
            ben = new Seed(db).Member(_team, "Ben Nowak");
        }

        Remind("call Kevin", "2026-11-23", "15:20", ben);
        _clock.Set(Seed.Local(_team, "2026-11-23T15:20"));

        Assert.Equal(ReminderOutcome.Unreachable, Assert.Single(await Host().RunAsync(CancellationToken.None)).Outcome);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty(await Host().RunAsync(CancellationToken.None));
        Assert.Empty(Reminders());
    }

    [Fact]
    public async Task TwoHostsRacingOnOneFileSendOnce()
    {
        Remind("call Kevin", "2026-11-23", "15:20");
        _clock.Set(Seed.Local(_team, "2026-11-23T15:20"));

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Host().RunAsync(CancellationToken.None))));

        Assert.Equal(1, results.SelectMany(r => r).Count(r => r.Outcome == ReminderOutcome.Sent));
        Assert.Single(Reminders());
    }

    [Fact]
    public async Task AReminderMovedToTomorrowRemindsAgainTomorrowAtTheSameMinute()
    {
        var task = Remind("call Kevin", "2026-11-23", "15:20");
        _clock.Set(Seed.Local(_team, "2026-11-23T15:20"));
        await Host().RunAsync(CancellationToken.None);
        using (var db = _store.CreateDbContext())
        {
            // What [Tomorrow] writes (ReminderButtonsTests press it through the engine).
            db.Tasks.Single(t => t.Id == task.Id).Due = new DateOnly(2026, 11, 24);
            db.SaveChanges();
        }

        _clock.Set(Seed.Local(_team, "2026-11-24T15:19"));
        Assert.Empty(await Host().RunAsync(CancellationToken.None));
        _clock.Set(Seed.Local(_team, "2026-11-24T15:20"));
        Assert.Equal(ReminderOutcome.Sent, Assert.Single(await Host().RunAsync(CancellationToken.None)).Outcome);
        Assert.Equal(2, Reminders().Count);
    }

    [Fact]
    public async Task TheMorningNoteListsUndatedTasksAfterTheDatedOnes()
    {
        using (var db = _store.CreateDbContext())
        {
            var s = new Seed(db);
            s.Task(_team, _anna, "Think about the offsite", null);
            s.Task(_team, _anna, "Send quote to Contoso", "2026-11-23");
            s.Task(_team, _anna, "Call Maria", "2026-11-20");
        }

        _clock.Set(Seed.Local(_team, "2026-11-23T09:10"));
        await new RunDueTeamPosts(_store, new PublishScheduledPost(_store, _clock, _options), _clock, _options).RunAsync(CancellationToken.None);

        using var check = _store.CreateDbContext();
        var note = Assert.Single(check.Outbox.AsNoTracking().Where(o => o.Kind == OutboxKind.TaskNote));
        Assert.Equal("• Call Maria (overdue since 20 Nov)\n• Send quote to Contoso (today)\n• Think about the offsite (no date)", Body(note).Text);
    }

    private sealed class Factory(StoreConnection connection) : IDbContextFactory<SalesBotDb>
    {
        public SalesBotDb CreateDbContext() => connection.CreateDb();
    }

    [Fact]
    public async Task HostsRacingOnPostgresSendAReminderOnceAndARestartSendsNothing()
    {
        await using var pg = await PostgresTestDatabase.CreateAsync();
        if (pg is null)
        {
            return;
        }

        var factory = new Factory(pg.Connection);
        using (var db = factory.CreateDbContext())
        {
            var s = new Seed(db);
            var team = s.Team();
            var anna = s.Member(team, "Anna Kowalska", telegram: 1001);
            s.Task(team, anna, "call Kevin", "2026-11-23").DueTime = new TimeOnly(15, 20);
            db.SaveChanges();
        }

        var clock = new FakeClock(Seed.Local("Europe/Warsaw", "2026-11-23T15:20"));
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            new SendDueReminders(factory, clock, _options).RunAsync(CancellationToken.None))));
        clock.Advance(TimeSpan.FromMinutes(5));
        var restarted = await new SendDueReminders(factory, clock, _options).RunAsync(CancellationToken.None);

        Assert.Equal(1, results.SelectMany(r => r).Count(r => r.Outcome == ReminderOutcome.Sent));
        Assert.Empty(restarted);
        using var check = factory.CreateDbContext();
        Assert.Single(check.Outbox.Where(o => o.Kind == OutboxKind.Reminder));
        Assert.Single(check.ScheduledPosts.Where(p => p.Kind == ScheduledPostKind.Reminder));
    }
}
