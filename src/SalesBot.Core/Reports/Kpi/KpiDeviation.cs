using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Reports.Kpi;

/// <summary>
/// A flag for the weekly meeting: what is off, as facts; each language's pack words it (what is off
/// and what to look at). <see cref="Message"/> and <see cref="LookAt"/> are the English words the
/// digest JSON carries.
/// </summary>
public abstract record KpiDeviation(string Kind, string? Rep, string? Metric)
{
    public string Message => ReplyPacks.English.Reports.DeviationMessage(this);

    public string LookAt => ReplyPacks.English.Reports.DeviationLookAt(this);
}

/// <summary>
/// A rep below <see cref="KpiBuilder.FarBelowTarget"/> of a weekly target (the rep's own, or the team's). A won-amount
/// target's <paramref name="Actual"/> and <paramref name="Target"/> are money in <see cref="Currency"/>.
/// </summary>
public sealed record KpiBelowTarget(string RepName, string MetricName, decimal Actual, decimal Target, decimal Ratio)
    : KpiDeviation("below_target", RepName, MetricName)
{
    /// <summary>The team's currency when the metric is won amount; null for a count.</summary>
    public string? Currency { get; init; }
}

/// <summary>One stage (not lead) holding a large share of the open pipeline.</summary>
public sealed record KpiPileUp(string Stage, int Count, int OpenDeals) : KpiDeviation("pile_up", null, null);

/// <summary>Open deals without activity for <paramref name="Days"/> days.</summary>
public sealed record KpiStaleFlag(int Count, int Days) : KpiDeviation("stale_deals", null, null);

/// <summary>Team activities fell sharply from the week before.</summary>
public sealed record KpiActivityDrop(int Previous, int Now) : KpiDeviation("drop", null, "activities");
