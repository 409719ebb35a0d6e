using SalesBot.Core.Crm;

namespace SalesBot.Core.Reports.Forecast;

/// <summary>
/// Turns <see cref="ForecastData"/> into the digest's forecast: pure, so a hand-counted pipeline checks it.
/// Weighted amounts are amount × the stage's percent, summed per currency and rounded to cents.
/// </summary>
public static class ForecastBuilder
{
    /// <param name="today">The team's local date now (from the clock): overdue is a close date before it.</param>
    public static KpiForecast Build(ForecastData data, DateOnly today)
    {
        var percent = OpenStages.ToDictionary(s => s, s => data.Probabilities.TryGetValue(s, out var p) ? p : StageProbability.Defaults[s]);
        return new KpiForecast(
            today,
            OpenStages.ToDictionary(Wire, s => percent[s]),
            Weighted(data.Open, percent),
            Period(data.MonthFrom, data.MonthTo, data.Open.Where(r => r.InMonth).ToList(), percent),
            Period(data.QuarterFrom, data.QuarterTo, data.Open.Where(r => r.InQuarter).ToList(), percent),
            new ForecastOverdue(data.OverdueCount, data.Overdue
                .Select(d => new ForecastOverdueDeal(d.Name, d.Account, d.Owner, Wire(d.Stage), d.CloseDate,
                    today.DayNumber - d.CloseDate.DayNumber, d.Amount, d.Currency))
                .ToList()),
            new ForecastSlipping(data.Slipping.Count, data.Slipping
                .OrderByDescending(d => d.Slips).ThenBy(d => d.Name, StringComparer.Ordinal)
                .Select(d => new ForecastSlippingDeal(d.Name, d.Account, d.Owner, Wire(d.Stage), d.CloseDate, d.Slips))
                .ToList()));
    }

    private static readonly DealStage[] OpenStages = [DealStage.Lead, DealStage.Qualified, DealStage.Proposal, DealStage.Negotiation];

    private static string Wire(DealStage stage) => stage.ToString().ToLowerInvariant();

    private static ForecastPeriod Period(DateOnly from, DateOnly to, IReadOnlyList<ForecastStageRow> rows, Dictionary<DealStage, int> percent) =>
        new(from, to, rows.Sum(r => r.Count), Sum(rows, _ => 1m), Weighted(rows, percent));

    private static SortedDictionary<string, decimal> Weighted(IEnumerable<ForecastStageRow> rows, Dictionary<DealStage, int> percent) =>
        Sum(rows, r => percent.TryGetValue(r.Stage, out var p) ? p / 100m : 0m);

    private static SortedDictionary<string, decimal> Sum(IEnumerable<ForecastStageRow> rows, Func<ForecastStageRow, decimal> factor)
    {
        var sums = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var r in rows.Where(r => r.Amount != 0))
        {
            var currency = r.Currency ?? "?";
            sums[currency] = sums.GetValueOrDefault(currency) + (r.Amount * factor(r));
        }

        foreach (var currency in sums.Keys.ToList())
        {
            sums[currency] = Math.Round(sums[currency], 2);
        }

        return sums;
    }
}
