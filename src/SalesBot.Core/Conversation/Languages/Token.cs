namespace SalesBot.Core.Conversation.Languages;

/// <summary>One word, number, sign or punctuation mark of a message, with its span in the (NFC) text.</summary>
/// <param name="Key">The folded text, what packs and the lexicon are matched on.</param>
/// <param name="Upper">The first letter is a capital: a candidate name.</param>
/// <param name="Cyrillic">The word is written in Cyrillic letters.</param>
/// <param name="SpaceBefore">Whitespace (or nothing but separators) precedes it: "50k" has none between 50 and k.</param>
public readonly record struct Token(TokenKind Kind, int Start, int Length, string Key, bool Upper, bool Cyrillic, bool SpaceBefore)
{
    public int End => Start + Length;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsPunct(char c) => Kind == TokenKind.Punct && Key.Length == 1 && Key[0] == c;

    /// <summary>Every letter a capital ("ООО", "KPI", "IBM"): an acronym, never declined.</summary>
    public bool AllUpper(string text)
    {
        var letters = 0;
        for (var i = Start; i < End; i++)
        {
            if (char.IsLetter(text[i]))
            {
                if (!char.IsUpper(text[i]))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 1;
    }
}
