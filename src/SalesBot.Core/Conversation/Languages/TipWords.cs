namespace SalesBot.Core.Conversation.Languages;

/// <summary>
/// A language's words for tips: the heads that open one ("tip", "porada", "совет", always followed by a colon or a
/// dash, so "tip of the iceberg" is no tip) and the whole messages that ask for the team's best ("best tips").
/// </summary>
public sealed record TipWords(string Code, IReadOnlyList<string> Heads, IReadOnlyList<string> BestTips);
