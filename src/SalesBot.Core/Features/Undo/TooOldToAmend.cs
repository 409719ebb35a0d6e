using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Undo;

/// <summary>An edit past the edit window.</summary>
public sealed record TooOldToAmend : Outcome
{
    public override string Render(LanguageReplies words) => words.TooOldToAmend(this);
}
