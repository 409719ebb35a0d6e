using SalesBot.Core.Crm;

namespace SalesBot.Core.Conversation.Languages.Polish;

public sealed partial class PolishReplies
{
    // The rep's name stays in the nominative, in parentheses: "dla Ben" would need a declension the pack cannot guess.
    public override string TargetSet(string metric, decimal value, TargetPeriod period, string? rep, string currency) => rep is null
        ? $"✓ Cel: {TargetValue(metric, value, currency)} na handlowca {(period == TargetPeriod.Month ? "miesięcznie" : "tygodniowo")}."
        : $"✓ Cel ({rep}): {TargetValue(metric, value, currency)} {(period == TargetPeriod.Month ? "miesięcznie" : "tygodniowo")}.";

    public override string TargetSummary(string metric, decimal value, TargetPeriod period, string? rep, string? currency) =>
        $"cel{(rep is null ? string.Empty : $" ({rep})")}: {TargetValue(metric, value, currency)} na {(period == TargetPeriod.Month ? "miesiąc" : "tydzień")}";

    protected override string WonAmountTarget(string money) => $"wygrane za {money}";

    public override string TargetInTeamCurrency(string written, string team) =>
        $"Cele są w walucie zespołu, {team}, nie w {written}. Napisz na przykład „cel przychód 50k na miesiąc”.";
}
