using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Undo;

/// <summary>An Undo button of an entry that is not the member's, or gone.</summary>
public sealed record NotYoursToUndo : Outcome
{
    public override string Render(LanguageReplies words) => words.NotYoursToUndo(this);
}
