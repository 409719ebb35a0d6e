namespace SalesBot.Core.Conversation.Languages;

/// <summary>A name found in a clause: its pieces, the case its connector asks for, and the lexicon entries it matched.</summary>
/// <param name="Lowercase">An unknown lowercase word taken as a name because of where it stands: worth a question.</param>
internal sealed record NameSpan(int FirstPiece, int LastPiece, NameCase Cases, IReadOnlyList<LexiconEntry> Known, bool Lowercase);
