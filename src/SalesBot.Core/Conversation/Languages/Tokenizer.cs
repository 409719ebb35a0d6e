namespace SalesBot.Core.Conversation.Languages;

/// <summary>
/// Splits a message into words, numbers, currency signs and punctuation, each with its span. Emoji, quotes
/// and other symbols separate tokens and are dropped. A word may hold inner hyphens and apostrophes
/// ("e-mail", "stand-up", "по-русски"); a number inner separators ("1,2", "15.12", "10:30").
/// </summary>
public static class Tokenizer
{
    private const string Structure = ".,;:!?()-–—/+\n";

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(16);
        var i = 0;
        var space = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                var start = i;
                var cyrillic = c is >= '\u0400' and <= '\u04FF';
                i++;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d) || char.GetUnicodeCategory(d) == System.Globalization.UnicodeCategory.NonSpacingMark)
                    {
                        i++;
                    }
                    else if (d is '-' or '\'' or '’' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                tokens.Add(new Token(TokenKind.Word, start, i - start, WordFolder.Fold(text.AsSpan(start, i - start)), char.IsUpper(c), cyrillic, space));
                space = false;
                continue;
            }

            if (char.IsDigit(c) && CyrillicName(text, i) is var nameEnd and > 0)
            {
                // "2ГИС", "1С": digits written onto a Cyrillic capital are a name, not a number and a word.
                tokens.Add(new Token(TokenKind.Word, i, nameEnd - i, WordFolder.Fold(text.AsSpan(i, nameEnd - i)), true, true, space));
                i = nameEnd;
                space = false;
                continue;
            }

            if (char.IsDigit(c))
            {
                var start = i;
                i++;
                while (i < text.Length)
                {
                    if (char.IsDigit(text[i]))
                    {
                        i++;
                    }
                    else if (text[i] is ',' or '.' or ':' && i + 1 < text.Length && char.IsDigit(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                tokens.Add(new Token(TokenKind.Number, start, i - start, text.Substring(start, i - start), false, false, space));
                space = false;
                continue;
            }

            if (c is '$' or '€' or '£' or '₽' or '¥')
            {
                tokens.Add(new Token(TokenKind.Symbol, i, 1, c.ToString(), false, false, space));
                i++;
                space = false;
                continue;
            }

            if (c == '-' && i + 1 < text.Length && text[i + 1] == '>')
            {
                tokens.Add(new Token(TokenKind.Punct, i, 2, "->", false, false, space));
                i += 2;
                space = false;
                continue;
            }

            if (c is '→' or '⇒' or '➡')
            {
                tokens.Add(new Token(TokenKind.Punct, i, 1, "->", false, false, space));
                i++;
                space = false;
                continue;
            }

            if (Structure.Contains(c))
            {
                var key = c is '–' or '—' ? "-" : c.ToString();
                tokens.Add(new Token(TokenKind.Punct, i, 1, key, false, false, space));
                i++;
                space = false;
                continue;
            }

            // Whitespace, emoji, quotes and other symbols only separate.
            space = true;
            i += char.IsSurrogatePair(text, i) ? 2 : 1;
        }

        return tokens;
    }

    /// <summary>The end of a name made of digits and a Cyrillic capital ("2ГИС", "1С"), or 0.</summary>
    private static int CyrillicName(string text, int i)
    {
        if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
        {
            return 0;
        }

        var k = i;
        while (k < text.Length && char.IsDigit(text[k]))
        {
            k++;
        }

        if (k == text.Length || text[k] is not (>= '\u0410' and <= '\u042F') || k - i > 2)
        {
            return 0;
        }

        while (k < text.Length && (char.IsLetterOrDigit(text[k]) || (text[k] == '-' && k + 1 < text.Length && char.IsLetterOrDigit(text[k + 1]))))
        {
            k++;
        }

        return k;
    }
}
