using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Undo;

/// <summary>"✎ Corrected: the meeting is now with Fabrikam, yesterday."</summary>
public sealed record ActivityCorrected(Crm.ActivityType Type, string? Account, string? Contact, DateOnly? Day, DateOnly Today) : Outcome
{
    public override string Render(LanguageReplies words) => words.ActivityCorrected(this);
}
