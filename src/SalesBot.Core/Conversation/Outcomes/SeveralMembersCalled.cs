using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Conversation.Outcomes;

/// <summary>The terminal's sender is a name several teams' members share: said instead of the stranger notice.</summary>
public sealed record SeveralMembersCalled(string Name) : Outcome
{
    public override string Render(LanguageReplies words) => words.SeveralMembersCalled(Name);
}
