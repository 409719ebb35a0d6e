using SalesBot.Core.Crm;

namespace SalesBot.Core.Conversation.Languages.Russian;

public sealed partial class RussianReplies
{
    // The rep's name stays in the nominative, in parentheses: "для Бена" would need a declension the pack cannot guess.
    public override string TargetSet(string metric, decimal value, TargetPeriod period, string? rep, string currency) => rep is null
        ? $"✓ Цель: {TargetValue(metric, value, currency)} на продавца в {(period == TargetPeriod.Month ? "месяц" : "неделю")}."
        : $"✓ Цель ({rep}): {TargetValue(metric, value, currency)} в {(period == TargetPeriod.Month ? "месяц" : "неделю")}.";

    public override string TargetSummary(string metric, decimal value, TargetPeriod period, string? rep, string? currency) =>
        $"цель{(rep is null ? string.Empty : $" ({rep})")}: {TargetValue(metric, value, currency)} в {(period == TargetPeriod.Month ? "месяц" : "неделю")}";

    protected override string WonAmountTarget(string money) => $"выигранные сделки на {money}";

    public override string TargetInTeamCurrency(string written, string team) =>
        $"Цели задаются в валюте команды, {team}, а не в {written}. Напишите, например, «цель выручка 50k в месяц».";
}
