using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Deals;

/// <summary>"new deal" without a company: nothing was written.</summary>
public sealed record DealNeedsAccount : Outcome
{
    public override string Render(LanguageReplies words) => words.DealNeedsAccount(this);
}
