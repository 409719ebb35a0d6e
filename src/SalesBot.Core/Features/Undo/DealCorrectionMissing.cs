using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Undo;

public sealed record DealCorrectionMissing(string Deal) : Outcome
{
    public override string Render(LanguageReplies words) => words.DealCorrectionMissing(this);
}
