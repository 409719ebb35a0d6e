using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Replies;

namespace SalesBot.Core.Features.Undo;

/// <summary>"✎ Corrected Contoso upgrade: amount €35K."</summary>
public sealed record DealCorrected(string Deal, bool AmountChanged, Figure? Amount, Crm.DealStage? Stage, DateOnly? CloseDate, DateOnly Today) : Outcome
{
    public override string Render(LanguageReplies words) => words.DealCorrected(this);
}
