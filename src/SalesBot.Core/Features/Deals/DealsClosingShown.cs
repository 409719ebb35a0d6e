using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Replies;

namespace SalesBot.Core.Features.Deals;

/// <summary>Open deals closing in a period; an empty list says so.</summary>
public sealed record DealsClosingShown(DateOnly First, DateOnly Last, DateOnly Today, IReadOnlyList<DealsClosingShown.Line> Deals) : Outcome
{
    /// <summary>Owner is null for the asker's own deal.</summary>
    public sealed record Line(string Name, Crm.DealStage Stage, DateOnly CloseDate, Figure? Amount, string? Owner);

    public override string Render(LanguageReplies words) => words.DealsClosingShown(this);

    public override string? Title(LanguageReplies words) => words.DealsClosingShownTitle(this);
}
