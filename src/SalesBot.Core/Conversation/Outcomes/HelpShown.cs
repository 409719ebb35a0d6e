using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Conversation.Outcomes;

/// <summary>"help": what the bot can do, one example per capability.</summary>
public sealed record HelpShown : Outcome
{
    public override string Render(LanguageReplies words) => words.Help();
}
