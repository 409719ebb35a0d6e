namespace SalesBot.Core.Crm;

/// <summary>The KPIs a team is measured on: the same for everyone, with targets per team or per rep. Stored by name.</summary>
public enum KpiMetric { Meetings, Calls, Emails, Demos, Activities, DealsCreated, DealsWon, StageMoves, TasksDone, Visits, DealsLost, WonAmount }

/// <summary>
/// The one table of KPI metric names: each metric's wire name (the digest's JSON, the parser's target words, the
/// packs' counted phrases all use it), whether the digest counts it as a plain number, and whether a target can be
/// set on it. Every other place asks here instead of spelling the names again.
/// </summary>
public static class KpiMetrics
{
    /// <param name="Counter">One of the digest's counters (<c>totals</c>, <c>change</c>), in their fixed order.</param>
    /// <param name="Targetable">A manager can set a target on it ("target visits 5 per week", "target revenue 50k for Ben").</param>
    public sealed record Entry(KpiMetric Metric, string Wire, bool Counter, bool Targetable);

    /// <summary>In the order the digest lists them.</summary>
    public static readonly IReadOnlyList<Entry> All =
    [
        new(KpiMetric.Meetings, "meetings", Counter: true, Targetable: true),
        new(KpiMetric.Calls, "calls", Counter: true, Targetable: true),
        new(KpiMetric.Emails, "emails", Counter: true, Targetable: true),
        new(KpiMetric.Demos, "demos", Counter: true, Targetable: true),
        new(KpiMetric.Visits, "visits", Counter: false, Targetable: true),
        new(KpiMetric.Activities, "activities", Counter: true, Targetable: true),
        new(KpiMetric.DealsCreated, "deals_created", Counter: true, Targetable: true),
        new(KpiMetric.DealsWon, "deals_won", Counter: true, Targetable: true),
        new(KpiMetric.DealsLost, "deals_lost", Counter: true, Targetable: false),
        new(KpiMetric.StageMoves, "stage_moves", Counter: true, Targetable: true),
        new(KpiMetric.TasksDone, "tasks_done", Counter: true, Targetable: true),
        // Per currency, so no plain counter; its target is in the team's currency and measured in it.
        new(KpiMetric.WonAmount, "won_amount", Counter: false, Targetable: true),
    ];

    private static readonly Dictionary<string, Entry> ByWire = All.ToDictionary(e => e.Wire, StringComparer.OrdinalIgnoreCase);

    /// <summary>The digest's plain counters, in their fixed order: "meetings", "calls", ..., "tasks_done".</summary>
    public static readonly IReadOnlyList<string> Counters = All.Where(e => e.Counter).Select(e => e.Wire).ToList();

    /// <summary>The metrics a target can be set on, in the digest's order.</summary>
    public static readonly IReadOnlyList<string> Targetable = All.Where(e => e.Targetable).Select(e => e.Wire).ToList();

    /// <summary>"deals_won" for <see cref="KpiMetric.DealsWon"/>.</summary>
    public static string Wire(this KpiMetric metric) => All.First(e => e.Metric == metric).Wire;

    /// <summary>The metric of a wire name ("deals_won", "DEALS_WON"), or null for a name that is none.</summary>
    public static KpiMetric? FromWire(string? wire) =>
        wire is not null && ByWire.TryGetValue(wire.Trim(), out var e) ? e.Metric : null;

    /// <summary>The metric of a wire name when a target can be set on it.</summary>
    public static bool TryTarget(string? wire, out KpiMetric metric)
    {
        var found = wire is not null && ByWire.TryGetValue(wire.Trim(), out var e) && e.Targetable ? e : null;
        metric = found?.Metric ?? default;
        return found is not null;
    }
}
