using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Deals;

/// <summary>"Contoso upgrade" with nothing to change.</summary>
public sealed record DealChangeMissing(string Deal) : Outcome
{
    public override string Render(LanguageReplies words) => words.DealChangeMissing(this);
}
