namespace SalesBot.Core.Conversation.Languages;

/// <summary>One message as the grammar holds it: the NFC text, its tokens and tags, the pack and the team's names.</summary>
internal sealed record Message(string Text, List<Token> Tokens, List<Piece> Pieces, LanguagePack Pack, LexiconIndex? Lexicon, DateOnly Today, IReadOnlyList<string> Emails);
