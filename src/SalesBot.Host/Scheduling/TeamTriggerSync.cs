using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Quartz;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Scheduling;

namespace SalesBot.Host.Scheduling;

/// <summary>
/// Keeps one cron trigger per team and kind, in the team's own IANA zone (Quartz applies DST), and
/// rebuilds a team's triggers when its settings change. Holidays are not in the cron: the job asks
/// Core, which says "not due" on a holiday.
/// </summary>
internal sealed class TeamTriggerSync(IDbContextFactory<SalesBotDb> dbs, ILogger<TeamTriggerSync> logger)
{
    public const string TriggerGroup = "teams";

    private static readonly string[] CronDays = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    // What this host last put in the scheduler, so an unchanged team costs no store round trip.
    private readonly ConcurrentDictionary<TriggerKey, string> _known = new();

    public async Task SyncAsync(IScheduler scheduler, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var teams = await db.Teams.AsNoTracking()
            .Select(t => new TeamSchedule(t.Id, t.TimeZone, t.StandupTime, t.WorkingDays, t.DigestDay, t.DigestTime, t.PlanPromptMinutesBefore, t.CreatedAt))
            .ToListAsync(ct);
        foreach (var team in teams)
        {
            if (!SalesBot.Core.Reports.Calendar.TimeZones.TryFind(team.TimeZone, out var zone))
            {
                logger.LogWarning("Team {Team} has an unknown time zone '{Zone}': no schedule", team.TeamId, team.TimeZone);
                continue;
            }

            foreach (var (job, cron) in Crons(team))
            {
                await EnsureAsync(scheduler, team.TeamId, job, cron, zone, ct);
            }
        }
    }

    /// <summary>The cron expressions of a team's posts (Quartz syntax, seconds first), by job.</summary>
    public static IEnumerable<(JobKey Job, string? Cron)> Crons(TeamSchedule team)
    {
        var days = Days(team.WorkingDays);
        yield return (StandupJob.Key, days is null ? null : Cron(team.StandupTime, days));
        var prompt = team.StandupTime.AddMinutes(-Math.Max(0, team.PlanPromptMinutesBefore), out var wrapped);
        // A prompt before midnight for a stand-up after it goes out the evening before the working day.
        var promptDays = wrapped != 0 ? Days(Shift(team.WorkingDays)) : days;
        yield return (PlanPromptJob.Key, promptDays is null || team.PlanPromptMinutesBefore <= 0 ? null : Cron(prompt, promptDays));
        yield return (TaskNoteJob.Key, promptDays is null ? null : Cron(prompt, promptDays));
        var again = team.StandupTime.AddMinutes(-ScheduleSlots.PlanReminderMinutesBefore, out var againWrapped);
        var againDays = againWrapped != 0 ? Days(Shift(team.WorkingDays)) : days;
        yield return (PlanReminderJob.Key, againDays is null || !ScheduleSlots.HasPlanReminder(team) ? null : Cron(again, againDays));
        yield return (DigestJob.Key, Cron(team.DigestTime, CronDays[(int)team.DigestDay]));
    }

    public static TriggerKey KeyOf(int teamId, JobKey job) => new($"{job.Name}-team-{teamId}", TriggerGroup);

    private async Task EnsureAsync(IScheduler scheduler, int teamId, JobKey job, string? cron, TimeZoneInfo zone, CancellationToken ct)
    {
        var key = KeyOf(teamId, job);
        var signature = cron is null ? "off" : $"{cron} {zone.Id}";
        if (_known.TryGetValue(key, out var known) && known == signature)
        {
            return;
        }

        var existing = await scheduler.GetTrigger(key, ct);
        if (cron is null)
        {
            if (existing is not null)
            {
                await scheduler.UnscheduleJob(key, ct);
            }
        }
        else if (existing?.Description != signature)
        {
            var trigger = TriggerBuilder.Create()
                .WithIdentity(key)
                .WithDescription(signature)
                .ForJob(job)
                .UsingJobData(ScheduledPostJob.TeamIdKey, teamId.ToString(CultureInfo.InvariantCulture))
                .WithSchedule(CronScheduleBuilder.Create(cron)
                    .InTimeZone(zone)
                    // A missed fire is the catch-up's to decide (late within the grace window, else skipped).
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing))
                .Build();
            await scheduler.ScheduleTrigger(trigger, TriggerConflict.Replace, ct);
            logger.LogInformation("Scheduled {Trigger}: {Signature}", key, signature);
        }

        _known[key] = signature;
    }

    private static string Cron(TimeOnly time, string days) =>
        string.Create(CultureInfo.InvariantCulture, $"0 {time.Minute} {time.Hour} ? * {days}");

    private static string? Days(WorkWeek week)
    {
        var days = Enumerable.Range(0, 7).Where(d => week.Includes((DayOfWeek)d)).Select(d => CronDays[d]).ToList();
        return days.Count == 0 ? null : string.Join(',', days);
    }

    private static WorkWeek Shift(WorkWeek week)
    {
        var shifted = WorkWeek.None;
        for (var d = 0; d < 7; d++)
        {
            if (week.Includes((DayOfWeek)d))
            {
                shifted |= ((DayOfWeek)((d + 6) % 7)).ToFlag();
            }
        }

        return shifted;
    }
}
