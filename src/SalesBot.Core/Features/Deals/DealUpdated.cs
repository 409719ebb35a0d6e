using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Replies;

namespace SalesBot.Core.Features.Deals;

/// <summary>"✓ Contoso upgrade: amount €45K, closing Dec 15." The amount only when this chat may see it.</summary>
public sealed record DealUpdated(string Deal, string? Owner, bool AmountChanged, Figure? Amount, DateOnly? CloseDate, Crm.DealStage? From, Crm.DealStage? To, DateOnly Today) : Outcome
{
    public override string Render(LanguageReplies words) => words.DealUpdated(this);
}
