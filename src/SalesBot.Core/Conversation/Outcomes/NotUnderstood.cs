using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Conversation.Outcomes;

/// <summary>
/// A message that asks for nothing the bot does: a thank-you or a greeting gets a friendly line, anything else
/// "did you mean" with the closest example. Which of them is the pack's call (it knows its greetings).
/// </summary>
public sealed record NotUnderstood(string Text) : Outcome
{
    public override string Render(LanguageReplies words) =>
        words.ChitChat(Text) is { Length: > 0 } chat ? chat : words.NotUnderstood(Text);
}
