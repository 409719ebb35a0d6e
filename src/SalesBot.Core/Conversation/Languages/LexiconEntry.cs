namespace SalesBot.Core.Conversation.Languages;

/// <summary>A name the team knows, keyed by the stems of its words so every case of it matches.</summary>
/// <param name="Name">The name as stored (the member, contact, account or deal).</param>
/// <param name="Account">A contact's or deal's account.</param>
internal sealed record LexiconEntry(string[] Stems, LexiconKind Kind, string Name, string? Account);
