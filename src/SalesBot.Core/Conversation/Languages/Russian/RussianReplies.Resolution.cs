namespace SalesBot.Core.Conversation.Languages.Russian;

public sealed partial class RussianReplies
{
    protected override string ReplyWithTheNumber() => "Ответьте номером.";

    public override string WhichAccount(Resolution.WhichAccount o) => $"Какой именно клиент: {o.Name}?";

    public override string NewAccountOption(Resolution.NewAccountOption o) => $"Новый клиент «{o.Name}»";

    public override string OneOfTheseOrNew(Resolution.OneOfTheseOrNew o) => $"Вы имели в виду одного из этих, или {o.Name} — новый клиент?";

    public override string OneOfThese(Resolution.OneOfThese o) => "Вы имели в виду одного из этих?";

    public override string AskNewAccount(Resolution.AskNewAccount o) => $"Новый клиент «{o.Name}»?";

    public override string NoSuchAccount(Resolution.NoSuchAccount o) =>
        $"Клиента «{o.Name}» нет, поэтому ничего не изменилось." + Nearest(o.Nearest);

    public override string WhichDeal(Resolution.WhichDeal o) => $"Какая именно сделка: {o.Name}?";

    public override string NoDealLike(Resolution.NoDealLike o) => $"Сделки «{o.Name}» нет. Вы имели в виду одну из этих?";

    public override string NoSuchDeal(Resolution.NoSuchDeal o) =>
        $"Сделки «{o.Name}» нет, поэтому ничего не изменилось.{Nearest(o.Nearest)} Чтобы создать её: «новая сделка {o.Name}».";

    private static string Nearest(IReadOnlyList<string> names) => names.Count > 0 ? $" Похожие: {string.Join(", ", names)}." : "";
}
