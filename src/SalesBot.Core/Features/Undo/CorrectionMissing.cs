using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Undo;

/// <summary>"no wait" with nothing to correct by.</summary>
public sealed record CorrectionMissing : Outcome
{
    public override string Render(LanguageReplies words) => words.CorrectionMissing(this);
}
