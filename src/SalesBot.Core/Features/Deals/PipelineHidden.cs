using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Deals;

/// <summary>Team figures go to managers in this team.</summary>
public sealed record PipelineHidden(bool OtherRep) : Outcome
{
    public override string Render(LanguageReplies words) => words.PipelineHidden(this);
}
