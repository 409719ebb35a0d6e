using SalesBot.Core.Crm;
using SalesBot.Core.Features.Deals;

namespace SalesBot.Core.Conversation.Languages.Russian;

public sealed partial class RussianReplies
{
    public override string DealNeedsAccount(DealNeedsAccount o) =>
        "С какой компанией сделка? Например: «новая сделка Contoso upgrade 40 тыс. евро». Ничего не записано.";

    public override string DealAlreadyOpen(DealAlreadyOpen o) =>
        $"Уже есть открытая сделка {o.Deal} ({Stage(o.Stage)}), поэтому новая не создана. "
        + $"Чтобы изменить её: «{o.Deal} на этап КП» или «{o.Deal} сумма 50 тыс.».";

    public override string DealCreated(DealCreated o) =>
        $"✓ Новая сделка {o.Deal} — {o.Account}, {Stage(o.Stage)}"
        + (o.Amount is { } amount ? $", {Money(amount)}" : "")
        + (o.CloseDate is { } close ? $", закрытие {Day(close, o.Today)}" : "")
        + "."
        + (o.NewAccount ? $" Новый клиент: {o.Account}." : "");

    public override string AlreadyInStage(AlreadyInStage o) => $"{o.Deal} уже на этапе «{Stage(o.Stage)}»; ничего не изменилось.";

    public override string StageMoved(StageMoved o)
    {
        var name = o.Deal + OwnedBy(o.Owner);
        return o.To switch
        {
            DealStage.Won => $"🏆 Поздравляю! {name}: сделка выиграна" + (o.Amount is { } amount ? $", {Money(amount)}." : "."),
            DealStage.Lost when o.LostReason is { } reason => $"{name}: сделка проиграна — {reason}.",
            DealStage.Lost => $"{name}: сделка проиграна. Стоит записать почему, например: «заметка {o.Account}: проиграли по цене».",
            _ => $"✓ {name}: {Stage(o.From)} → {Stage(o.To)}.",
        };
    }

    public override string AskReopen(AskReopen o) => $"{o.Deal} на этапе «{Stage(o.Stage)}». Перенести на «{Stage(o.To)}»?";

    public override string DealChangeMissing(DealChangeMissing o) =>
        $"Что изменить в {o.Deal}? Например: «{o.Deal} сумма 45 тыс.» или «{o.Deal} закрытие 15 декабря». Ничего не записано.";

    public override string DealUpdated(DealUpdated o)
    {
        var said = new List<string>();
        if (o.AmountChanged)
        {
            said.Add(o.Amount is { } amount ? $"сумма {Money(amount)}" : "сумма изменена");
        }

        if (o.CloseDate is { } close)
        {
            said.Add($"закрытие {Day(close, o.Today)}");
        }

        if (o.From is { } from && o.To is { } to)
        {
            said.Add($"{Stage(from)} → {Stage(to)}");
        }

        return $"✓ {o.Deal}{OwnedBy(o.Owner)}: {string.Join(", ", said)}.";
    }

    public override string? ClosedDealsShownTitle(ClosedDealsShown o) =>
        o.Deals.Count == 0 ? null : $"{(o.Stage == DealStage.Won ? "Выигранные" : "Проигранные")} сделки {Period(o.First, o.Last)}: {o.Deals.Count}";

    public override string? DealsClosingShownTitle(DealsClosingShown o) =>
        o.Deals.Count == 0 ? null : $"Сделки к закрытию {Period(o.First, o.Last)}: {o.Deals.Count}";

    public override string? PipelineShownTitle(PipelineShown o) => o.Deals.Count == 0
        ? null
        : o.Stage is { } only
            ? $"{Pipeline(o.Whose)} — этап «{Stage(only)}»: {o.Deals.Count}" + Total(o.Deals)
            : $"{Pipeline(o.Whose)}: {Quantity(Counted.OpenDeal, o.Deals.Count)}{Total(o.Deals)}";

    public override string PipelineHidden(PipelineHidden o) => o.OtherRep
        ? "В этой команде воронки других продавцов видят только менеджеры. Напишите «моя воронка», чтобы увидеть свою."
        : "В этой команде воронку команды видят только менеджеры. Свою можно посмотреть: напишите «моя воронка».";

    public override string NoMemberCalled(NoMemberCalled o) => $"В вашей команде нет никого по имени {o.Name}.";

    private static string OwnedBy(string? owner) => owner is null ? "" : $" (владелец: {owner})";

    private string Period(DateOnly first, DateOnly last) => $"{ShortDate(first)} – {ShortDate(last)}";

    private static string Pipeline(Whose whose) =>
        whose.Rep is { } rep ? $"Воронка: {rep}" : whose.Team is { } team ? $"Воронка команды {team}" : "Ваша воронка";

    protected override string ClosesOn(DateOnly day, DateOnly today) => $"закрытие {Day(day, today)}";

    protected override string AndMore(int count) => $"…и ещё {count}";

    protected override string NoClosedDeals(ClosedDealsShown o) => $"За период {Period(o.First, o.Last)} нет {(o.Stage == DealStage.Won ? "выигранных" : "проигранных")} сделок.";

    protected override string NoDealsClosing(DealsClosingShown o) => $"За период {Period(o.First, o.Last)} не закрывается ни одна открытая сделка.";

    protected override string NoDealsInStage(Whose whose, DealStage stage) => $"{Pipeline(whose)}: нет сделок на этапе «{Stage(stage)}».";

    protected override string PipelineEmpty(Whose whose) => $"{Pipeline(whose)}: открытых сделок нет. Начните: «новая сделка Contoso upgrade 40 тыс. евро».";
}
