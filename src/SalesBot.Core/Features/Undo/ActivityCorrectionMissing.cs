using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Undo;

/// <summary>The last entry was an activity, but the correction named no account, contact or day.</summary>
public sealed record ActivityCorrectionMissing : Outcome
{
    public override string Render(LanguageReplies words) => words.ActivityCorrectionMissing(this);
}
