using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Features.Deals;

/// <summary>"Ben's pipeline" for a name not on the team.</summary>
public sealed record NoMemberCalled(string Name) : Outcome
{
    public override string Render(LanguageReplies words) => words.NoMemberCalled(this);
}
