using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;

namespace SalesBot.Core.Reports.Forecast;

/// <summary>
/// Reads what the forecast needs, read-only: open deals grouped in the store by stage, currency, and whether they
/// close this month or quarter (over the (team, stage) index), the first of the overdue ones, and deals whose
/// close date moved later more than once.
/// </summary>
public static class ForecastLoader
{
    /// <summary>How many overdue deals the digest names (the count covers all).</summary>
    public const int OverdueListed = 10;

    /// <summary>Slips after which a deal is flagged.</summary>
    public const int SlipsFlagged = 2;

    public static async Task<ForecastData> LoadAsync(SalesBotDb db, int teamId, DateOnly today, CancellationToken ct)
    {
        var periods = ForecastData.Empty(today);
        var (monthFrom, monthTo, quarterFrom, quarterTo) = (periods.MonthFrom, periods.MonthTo, periods.QuarterFrom, periods.QuarterTo);

        var probabilities = await db.StageProbabilities.AsNoTracking().Where(p => p.TeamId == teamId)
            .ToDictionaryAsync(p => p.Stage, p => p.Percent, ct);

        var open = db.Deals.AsNoTracking().Where(d => d.TeamId == teamId && d.Stage != DealStage.Won && d.Stage != DealStage.Lost);
        var grouped = await open
            .GroupBy(d => new
            {
                d.Stage,
                d.Currency,
                InMonth = d.CloseDate >= monthFrom && d.CloseDate <= monthTo,
                InQuarter = d.CloseDate >= quarterFrom && d.CloseDate <= quarterTo,
            })
            // Summed as double in the store (SQLite's decimal sum goes through a slow function), rounded back to cents.
            .Select(g => new { g.Key.Stage, g.Key.Currency, g.Key.InMonth, g.Key.InQuarter, Count = g.Count(), Amount = g.Sum(d => (double?)d.Amount) })
            .ToListAsync(ct);
        var rows = grouped
            .Select(g => new ForecastStageRow(g.Stage, g.Currency, g.InMonth, g.InQuarter, g.Count, Math.Round((decimal)(g.Amount ?? 0), 2)))
            .ToList();

        var overdue = open.Where(d => d.CloseDate != null && d.CloseDate < today);
        var overdueCount = await overdue.CountAsync(ct);
        List<ForecastDealRow> overdueTop = overdueCount == 0 ? [] : await overdue.OrderBy(d => d.CloseDate).ThenBy(d => d.Id).Take(OverdueListed)
            .Select(d => new ForecastDealRow(d.Name, d.Account != null ? d.Account.Name : null, d.Owner != null ? d.Owner.Name : "?",
                d.Stage, d.Amount, d.Currency, d.CloseDate!.Value))
            .ToListAsync(ct);

        var slipped = await db.DealCloseDateChanges.AsNoTracking()
            .Where(c => c.From != null && c.To != null && c.To > c.From && open.Any(d => d.Id == c.DealId))
            .GroupBy(c => c.DealId)
            .Where(g => g.Count() >= SlipsFlagged)
            .Select(g => new { DealId = g.Key, Slips = g.Count() })
            .ToListAsync(ct);
        var slippedIds = slipped.Select(s => s.DealId).ToList();
        var slips = slipped.ToDictionary(s => s.DealId, s => s.Slips);
        List<ForecastSlipRow> slipping = slippedIds.Count == 0 ? [] : (await open.Where(d => slippedIds.Contains(d.Id))
                .Select(d => new { d.Id, d.Name, Account = d.Account != null ? d.Account.Name : null, Owner = d.Owner != null ? d.Owner.Name : "?", d.Stage, d.CloseDate })
                .ToListAsync(ct))
            .Select(d => new ForecastSlipRow(d.Name, d.Account, d.Owner, d.Stage, d.CloseDate, slips[d.Id]))
            .ToList();

        return new ForecastData(today, probabilities, rows, overdueCount, overdueTop, slipping);
    }
}
