using System.Text.Json.Serialization;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Reports.Kpi;

/// <summary>
/// The weekly KPI digest of one team for one ISO week (Monday to Sunday in the team's zone).
/// Activities count by the day they happened; deals, stage moves and tasks by when they were
/// recorded. Serialized as the JSON of <c>salesbot digest --json</c> (snake_case).
/// </summary>
public sealed record KpiDigest(
    string Team,
    string Week,
    DateOnly From,
    DateOnly To,
    string TimeZone,
    IReadOnlyList<KpiRep> Reps,
    KpiCounters Totals,
    KpiPipeline Pipeline,
    IReadOnlyDictionary<string, decimal> Targets,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> Fulfillment,
    IReadOnlyDictionary<string, decimal> TeamFulfillment,
    decimal? WinRate,
    decimal? AvgDaysToWin,
    KpiStaleDeals StaleDeals,
    IReadOnlyList<KpiDeviation> Deviations,
    KpiCounters PreviousTotals,
    IReadOnlyDictionary<string, int> Change)
{
    [JsonIgnore]
    public int TeamId { get; init; }

    public Forecast.KpiForecast? Forecast { get; init; }

    /// <summary>The team's currency: the won-amount target and its fulfilment are in it.</summary>
    public string Currency { get; init; } = "EUR";

    /// <summary>
    /// The weekly targets a rep has of their own, which win over <see cref="Targets"/> (the team's, for every rep);
    /// only reps with one are listed. <see cref="Fulfillment"/> measures each rep against their own where set.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> RepTargets { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, decimal>>();

    /// <summary>The week's most-liked tips: shared in the week, ranked by how many people reacted on their post.</summary>
    public IReadOnlyList<Features.Tips.RankedTip> TopTips { get; init; } = [];
}

/// <summary>The counters every rep and the team are measured on (the same KPIs for everyone).</summary>
public record KpiCounters(
    int Meetings,
    int Calls,
    int Emails,
    int Demos,
    int Activities,
    int DealsCreated,
    int DealsWon,
    int DealsLost,
    IReadOnlyDictionary<string, decimal> WonAmount,
    int StageMoves,
    int TasksDone)
{
    /// <summary>Visits, for the text (the digest JSON keeps its fields; a visit counts in activities there).</summary>
    [JsonIgnore]
    public int Visits { get; init; }

    /// <summary>What a target on <paramref name="metric"/> is measured against: a counter, or the amount won in <paramref name="currency"/>.</summary>
    public decimal Measure(string metric, string currency) =>
        KpiMetrics.FromWire(metric) == KpiMetric.WonAmount ? WonAmount.GetValueOrDefault(currency) : Get(metric) ?? 0;

    /// <summary>A counter by its JSON name ("meetings", "deals_won"); null for won_amount, which is per currency.</summary>
    public int? Get(string metric) => KpiMetrics.FromWire(metric) switch
    {
        KpiMetric.Meetings => Meetings,
        KpiMetric.Visits => Visits,
        KpiMetric.Calls => Calls,
        KpiMetric.Emails => Emails,
        KpiMetric.Demos => Demos,
        KpiMetric.Activities => Activities,
        KpiMetric.DealsCreated => DealsCreated,
        KpiMetric.DealsWon => DealsWon,
        KpiMetric.DealsLost => DealsLost,
        KpiMetric.StageMoves => StageMoves,
        KpiMetric.TasksDone => TasksDone,
        _ => null,
    };
}

public sealed record KpiRep(
    string Name,
    bool Away,
    int Meetings,
    int Calls,
    int Emails,
    int Demos,
    int Activities,
    int DealsCreated,
    int DealsWon,
    int DealsLost,
    IReadOnlyDictionary<string, decimal> WonAmount,
    int StageMoves,
    int TasksDone)
    : KpiCounters(Meetings, Calls, Emails, Demos, Activities, DealsCreated, DealsWon, DealsLost, WonAmount, StageMoves, TasksDone)
{
    [JsonIgnore]
    public int MemberId { get; init; }
}

public sealed record KpiPipeline(int OpenDeals, IReadOnlyDictionary<string, KpiPipelineStage> ByStage);

public sealed record KpiPipelineStage(int Count, IReadOnlyDictionary<string, decimal> Amount);

public sealed record KpiStaleDeals(int Count, IReadOnlyList<KpiStaleDeal> Deals);

public sealed record KpiStaleDeal(string Deal, string? Account, string Owner, string Stage, int DaysIdle);

