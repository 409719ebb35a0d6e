using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Undo;

public sealed record AlreadyUndone(WriteSummary Summary) : Outcome
{
    public override string Render(LanguageReplies words) => words.AlreadyUndone(this);
}
