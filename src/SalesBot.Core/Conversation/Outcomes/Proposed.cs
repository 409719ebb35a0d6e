using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Conversation.Outcomes;

/// <summary>"Log a call with Contoso today?": what an unsure parse understood, as a question; Yes writes it.</summary>
public sealed record Proposed(IReadOnlyList<ParsedCommand> Commands, DateOnly Today) : Outcome
{
    public override string Render(LanguageReplies words) => words.Proposed(this);
}
