using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Host.Tests.Cli;

/// <summary>
/// Stands in for the real parser in verb tests: each exact text maps to what the parser contract promises
/// for it, so these tests check the verbs and the engine, not the grammar. Anything else is Unknown.
/// </summary>
internal sealed class ScriptedParser(Dictionary<string, ParsedCommand> texts) : IMessageParser
{
    public ParsedCommand Parse(string text, DateTime now) =>
        texts.TryGetValue(text.Trim(), out var command) ? command : new ParsedCommand(Intent.Unknown, 0.1);
}

/// <summary>A fixed clock for the verbs.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
