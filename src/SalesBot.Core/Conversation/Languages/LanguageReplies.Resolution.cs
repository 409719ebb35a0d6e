using SalesBot.Core.Conversation.Resolution;

namespace SalesBot.Core.Conversation.Languages;

public abstract partial class LanguageReplies
{
    /// <summary>The question, its options numbered, and how to answer.</summary>
    public string AskWhich(AskWhich ask) =>
        ask.Question.Render(this) + "\n"
        + string.Join('\n', ask.Options.Select((o, i) => $"{Ordinal(i + 1)} {o.Render(this)}")) + "\n"
        + ReplyWithTheNumber();

    protected abstract string ReplyWithTheNumber();

    public abstract string WhichAccount(WhichAccount o);

    public abstract string NewAccountOption(NewAccountOption o);

    public abstract string OneOfTheseOrNew(OneOfTheseOrNew o);

    public abstract string OneOfThese(OneOfThese o);

    public abstract string AskNewAccount(AskNewAccount o);

    public abstract string NoSuchAccount(NoSuchAccount o);

    public abstract string WhichDeal(WhichDeal o);

    public abstract string NoDealLike(NoDealLike o);

    public abstract string NoSuchDeal(NoSuchDeal o);
}
