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
}
