using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Conversation.Resolution;

public sealed record OneOfThese : Outcome
{
    public override string Render(LanguageReplies words) => words.OneOfThese(this);
}
