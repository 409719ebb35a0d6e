using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Conversation.Resolution;

/// <summary>A name the parser was unsure of: "New account \"X\"?"</summary>
public sealed record AskNewAccount(string Name) : Outcome
{
    public override string Render(LanguageReplies words) => words.AskNewAccount(this);
}
