using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Conversation.Outcomes;

/// <summary>A typed number that is none of the question's <paramref name="Options"/>.</summary>
public sealed record AnswerOutOfRange(int Options) : Outcome
{
    public override string Render(LanguageReplies words) => words.AnswerOutOfRange(this);
}
