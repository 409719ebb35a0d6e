using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Activities;

/// <summary>"Anna had the last contact with Litware: a call, 3 days ago (Nov 18)."</summary>
public sealed record LastContact(string Member, string Account, Crm.ActivityType Type, string? Contact, DateOnly HappenedOn, DateOnly Today, string? Notes) : Outcome
{
    public override string Render(LanguageReplies words) => words.LastContact(this);
}
