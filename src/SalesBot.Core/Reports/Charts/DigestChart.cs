using System.Globalization;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Reports.Kpi;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Reports.Charts;

/// <summary>
/// What the weekly digest's picture shows, messenger-neutral: activities per rep against the activities
/// target, the open pipeline by stage, and the won amount of the last 8 weeks. It travels in the outbox row
/// (<see cref="Messaging.OutgoingMessage.Chart"/>): Telegram draws it as one PNG (<see cref="DigestChartRenderer"/>),
/// Teams as native Adaptive Card charts. Money is in one currency (<see cref="Currency"/>, the one most of the
/// amounts are in); with amounts hidden the pipeline and the won weeks count deals instead. The titles and stage
/// names are worded once, in the team's language, when the chart is made (<see cref="Labels"/>), so both messengers
/// and the CLI print the same words.
/// </summary>
public sealed record DigestChart(
    string Title,
    string? Currency,
    IReadOnlyList<ChartRep> Reps,
    decimal? ActivitiesTarget,
    IReadOnlyList<ChartStage> Pipeline,
    IReadOnlyList<ChartWeek> Won,
    ChartLabels? Labels = null)
{
    /// <summary>How many weeks the won line covers, the digest's week last.</summary>
    public const int Weeks = 8;

    public bool ShowsAmounts => Currency is not null;

    /// <summary>The chart's titles; an outbox row written before titles were stored reads them in English.</summary>
    public ChartLabels Words => Labels ?? ChartLabels.Of(ReplyPacks.English.Reports, Currency, ActivitiesTarget);

    /// <summary>The picture of <paramref name="digest"/>; <paramref name="won"/> is the loader's wins of the last <see cref="Weeks"/> weeks.</summary>
    /// <param name="language">The team's pack; English when null.</param>
    public static DigestChart From(KpiDigest digest, IReadOnlyList<WonWeekRow> won, bool showAmounts, LanguageReplies? language = null)
    {
        var words = (language ?? ReplyPacks.English).Reports;
        var currency = showAmounts ? MainCurrency(digest, won) : null;
        var reps = digest.Reps.Where(r => !r.Away || r.Activities > 0).Select(r => new ChartRep(r.Name, r.Activities)).ToList();
        var target = digest.Targets.TryGetValue("activities", out var t) ? t : (decimal?)null;
        var pipeline = digest.Pipeline.ByStage
            .Select(s => new ChartStage(words.StageName(s.Key), s.Value.Count, currency is null ? 0 : s.Value.Amount.GetValueOrDefault(currency)))
            .ToList();
        IsoWeek.TryParse(digest.Week, out var last);
        var weeks = Enumerable.Range(0, Weeks).Select(i => IsoWeek.Of(last.Monday.AddDays(-7 * (Weeks - 1 - i)))).ToList();
        var byWeek = won.ToLookup(w => w.Week);
        var points = weeks.Select(w => new ChartWeek(
                $"W{w.Week:00}",
                currency is null ? byWeek[w.ToString()].Sum(r => r.Count) : byWeek[w.ToString()].Where(r => r.Currency == currency).Sum(r => r.Amount)))
            .ToList();
        return new DigestChart($"{digest.Team} · {digest.Week}", currency, reps, target, pipeline, points, ChartLabels.Of(words, currency, target));
    }

    private static string? MainCurrency(KpiDigest digest, IReadOnlyList<WonWeekRow> won)
    {
        var totals = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (currency, amount) in digest.Pipeline.ByStage.Values.SelectMany(s => s.Amount).Select(a => (a.Key, a.Value))
                     .Concat(won.Where(w => w.Currency is not null).Select(w => (w.Currency!, w.Amount))))
        {
            totals[currency] = totals.GetValueOrDefault(currency) + amount;
        }

        return totals.Count == 0 ? null : totals.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).First().Key;
    }
}

/// <summary>The chart's words: the three titles and the won line's legend.</summary>
public sealed record ChartLabels(string Activities, string Pipeline, string Won, string WonLegend)
{
    public static ChartLabels Of(ReportReplies words, string? currency, decimal? activitiesTarget) => new(
        words.ChartActivities(activitiesTarget?.ToString("0.##", CultureInfo.InvariantCulture)),
        words.ChartPipeline(currency),
        words.ChartWon(currency),
        words.ChartWonLegend());
}

public sealed record ChartRep(string Name, int Activities);

/// <summary>Open deals of one stage (its name as the team reads it): how many, and their amount in the chart's currency (0 when amounts are hidden).</summary>
public sealed record ChartStage(string Stage, int Count, decimal Amount);

/// <summary>One week ("W47") of the won line: the won amount in the chart's currency, or the number of wins when amounts are hidden.</summary>
public sealed record ChartWeek(string Week, decimal Value);

/// <summary>Deals won in one ISO week ("2026-W47"), per currency.</summary>
public sealed record WonWeekRow(string Week, string? Currency, int Count, decimal Amount);
