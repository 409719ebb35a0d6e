using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Conversation.Outcomes;

/// <summary>A question's button pressed after it was answered or expired.</summary>
public sealed record QuestionClosed : Outcome
{
    public override string Render(LanguageReplies words) => words.QuestionClosed(this);
}
