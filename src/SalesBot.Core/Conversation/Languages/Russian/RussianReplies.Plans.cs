using SalesBot.Core.Features.Plans;

namespace SalesBot.Core.Conversation.Languages.Russian;

public sealed partial class RussianReplies
{
    public override string PlanMissing(PlanMissing o) =>
        "Какие приоритеты на сегодня? Например: «план на сегодня: КП Contoso, звонок Кевину, демо для Fabrikam». Ничего не записано.";

    public override string PlanSet(PlanSet o) =>
        $"✓ {(o.Replaced ? "Новый план на сегодня (вместо прежнего)" : "План на сегодня")}:\n{string.Join('\n', o.Items.Select((item, i) => $"{Ordinal(i + 1)} {item}"))}";
}
