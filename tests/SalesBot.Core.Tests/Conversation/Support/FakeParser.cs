using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Tests.Conversation.Support;

/// <summary>
/// A deterministic stand-in for the real parser: the exact texts a test uses map to the commands the
/// parser contract promises for them, so engine tests do not depend on the parser's progress.
/// Anything else parses as Unknown, except a join code, which the real parser reads.
/// </summary>
public sealed class FakeParser : IMessageParser
{
    private readonly Dictionary<string, Func<DateTime, ParsedCommand>> _texts = new(StringComparer.OrdinalIgnoreCase);

    public List<(string Text, DateTime Now)> Calls { get; } = [];

    /// <summary>The context each parse got, and the thread it ran on (a parse before queueing runs on the caller's).</summary>
    public List<(string Text, ParseContext Context, int Thread)> Contexts { get; } = [];

    public FakeParser Add(string text, ParsedCommand command)
    {
        _texts[text] = _ => command;
        return this;
    }

    public FakeParser Add(string text, Func<DateTime, ParsedCommand> command)
    {
        _texts[text] = command;
        return this;
    }

    public ParsedCommand Parse(string text, DateTime now, ParseContext context)
    {
        lock (Calls)
        {
            Contexts.Add((text, context, Environment.CurrentManagedThreadId));
        }

        return Parse(text, now);
    }

    public ParsedCommand Parse(string text, DateTime now)
    {
        lock (Calls)
        {
            Calls.Add((text, now));
        }

        if (_texts.TryGetValue(text.Trim(), out var make))
        {
            return make(now);
        }

        // Strangers are parsed like everyone: a join code reads as the real parser reads it ("/join K7P2QXM4RB").
        var real = MessageParser.English.Parse(text, now);
        return real.Intent == Intent.Join ? real : new ParsedCommand(Intent.Unknown, 0.1);
    }
}
