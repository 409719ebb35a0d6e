using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Conversation.Resolution;

public sealed record NoSuchAccount(string Name, IReadOnlyList<string> Nearest) : Outcome
{
    public override string Render(LanguageReplies words) => words.NoSuchAccount(this);
}
