using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Replies;

namespace SalesBot.Core.Features.Deals;

/// <summary>"✓ New deal Contoso upgrade with Contoso, Lead, €40K."</summary>
public sealed record DealCreated(string Deal, string Account, Crm.DealStage Stage, Figure? Amount, DateOnly? CloseDate, DateOnly Today, bool NewAccount) : Outcome
{
    public override string Render(LanguageReplies words) => words.DealCreated(this);
}
