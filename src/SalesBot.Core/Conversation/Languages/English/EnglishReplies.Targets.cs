using SalesBot.Core.Crm;

namespace SalesBot.Core.Conversation.Languages.English;

public sealed partial class EnglishReplies
{
    public override string TargetSet(string metric, decimal value, TargetPeriod period, string? rep, string currency) => rep is null
        ? $"✓ Target: {TargetValue(metric, value, currency)} per rep per {PeriodWord(period)}."
        : $"✓ Target for {rep}: {TargetValue(metric, value, currency)} per {PeriodWord(period)}.";

    public override string TargetSummary(string metric, decimal value, TargetPeriod period, string? rep, string? currency) =>
        $"{(rep is null ? "the target" : $"{rep}'s target")} of {TargetValue(metric, value, currency)} per {PeriodWord(period)}";

    protected override string WonAmountTarget(string money) => $"{money} won";

    private static string PeriodWord(TargetPeriod period) => period == TargetPeriod.Month ? "month" : "week";

    public override string TargetInTeamCurrency(string written, string team) =>
        $"Targets are in the team's currency, {team}; {written} is not it. Say it like \"target revenue 50k per month\".";
}
