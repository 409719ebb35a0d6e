using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Conversation.Languages;

/// <summary>One row of the intent table: when a clause's tags look like this, read it this way (null: not after all).</summary>
internal sealed record IntentRule(string Name, Func<Clause, bool> When, Func<Clause, ParsedCommand?> Read);
