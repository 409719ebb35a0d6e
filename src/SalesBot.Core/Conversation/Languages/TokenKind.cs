namespace SalesBot.Core.Conversation.Languages;

public enum TokenKind
{
    Word,
    Number,
    /// <summary>A currency sign ("€", "₽", "$").</summary>
    Symbol,
    /// <summary>Punctuation that structures a message (". , ; : ! ? ( ) - ->" and line breaks).</summary>
    Punct,
}
