using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Plans;

/// <summary>"plan:" with no items.</summary>
public sealed record PlanMissing : Outcome
{
    public override string Render(LanguageReplies words) => words.PlanMissing(this);
}
