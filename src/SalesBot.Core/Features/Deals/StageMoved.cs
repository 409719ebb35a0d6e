using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Replies;

namespace SalesBot.Core.Features.Deals;

/// <summary>A deal moved stage: won, lost, or on to the next. Owner is someone else's name when the deal is theirs.</summary>
public sealed record StageMoved(string Deal, string? Owner, Crm.DealStage From, Crm.DealStage To, Figure? Amount, string? LostReason, string? Account) : Outcome
{
    public override string Render(LanguageReplies words) => words.StageMoved(this);
}
