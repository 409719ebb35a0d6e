namespace SalesBot.Core.Conversation.Languages.Polish;

public sealed partial class PolishReplies
{
    protected override string ReplyWithTheNumber() => "Odpisz numerem.";

    public override string WhichAccount(Resolution.WhichAccount o) => $"Który klient: {o.Name}?";

    public override string NewAccountOption(Resolution.NewAccountOption o) => $"Nowy klient „{o.Name}”";

    public override string OneOfTheseOrNew(Resolution.OneOfTheseOrNew o) => $"Chodziło o któregoś z tych, czy {o.Name} to nowy klient?";

    public override string OneOfThese(Resolution.OneOfThese o) => "Chodziło o któregoś z tych?";

    public override string AskNewAccount(Resolution.AskNewAccount o) => $"Nowy klient „{o.Name}”?";

    public override string NoSuchAccount(Resolution.NoSuchAccount o) =>
        $"Nie ma klienta o nazwie „{o.Name}”, więc nic się nie zmieniło." + Nearest(o.Nearest);

    public override string WhichDeal(Resolution.WhichDeal o) => $"Która szansa: {o.Name}?";

    public override string NoDealLike(Resolution.NoDealLike o) => $"Nie ma szansy o nazwie „{o.Name}”. Czy chodziło o którąś z tych?";

    public override string NoSuchDeal(Resolution.NoSuchDeal o) =>
        $"Nie ma szansy o nazwie „{o.Name}”, więc nic się nie zmieniło.{Nearest(o.Nearest)} Żeby ją założyć: „nowa szansa {o.Name}”.";

    private static string Nearest(IReadOnlyList<string> names) => names.Count > 0 ? $" Najbliższe: {string.Join(", ", names)}." : "";
}
