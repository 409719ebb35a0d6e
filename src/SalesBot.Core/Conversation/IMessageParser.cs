using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Conversation;

/// <summary>
/// Turns a message into what the rep meant. Pure: no data access, no clock of its own.
/// </summary>
public interface IMessageParser
{
    /// <param name="text">The message as typed (a leading @mention of the bot may still be there).</param>
    /// <param name="now">The message time in the member's team time zone: "today", "yesterday", "on Friday" are read against it.</param>
    ParsedCommand Parse(string text, DateTime now);

    /// <summary>Parses with the team's own names and the sender's language (see <see cref="ParseContext"/>).</summary>
    /// <remarks>Parsers that know no lexicon (test doubles) fall back to <see cref="Parse(string, DateTime)"/>.</remarks>
    ParsedCommand Parse(string text, DateTime now, ParseContext context) => Parse(text, now);
}
