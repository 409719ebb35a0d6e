using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Deals;

/// <summary>"Litware is Won. Move it to Lost?"</summary>
public sealed record AskReopen(string Deal, Crm.DealStage Stage, Crm.DealStage To) : Outcome
{
    public override string Render(LanguageReplies words) => words.AskReopen(this);
}
