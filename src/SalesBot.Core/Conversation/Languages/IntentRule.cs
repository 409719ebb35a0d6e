using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Conversation.Languages;

/// <summary>
/// One row of the intent table: when a clause's tags look like this, read it this way. A reader may decline (null)
/// and the next row is tried; a guard row's null ends the search: the clause means nothing to write.
/// </summary>
internal sealed record IntentRule(string Name, Func<Clause, bool> When, Func<Clause, ParsedCommand?> Read, bool Guard = false);
