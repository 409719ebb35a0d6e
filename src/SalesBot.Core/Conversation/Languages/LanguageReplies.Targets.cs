using SalesBot.Core.Crm;

namespace SalesBot.Core.Conversation.Languages;

/// <summary>Targets: set for the team or for one rep, on a count or on won amount (Features/Administration/SetTarget).</summary>
public abstract partial class LanguageReplies
{
    /// <summary>
    /// A manager set a target: "✓ Target: 8 meetings per rep per week." for the team, "✓ Target for Ben: EUR 50,000 won
    /// per month." for one rep (<paramref name="rep"/>). A won-amount value is money in <paramref name="currency"/>.
    /// </summary>
    public abstract string TargetSet(string metric, decimal value, TargetPeriod period, string? rep, string currency);

    /// <summary>What undo names: "the target of 8 meetings per week", "Ben's target of EUR 50,000 won per week".</summary>
    public abstract string TargetSummary(string metric, decimal value, TargetPeriod period, string? rep, string? currency);

    /// <summary>A won-amount target written in another currency than the team's: nothing is written, the manager says it again.</summary>
    public abstract string TargetInTeamCurrency(string written, string team);

    /// <summary>A target's value in words: "8 meetings", or the money of a won-amount target ("EUR 50,000 won").</summary>
    protected string TargetValue(string metric, decimal value, string? currency) =>
        KpiMetrics.FromWire(metric) == KpiMetric.WonAmount
            ? WonAmountTarget(ExactMoney(currency ?? string.Empty, value).Trim())
            : Quantity(metric, (int)Math.Round(value));

    /// <summary>"EUR 50,000 won".</summary>
    protected abstract string WonAmountTarget(string money);
}
