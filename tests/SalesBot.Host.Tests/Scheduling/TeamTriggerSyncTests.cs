using Microsoft.Extensions.Logging.Abstractions;
using Quartz;
using SalesBot.Core.Tests.Support;
using SalesBot.Host.Scheduling;
using TestStore = SalesBot.Core.Tests.Support.TestStore;

namespace SalesBot.Host.Tests.Scheduling;

public class TeamTriggerSyncTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private IScheduler _scheduler = null!;

    public async Task InitializeAsync()
    {
        _store = await MigratedStore.CreateAsync();
        _scheduler = await QuartzSchedulerBuilder.Create(q => q.UseInMemoryStore()).BuildScheduler();
        foreach (var job in new[] { StandupJob.Key, DigestJob.Key, PlanPromptJob.Key, TaskNoteJob.Key, PlanReminderJob.Key })
        {
            await _scheduler.AddJob(JobBuilder.Create<StandupJob>().WithIdentity(job).StoreDurably(true).Build(), default, CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        await _scheduler.Shutdown(false, CancellationToken.None);
        _store.Dispose();
    }

    private int AddTeam(string zone, string standup = "09:30")
    {
        using var db = _store.CreateDbContext();
        return new Seed(db).Team(name: $"Team {zone}", zone: zone, standup: standup).Id;
    }

    private Task<DateTimeOffset?> NextStandupAfterAsync(int teamId, string utc) => NextAfterAsync(teamId, StandupJob.Key, utc);

    /// <summary>The trigger's own cron and zone, asked for its next time after a moment (the trigger itself starts now).</summary>
    private async Task<DateTimeOffset?> NextAfterAsync(int teamId, JobKey job, string utc)
    {
        var trigger = (ICronTrigger)(await _scheduler.GetTrigger(TeamTriggerSync.KeyOf(teamId, job), CancellationToken.None))!;
        return new CronExpression(trigger.CronExpressionString!, trigger.TimeZone).GetNextValidTimeAfter(DateTimeOffset.Parse(utc));
    }

    [Theory]
    [InlineData("Europe/Warsaw", "2026-03-26T12:00:00Z", "2026-03-27T08:30:00Z")]
    [InlineData("Europe/Warsaw", "2026-03-27T12:00:00Z", "2026-03-30T07:30:00Z")]
    [InlineData("Europe/Warsaw", "2026-10-23T12:00:00Z", "2026-10-26T08:30:00Z")]
    [InlineData("America/New_York", "2026-03-06T15:00:00Z", "2026-03-09T13:30:00Z")]
    [InlineData("America/New_York", "2026-10-30T15:00:00Z", "2026-11-02T14:30:00Z")]
    public async Task StandupTriggerFiresAt0930InTheTeamsZoneSkippingTheWeekend(string zone, string after, string expected)
    {
        var teamId = AddTeam(zone);

        await new TeamTriggerSync(_store, NullLogger<TeamTriggerSync>.Instance).SyncAsync(_scheduler, CancellationToken.None);

        Assert.Equal(DateTimeOffset.Parse(expected), await NextStandupAfterAsync(teamId, after));
    }

    [Fact]
    public async Task TriggersAreRebuiltWhenATeamChangesItsStandupTime()
    {
        var teamId = AddTeam("Europe/Warsaw");
        var sync = new TeamTriggerSync(_store, NullLogger<TeamTriggerSync>.Instance);
        await sync.SyncAsync(_scheduler, CancellationToken.None);

        using (var db = _store.CreateDbContext())
        {
            var team = db.Teams.Single(t => t.Id == teamId);
            team.StandupTime = new TimeOnly(10, 15);
            db.SaveChanges();
        }

        await sync.SyncAsync(_scheduler, CancellationToken.None);

        Assert.Equal(DateTimeOffset.Parse("2026-11-23T09:15:00Z"), await NextStandupAfterAsync(teamId, "2026-11-21T00:00:00Z"));
        Assert.Equal(DateTimeOffset.Parse("2026-11-23T08:55:00Z"), await NextAfterAsync(teamId, PlanPromptJob.Key, "2026-11-21T00:00:00Z"));
        // The plan reminder: five minutes before the stand-up, 10:10 in Warsaw.
        Assert.Equal(DateTimeOffset.Parse("2026-11-23T09:10:00Z"), await NextAfterAsync(teamId, PlanReminderJob.Key, "2026-11-21T00:00:00Z"));
    }

    [Fact]
    public async Task DigestTriggerFiresOnMondayMorningInTheTeamsZone()
    {
        var teamId = AddTeam("America/New_York");

        await new TeamTriggerSync(_store, NullLogger<TeamTriggerSync>.Instance).SyncAsync(_scheduler, CancellationToken.None);

        Assert.Equal(DateTimeOffset.Parse("2026-11-23T13:30:00Z"), await NextAfterAsync(teamId, DigestJob.Key, "2026-11-19T00:00:00Z"));
    }
}
