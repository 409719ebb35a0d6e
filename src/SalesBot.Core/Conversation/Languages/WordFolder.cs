using System.Text;

namespace SalesBot.Core.Conversation.Languages;

/// <summary>
/// Folds text for matching only: lowercase, Polish diacritics to plain letters, "ё" to "е". Every character
/// folds to exactly one character, so a folded string keeps the spans of the text it came from
/// ("bylam" finds "byłam", "fabrikam" finds "Fabrikam", and the name is still cut from the original).
/// </summary>
public static class WordFolder
{
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        var lower = char.ToLowerInvariant(c);
        return lower switch
        {
            'ą' => 'a',
            'ć' => 'c',
            'ę' => 'e',
            'ł' => 'l',
            'ń' => 'n',
            'ó' => 'o',
            'ś' => 's',
            'ź' or 'ż' => 'z',
            'ё' => 'е',
            '’' or '‘' or 'ʼ' => '\'',
            _ => lower,
        };
    }

    public static string Fold(ReadOnlySpan<char> text)
    {
        // Folded in place in the new string: no copy of the text first (this runs for every word of every message).
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Fold(source[i]);
            }
        });
    }

    /// <summary>The text folded into <paramref name="destination"/>, which is as long as the text.</summary>
    public static ReadOnlySpan<char> Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        for (var i = 0; i < text.Length; i++)
        {
            destination[i] = Fold(text[i]);
        }

        return destination;
    }

    /// <summary>Unicode NFC, so that a letter typed as base + combining mark is one character as the packs write it.</summary>
    public static string Compose(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
}
