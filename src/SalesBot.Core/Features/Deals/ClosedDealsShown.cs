using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Replies;

namespace SalesBot.Core.Features.Deals;

/// <summary>Deals won or lost in a period; an empty list says so.</summary>
public sealed record ClosedDealsShown(Crm.DealStage Stage, DateOnly First, DateOnly Last, IReadOnlyList<ClosedDealsShown.Line> Deals) : Outcome
{
    /// <summary>Owner is null for the asker's own deal.</summary>
    public sealed record Line(string Name, Figure? Amount, string? Owner, string? LostReason);

    public override string Render(LanguageReplies words) => words.ClosedDealsShown(this);

    public override string? Title(LanguageReplies words) => words.ClosedDealsShownTitle(this);
}
