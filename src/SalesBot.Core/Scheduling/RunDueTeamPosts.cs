using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Data;
using SalesBot.Core.Reports.Calendar;

namespace SalesBot.Core.Scheduling;

/// <summary>
/// The catch-up: finds every post whose time passed within the grace window and that the ledger
/// does not hold, and publishes it (late when it is late). Run at host start and every minute, it
/// also covers a trigger that did not fire; posts older than the grace window are skipped, never
/// sent hours late.
/// </summary>
public sealed class RunDueTeamPosts(IDbContextFactory<SalesBotDb> dbs, PublishScheduledPost publisher, TimeProvider clock, ScheduledPostOptions options)
{
    public sealed record Result(ScheduleSlot Slot, PublishOutcome Outcome);

    public async Task<IReadOnlyList<Result>> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var after = now - options.GraceWindow;
        var due = await DueSlotsAsync(after, now, ct);
        var results = new Result[due.Count];
        // Reports are built in parallel (reads); the publisher lets one transaction write at a time.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = ct };
        await Parallel.ForEachAsync(Enumerable.Range(0, due.Count), parallel, async (i, token) =>
            results[i] = new Result(due[i], await publisher.PublishAsync(due[i], token)));
        return results;
    }

    /// <summary>Slots due in (after, upTo] that the ledger does not hold yet, oldest first.</summary>
    public async Task<IReadOnlyList<ScheduleSlot>> DueSlotsAsync(DateTimeOffset after, DateTimeOffset upTo, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var teams = await db.Teams.AsNoTracking()
            .Select(t => new TeamSchedule(t.Id, t.TimeZone, t.StandupTime, t.WorkingDays, t.DigestDay, t.DigestTime, t.PlanPromptMinutesBefore, t.CreatedAt))
            .ToListAsync(ct);
        var oldest = DateOnly.FromDateTime(after.UtcDateTime).AddDays(-400);
        var holidays = (await db.TeamHolidays.AsNoTracking().Where(h => h.Date >= oldest).Select(h => new { h.TeamId, h.Date }).ToListAsync(ct))
            .ToLookup(h => h.TeamId, h => h.Date);
        var since = after.AddDays(-1);
        var posted = (await db.ScheduledPosts.AsNoTracking().Where(p => p.DueAt > since)
                .Select(p => new { p.TeamId, p.Kind, p.Key }).Distinct().ToListAsync(ct))
            .Select(p => (p.TeamId, p.Kind, p.Key))
            .ToHashSet();

        // A task note only for teams with something due: the common case of a quiet team costs nothing.
        var lastDay = DateOnly.FromDateTime(upTo.UtcDateTime).AddDays(1);
        var withTasks = (await db.Tasks.AsNoTracking().Where(t => t.DoneAt == null && (t.Due == null || t.Due <= lastDay))
            .Select(t => t.TeamId).Distinct().ToListAsync(ct)).ToHashSet();

        var slots = new List<ScheduleSlot>();
        foreach (var team in teams)
        {
            if (!TimeZones.TryFind(team.TimeZone, out var zone))
            {
                continue;
            }

            var calendar = new TeamCalendar(zone, team.WorkingDays, holidays[team.TeamId]);
            // A team set up after a post's time never gets that post as a late one.
            var from = team.CreatedAt > after ? team.CreatedAt : after;
            slots.AddRange(ScheduleSlots.Between(team, calendar, from, upTo)
                .Where(s => !posted.Contains((s.TeamId, s.Kind, s.Key)))
                .Where(s => s.Kind != ScheduledPostKind.TaskNote || withTasks.Contains(s.TeamId)));
        }

        return slots.OrderBy(s => s.DueAt).ToList();
    }
}
