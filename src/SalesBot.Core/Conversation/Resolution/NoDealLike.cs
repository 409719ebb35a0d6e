using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Conversation.Resolution;

public sealed record NoDealLike(string Name) : Outcome
{
    public override string Render(LanguageReplies words) => words.NoDealLike(this);
}
