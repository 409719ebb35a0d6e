using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Conversation.Outcomes;

/// <summary>"No" to a question, or its Cancel option: the command it kept is dropped.</summary>
public sealed record NothingWritten : Outcome
{
    public override string Render(LanguageReplies words) => words.NothingWritten(this);
}
