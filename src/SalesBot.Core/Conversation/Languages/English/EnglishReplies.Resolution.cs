namespace SalesBot.Core.Conversation.Languages.English;

public sealed partial class EnglishReplies
{
    protected override string ReplyWithTheNumber() => "Reply with the number.";

    public override string WhichAccount(Resolution.WhichAccount o) => $"Which {o.Name}?";

    public override string NewAccountOption(Resolution.NewAccountOption o) => $"New account \"{o.Name}\"";

    public override string OneOfTheseOrNew(Resolution.OneOfTheseOrNew o) => $"Did you mean one of these, or is {o.Name} a new account?";

    public override string OneOfThese(Resolution.OneOfThese o) => "Did you mean one of these?";

    public override string AskNewAccount(Resolution.AskNewAccount o) => $"New account \"{o.Name}\"?";

    public override string NoSuchAccount(Resolution.NoSuchAccount o) =>
        $"I found no account called \"{o.Name}\", so nothing changed." + Nearest(o.Nearest);

    public override string WhichDeal(Resolution.WhichDeal o) => $"Which {o.Name} deal?";

    public override string NoDealLike(Resolution.NoDealLike o) => $"I have no deal called \"{o.Name}\". Did you mean one of these?";

    public override string NoSuchDeal(Resolution.NoSuchDeal o) =>
        $"I found no deal called \"{o.Name}\", so nothing changed.{Nearest(o.Nearest)} To create it: \"new deal {o.Name}\".";

    private static string Nearest(IReadOnlyList<string> names) => names.Count > 0 ? $" Nearest: {string.Join(", ", names)}." : "";
}
