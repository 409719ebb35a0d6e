using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Undo;

/// <summary>"↩ Undone: the call with Contoso on Nov 18."</summary>
public sealed record Undone(string Summary, IReadOnlyList<string> Kept) : Outcome
{
    public override string Render(LanguageReplies words) => words.Undone(this);
}
