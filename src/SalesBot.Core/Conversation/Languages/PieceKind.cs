namespace SalesBot.Core.Conversation.Languages;

internal enum PieceKind
{
    /// <summary>A pack phrase: one or more tokens with their meanings.</summary>
    Word,
    /// <summary>A word the pack does not know: part of a name, a title or notes.</summary>
    Free,
    /// <summary>A name the team's lexicon knows.</summary>
    Known,
    Number,
    Punct,
    Symbol,
    Date,
    Amount,
    Time,
}
