using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Conversation.Outcomes;

/// <summary>A message over the limit the bot reads (<see cref="Replies.Texts.MaxMessageLength"/>): nothing is written.</summary>
public sealed record MessageTooLong(int Length, int Max) : Outcome
{
    public override string Render(LanguageReplies words) => words.TooLong(Length, Max);
}
