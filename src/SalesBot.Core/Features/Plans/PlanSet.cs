using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Plans;

/// <summary>Today's plan, numbered; Replaced when it took the place of an earlier one.</summary>
public sealed record PlanSet(IReadOnlyList<string> Items, bool Replaced) : Outcome
{
    public override string Render(LanguageReplies words) => words.PlanSet(this);
}
