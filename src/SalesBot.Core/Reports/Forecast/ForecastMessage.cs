using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Reports.Forecast;

/// <summary>
/// The forecast in words: the lines the digest carries after the pipeline (month and quarter, overdue and slipping
/// deals) and the details behind them (the team's stage probabilities, the deals with their owners). Also the whole answer of <c>salesbot forecast</c>.
/// </summary>
public static class ForecastMessage
{
    public static IEnumerable<string> Lines(KpiForecast f, bool showAmounts, LanguageReplies pack)
    {
        var words = pack.Reports;
        yield return words.Forecast(showAmounts ? Amounts(f.WeightedPipeline, pack) : string.Empty,
            Period(f.Month, showAmounts, pack), Period(f.Quarter, showAmounts, pack));
        if (f.Overdue.Count > 0)
        {
            yield return words.OverdueDeals(f.Overdue.Count);
        }

        if (f.Slipping.Count > 0)
        {
            yield return words.SlippingDeals(f.Slipping.Count);
        }
    }

    public static IEnumerable<string> Details(KpiForecast f, bool showAmounts, LanguageReplies pack)
    {
        var words = pack.Reports;
        yield return words.StageProbabilities(f.Probabilities.Select(kv => (kv.Key, kv.Value)));
        if (f.Overdue.Deals.Count > 0)
        {
            yield return words.OverdueHeader(f.Overdue.Count);
            foreach (var d in f.Overdue.Deals)
            {
                yield return words.OverdueLine(d);
            }
        }

        if (f.Slipping.Deals.Count > 0)
        {
            yield return words.SlippingHeader(f.Slipping.Count);
            foreach (var d in f.Slipping.Deals)
            {
                yield return words.SlippingLine(d);
            }
        }
    }

    /// <summary>The forecast on its own (the manager's view, amounts shown).</summary>
    public static OutgoingMessage Render(KpiForecast f, LanguageReplies pack) =>
        new(string.Join('\n', Lines(f, showAmounts: true, pack))) { Details = Details(f, showAmounts: true, pack).ToList() };

    private static string Period(ForecastPeriod p, bool showAmounts, LanguageReplies pack) =>
        pack.Reports.ForecastPeriod(p.Count, showAmounts ? Amounts(p.Weighted, pack) : string.Empty);

    private static string Amounts(IReadOnlyDictionary<string, decimal> amounts, LanguageReplies pack) =>
        string.Join(", ", amounts.Select(kv => pack.ExactMoney(kv.Key, kv.Value)));
}
