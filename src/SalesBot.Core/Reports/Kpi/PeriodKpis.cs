using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Reports.Calendar;

namespace SalesBot.Core.Reports.Kpi;

/// <summary>One member's counters for a period.</summary>
public sealed record PeriodKpiRep(int MemberId, string Name, KpiCounters Counters);

/// <summary>
/// The digest's counters for any period (a month, a quarter, a range): per member and in total, counted as the
/// weekly digest counts them (activities by the day they happened, deals and tasks by when they changed).
/// </summary>
public sealed record PeriodKpis(DateOnly From, DateOnly To, IReadOnlyList<PeriodKpiRep> Reps, KpiCounters Totals)
{
    /// <summary>Reads the period's counters of the given members (all of the team's when null), read-only.</summary>
    public static async Task<PeriodKpis> LoadAsync(SalesBotDb db, Team team, DateOnly from, DateOnly to, IReadOnlyCollection<int>? memberIds, CancellationToken ct)
    {
        var calendar = new TeamCalendar(TimeZones.FindOrUtc(team.TimeZone), team.WorkingDays, []);
        var start = calendar.ToInstant(from, TimeOnly.MinValue);
        var end = calendar.ToInstant(to.AddDays(1), TimeOnly.MinValue);
        var teamId = team.Id;

        var members = await db.Members.AsNoTracking().Where(m => m.TeamId == teamId).OrderBy(m => m.Name)
            .Select(m => new { m.Id, m.Name, m.Role }).ToListAsync(ct);
        var chosen = memberIds is null ? members.Where(m => m.Role == MemberRole.Rep).ToList() : members.Where(m => memberIds.Contains(m.Id)).ToList();
        var ids = chosen.Select(m => m.Id).ToList();

        var activities = await db.Activities.AsNoTracking()
            .Where(a => a.TeamId == teamId && ids.Contains(a.MemberId) && a.HappenedOn >= from && a.HappenedOn <= to)
            .GroupBy(a => new { a.MemberId, a.Type })
            .Select(g => new { g.Key.MemberId, g.Key.Type, Count = g.Count() })
            .ToListAsync(ct);
        var created = await db.Deals.AsNoTracking()
            .Where(d => d.TeamId == teamId && ids.Contains(d.OwnerId) && d.CreatedAt >= start && d.CreatedAt < end)
            .Select(d => d.OwnerId).ToListAsync(ct);
        var moves = await (from c in db.DealStageChanges.AsNoTracking()
                           join d in db.Deals.AsNoTracking() on c.DealId equals d.Id
                           where d.TeamId == teamId && ids.Contains(d.OwnerId) && c.From != null && c.ChangedAt >= start && c.ChangedAt < end
                           select new { d.OwnerId, c.From, c.To, d.Amount, d.Currency })
            .ToListAsync(ct);
        var done = await db.Tasks.AsNoTracking()
            .Where(t => t.TeamId == teamId && ids.Contains(t.OwnerId) && t.DoneAt != null && t.DoneAt >= start && t.DoneAt < end)
            .Select(t => t.OwnerId).ToListAsync(ct);

        KpiCounters Count(Func<int, bool> whose)
        {
            int Of(ActivityType type) => activities.Where(a => whose(a.MemberId) && a.Type == type).Sum(a => a.Count);
            var won = moves.Where(m => whose(m.OwnerId) && ReportCounters.IsWin(m.From, m.To)).ToList();
            var amounts = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var w in won.Where(w => w.Amount is not null))
            {
                var currency = w.Currency ?? team.Currency;
                amounts[currency] = amounts.GetValueOrDefault(currency) + w.Amount!.Value;
            }

            return new KpiCounters(
                Of(ActivityType.Meeting), Of(ActivityType.Call), Of(ActivityType.Email), Of(ActivityType.Demo),
                activities.Where(a => whose(a.MemberId)).Sum(a => a.Count),
                created.Count(whose), won.Count, moves.Count(m => whose(m.OwnerId) && ReportCounters.IsLoss(m.From, m.To)),
                amounts, moves.Count(m => whose(m.OwnerId) && ReportCounters.IsStageMove(m.From)), done.Count(whose))
            { Visits = Of(ActivityType.Visit) };
        }

        var reps = chosen.Select(m => new PeriodKpiRep(m.Id, m.Name, Count(id => id == m.Id))).ToList();
        return new PeriodKpis(from, to, reps, Count(ids.Contains));
    }
}
