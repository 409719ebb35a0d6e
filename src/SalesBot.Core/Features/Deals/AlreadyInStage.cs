using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Deals;

/// <summary>The deal is in that stage already.</summary>
public sealed record AlreadyInStage(string Deal, Crm.DealStage Stage) : Outcome
{
    public override string Render(LanguageReplies words) => words.AlreadyInStage(this);
}
