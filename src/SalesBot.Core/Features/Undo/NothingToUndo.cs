using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Undo;

public sealed record NothingToUndo : Outcome
{
    public override string Render(LanguageReplies words) => words.NothingToUndo(this);
}
