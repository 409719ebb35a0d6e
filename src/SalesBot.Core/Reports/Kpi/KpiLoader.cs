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

    /// <summary>Null when the team does not exist.</summary>
    /// <param name="today">The team's local date now: the stale check looks back from the week's end or today, whichever is earlier.</param>
    public static async Task<KpiData?> LoadAsync(SalesBotDb db, int teamId, IsoWeek week, DateOnly today, CancellationToken ct)
    {
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == teamId)
            .Select(t => new { t.Id, t.Name, t.TimeZone, t.WorkingDays })
            .SingleOrDefaultAsync(ct);
        if (team is null)
        {
            return null;
        }

        var calendar = new TeamCalendar(TimeZones.Find(team.TimeZone), team.WorkingDays, []);
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

        var changes = await (
                from c in db.DealStageChanges.AsNoTracking()
                join d in db.Deals.AsNoTracking() on c.DealId equals d.Id
                where d.TeamId == teamId && c.ChangedAt >= start && c.ChangedAt < end && c.From != null
                select new KpiStageChangeRow(d.OwnerId, c.From, c.To, c.ChangedAt, d.CreatedAt, d.Amount, d.Currency))
            .ToListAsync(ct);

        var tasksDone = await db.Tasks.AsNoTracking()
            .Where(t => t.TeamId == teamId && t.DoneAt != null && t.DoneAt >= start && t.DoneAt < end)
            .Select(t => new KpiTaskDoneRow(t.OwnerId, t.DoneAt!.Value))
            .ToListAsync(ct);

        var openDeals = await db.Deals.AsNoTracking()
            .Where(d => d.TeamId == teamId && d.Stage != DealStage.Won && d.Stage != DealStage.Lost)
            .Select(d => new KpiOpenDealRow(d.Id, d.Name, d.Account != null ? d.Account.Name : null, d.OwnerId, d.Stage,
                d.Amount, d.Currency, d.CreatedAt, d.StageChangedAt))
            .ToListAsync(ct);

        var asOf = sunday < today ? sunday : today;
        var recentFrom = asOf.AddDays(-(StaleDays - 1));
        var recent = await db.Activities.AsNoTracking()
            .Where(a => a.TeamId == teamId && a.HappenedOn >= recentFrom && a.HappenedOn <= asOf && a.DealId != null)
            .Select(a => a.DealId!.Value)
            .Distinct()
            .ToListAsync(ct);

        var targets = await db.Targets.AsNoTracking().Where(t => t.TeamId == teamId)
            .Select(t => new KpiTargetRow(t.Metric, t.Period, t.Value))
            .ToListAsync(ct);

        return new KpiData(team.Id, team.Name, team.TimeZone, members, activityCounts, created, changes, tasksDone,
            openDeals, recent.ToHashSet(), targets)
        {
            Week = week,
            WeekStart = calendar.ToInstant(monday, TimeOnly.MinValue),
            WeekEnd = end,
            AsOf = asOf,
        };
    }
}
