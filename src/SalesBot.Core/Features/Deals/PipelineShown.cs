using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Replies;

namespace SalesBot.Core.Features.Deals;

/// <summary>A pipeline by stage, or one stage's deals.</summary>
public sealed record PipelineShown(Whose Whose, Crm.DealStage? Stage, bool Team, DateOnly Today, IReadOnlyList<PipelineShown.Line> Deals) : Outcome
{
    public sealed record Line(string Name, string Account, string Owner, Crm.DealStage Stage, Figure? Amount, DateOnly? CloseDate);

    public override string Render(LanguageReplies words) => words.PipelineShown(this);

    public override string? Title(LanguageReplies words) => words.PipelineShownTitle(this);
}
