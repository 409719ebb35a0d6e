using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Reports.Calendar;

namespace SalesBot.Core.Reports.Kpi;

/// <summary>
/// Reads what one weekly digest needs, read-only. Activity counts are aggregated in the store over
/// the (team, happened_on) index, so a year of a big team's activity is never pulled into memory.
/// </summary>
public static class KpiLoader
{
    /// <summary>Days without activity after which an open deal counts as stale.</summary>
    public const int StaleDays = 14;

    /// <summary>How many stale deals the digest names (the count covers all).</summary>
    public const int StaleListed = 10;

    /// <summary>How many of the week's tips the digest shows.</summary>
    public const int TopTipsListed = 3;

    /// <summary>Null when the team does not exist.</summary>
    /// <param name="today">The team's local date now: the stale check looks back from the week's end or today, whichever is earlier.</param>
    public static async Task<KpiData?> LoadAsync(SalesBotDb db, int teamId, IsoWeek week, DateOnly today, CancellationToken ct)
    {
        // One connection for all the queries below (each open would otherwise re-run the connection's setup).
        await db.Database.OpenConnectionAsync(ct);
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == teamId)
            .Select(t => new { t.Id, t.Name, t.TimeZone, t.WorkingDays, t.Currency })
            .SingleOrDefaultAsync(ct);
        if (team is null)
        {
            return null;
        }

        var calendar = new TeamCalendar(TimeZones.FindOrUtc(team.TimeZone), team.WorkingDays, []);
        var monday = week.Monday;
        var previousMonday = monday.AddDays(-7);
        var sunday = week.Sunday;
        var start = calendar.ToInstant(previousMonday, TimeOnly.MinValue);
        var end = calendar.ToInstant(monday.AddDays(7), TimeOnly.MinValue);

        var members = await db.Members.AsNoTracking().Where(m => m.TeamId == teamId).OrderBy(m => m.Name)
            .Select(m => new KpiMemberRow(m.Id, m.Name, m.Role, m.Status, m.AwayUntil))
            .ToListAsync(ct);

        var activityCounts = await db.Activities.AsNoTracking()
            .Where(a => a.TeamId == teamId && a.HappenedOn >= previousMonday && a.HappenedOn <= sunday)
            .GroupBy(a => new { a.MemberId, a.Type, ThisWeek = a.HappenedOn >= monday })
            .Select(g => new KpiActivityCountRow(g.Key.MemberId, g.Key.Type, g.Key.ThisWeek, g.Count()))
            .ToListAsync(ct);

        var created = await db.Deals.AsNoTracking()
            .Where(d => d.TeamId == teamId && d.CreatedAt >= start && d.CreatedAt < end)
            .Select(d => new KpiDealCreatedRow(d.OwnerId, d.CreatedAt))
            .ToListAsync(ct);

        // Driven from the stage-change window (EXISTS and per-row lookups rather than a join, so SQLite walks
        // the ChangedAt index and the deals' primary key instead of every deal of the team).
        var changes = await db.DealStageChanges.AsNoTracking()
            .Where(c => c.ChangedAt >= start && c.ChangedAt < end && c.From != null
                && db.Deals.Any(d => d.Id == c.DealId && d.TeamId == teamId))
            .Select(c => new KpiStageChangeRow(
                db.Deals.Where(d => d.Id == c.DealId).Select(d => d.OwnerId).First(),
                c.From,
                c.To,
                c.ChangedAt,
                db.Deals.Where(d => d.Id == c.DealId).Select(d => d.CreatedAt).First(),
                db.Deals.Where(d => d.Id == c.DealId).Select(d => d.Amount).First(),
                db.Deals.Where(d => d.Id == c.DealId).Select(d => d.Currency).First()))
            .ToListAsync(ct);

        var tasksDone = await db.Tasks.AsNoTracking()
            .Where(t => t.TeamId == teamId && t.DoneAt != null && t.DoneAt >= start && t.DoneAt < end)
            .Select(t => new KpiTaskDoneRow(t.OwnerId, t.DoneAt!.Value))
            .ToListAsync(ct);

        // Grouped in the store: a big team's open pipeline is tens of thousands of deals.
        var pipelineRows = await db.Deals.AsNoTracking()
            .Where(d => d.TeamId == teamId && d.Stage != DealStage.Won && d.Stage != DealStage.Lost)
            .GroupBy(d => new { d.Stage, d.Currency })
            // Summed as double in the store (SQLite's decimal sum goes through a slow function), rounded back to cents.
            .Select(g => new { g.Key.Stage, g.Key.Currency, Count = g.Count(), Amount = g.Sum(d => (double?)d.Amount) })
            .ToListAsync(ct);
        var pipeline = pipelineRows
            .Select(p => new KpiPipelineRow(p.Stage, p.Currency, p.Count, Math.Round((decimal)(p.Amount ?? 0), 2)))
            .ToList();

        // Stale: open, untouched (no stage change) since before the window, and no activity in it.
        // The (DealId, HappenedOn) index makes the NOT EXISTS one index probe per deal.
        var asOf = sunday < today ? sunday : today;
        var recentFrom = asOf.AddDays(-(StaleDays - 1));
        var quietBefore = calendar.ToInstant(recentFrom, TimeOnly.MinValue);
        var stale = db.Deals.AsNoTracking()
            .Where(d => d.TeamId == teamId && d.Stage != DealStage.Won && d.Stage != DealStage.Lost
                && d.StageChangedAt < quietBefore && d.CreatedAt < quietBefore
                && !db.Activities.Any(a => a.DealId == d.Id && a.HappenedOn >= recentFrom && a.HappenedOn <= asOf));
        var staleIds = await stale.OrderBy(d => d.StageChangedAt).ThenBy(d => d.Id).Select(d => d.Id).ToListAsync(ct);
        var listed = staleIds.Take(StaleListed).ToList();
        var staleTop = (await db.Deals.AsNoTracking().Where(d => listed.Contains(d.Id))
                .Select(d => new KpiStaleRow(d.Name, d.Account != null ? d.Account.Name : null, d.OwnerId, d.Stage, d.StageChangedAt))
                .ToListAsync(ct))
            .OrderBy(d => d.Since)
            .ToList();
        var staleCount = staleIds.Count;

        var targets = await db.Targets.AsNoTracking().Where(t => t.TeamId == teamId)
            .Select(t => new KpiTargetRow(t.Metric, t.Period, t.Value, t.MemberId))
            .ToListAsync(ct);

        return new KpiData(team.Id, team.Name, team.TimeZone, members, activityCounts, created, changes, tasksDone,
            pipeline, staleCount, staleTop, targets)
        {
            Week = week,
            WeekStart = calendar.ToInstant(monday, TimeOnly.MinValue),
            WeekEnd = end,
            AsOf = asOf,
            Currency = team.Currency,
            TopTips = await Features.Tips.TipRanking.TopAsync(db, teamId, calendar.ToInstant(monday, TimeOnly.MinValue), end, TopTipsListed, minReactions: 1, ct),
            Forecast = await Forecast.ForecastLoader.LoadAsync(db, teamId, today, ct),
        };
    }
}
