using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Deals;

/// <summary>An open deal of that name exists, so no new one was made.</summary>
public sealed record DealAlreadyOpen(string Deal, Crm.DealStage Stage) : Outcome
{
    public override string Render(LanguageReplies words) => words.DealAlreadyOpen(this);
}
