using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Conversation.Outcomes;

/// <summary>"the second one" with no question open.</summary>
public sealed record NoOpenQuestion : Outcome
{
    public override string Render(LanguageReplies words) => words.NoOpenQuestion(this);
}
