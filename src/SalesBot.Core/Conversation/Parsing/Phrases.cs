using System.Text;
using System.Text.RegularExpressions;

namespace SalesBot.Core.Conversation.Parsing;

/// <summary>Turns vocabulary lists into regex alternations and trims words off the ends of names.</summary>
internal static class Phrases
{
    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // No match timeout: the first match of a compiled regex includes its JIT time, which on a busy machine
    // could trip a timeout and misread a message. Patterns are kept free of nested unbounded repeats instead,
    // and messages are capped at MessageParser.MaxLength.
    public static Regex Build(string pattern) => new(pattern, Options);

    /// <summary>Finds the phrases as whole words, as <c>Build(Words(phrases))</c> would, without a regex scan.</summary>
    public static PhraseFinder Find(IEnumerable<string> phrases) => new(phrases);

    /// <summary>A pattern anchored at the start that can match only when the text opens with one of <paramref name="openers"/>' first words.</summary>
    public static OpeningRegex Opening(IEnumerable<string> openers, Func<string, bool>? alsoWhen = null, string pattern = "") =>
        new(Build(pattern), OpeningGate(openers), alsoWhen);

    /// <summary>
    /// The openers' first words: a text the pattern matches opens with one of them, since the character after an
    /// opener's first word is a space or a sign in the opener ("todo:", "don't") and a non-word one after the whole
    /// opener. So a list with such signs gates by its first words too, not only by the regex. A list with an opener that
    /// starts with a sign ("/help") is left open.
    /// </summary>
    private static PhraseFinder OpeningGate(IEnumerable<string> openers)
    {
        var list = openers.ToList();
        return list.TrueForAll(p => PhraseFinder.FirstWord(p).Length > 0) ? Find(list.Select(PhraseFinder.FirstWord)) : Find(list);
    }

    /// <summary>A pattern that can match only where one of <paramref name="required"/> stands as a whole word inside its match.</summary>
    public static ContainingRegex Containing(IEnumerable<string> required, string pattern) => new(Build(pattern), Gate(required));

    /// <summary>
    /// A word test that holds wherever one of the phrases does: the phrases without the signs they open or end with
    /// ("new deal" of "new deal:", "vs" of "vs."), whose words a sign or a space always bounds in the text, so the
    /// test never needs a regex of its own. Null (always holds) when a phrase is nothing but signs.
    /// </summary>
    public static PhraseFinder? Gate(IEnumerable<string> phrases)
    {
        var words = phrases.Select(p => p.AsSpan().Trim(" \t\n").ToString()).Select(TrimSigns).ToList();
        return words.TrueForAll(w => w.Length > 0) ? Find(words) : null;
    }

    private static string TrimSigns(string phrase)
    {
        var (start, end) = (0, phrase.Length);
        while (start < end && !IsWordChar(phrase[start]))
        {
            start++;
        }

        while (end > start && !IsWordChar(phrase[end - 1]))
        {
            end--;
        }

        return phrase[start..end];
    }

    /// <summary>An alternation of the phrases, longest first so "closed won" beats "won".</summary>
    public static string Alt(IEnumerable<string> phrases)
    {
        var list = phrases.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(p => p.Length).ToList();
        var sb = new StringBuilder();
        foreach (var phrase in list)
        {
            if (sb.Length > 0)
            {
                sb.Append('|');
            }

            sb.Append(Regex.Escape(phrase).Replace("\\ ", "\\s+", StringComparison.Ordinal));
        }

        return sb.ToString();
    }

    /// <summary>An alternation of the phrases in the order given (the pack lists them as the rule prefers).</summary>
    public static string Join(IEnumerable<string> phrases) =>
        string.Join('|', phrases.Select(p => Regex.Escape(p).Replace("\\ ", "\\s+", StringComparison.Ordinal)));

    /// <summary><paramref name="name"/> without a leading article ("the Acme deal" is "Acme deal").</summary>
    public static string TrimArticle(string name, IReadOnlyList<string> articles)
    {
        foreach (var article in articles)
        {
            if (name.Length > article.Length && name.StartsWith(article, StringComparison.OrdinalIgnoreCase) && name[article.Length] == ' ')
            {
                return name[(article.Length + 1)..];
            }
        }

        return name;
    }

    /// <summary>The phrases as a whole-word group: not preceded or followed by a letter or digit.</summary>
    public static string Words(IEnumerable<string> phrases)
    {
        var list = phrases.ToList();
        // \b lets the regex engine search for the phrases' first letters; lookarounds are only needed for phrases that start or end with a symbol.
        var plain = list.TrueForAll(p => p.Length > 0 && IsWordChar(p[0]) && IsWordChar(p[^1]));
        return plain ? $@"\b(?:{Alt(list)})\b" : $"(?<![\\w'])(?:{Alt(list)})(?![\\w'])";
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    public static HashSet<string> Set(IEnumerable<string> words) => new(words, StringComparer.OrdinalIgnoreCase);

    /// <summary>A matched phrase with its whitespace collapsed, for dictionary lookups.</summary>
    public static string Key(string matched) => CollapseSpaces(matched).ToLowerInvariant();

    public static string CollapseSpaces(string s)
    {
        var needs = false;
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsWhiteSpace(s[i]) && (s[i] != ' ' || (i + 1 < s.Length && char.IsWhiteSpace(s[i + 1]))))
            {
                needs = true;
                break;
            }
        }

        if (!needs)
        {
            return s.Trim();
        }

        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Removes a matched span and closes the gap.</summary>
    public static string Cut(string s, int index, int length) =>
        CollapseSpaces(string.Concat(s.AsSpan(0, index), " ", s.AsSpan(index + length)));

    private const string EdgePunctuation = " \t\n,;:.!?-–—\"'()[]{}<>*•#=/\\|~";

    /// <summary>Trims spaces, punctuation and quotes from both ends, keeping a trailing closing bracket pair intact.</summary>
    public static string Clean(string s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && EdgePunctuation.Contains(s[start], StringComparison.Ordinal))
        {
            start++;
        }

        while (end > start && EdgePunctuation.Contains(s[end - 1], StringComparison.Ordinal))
        {
            end--;
        }

        return CollapseSpaces(s[start..end]);
    }

    /// <summary>Drops words in <paramref name="leading"/> from the start and <paramref name="trailing"/> from the end (matched ignoring punctuation).</summary>
    public static string TrimWords(string s, HashSet<string> leading, HashSet<string> trailing)
    {
        s = Clean(s);
        var changed = true;
        while (changed && s.Length > 0)
        {
            changed = false;
            var space = s.IndexOf(' ', StringComparison.Ordinal);
            var first = space < 0 ? s : s[..space];
            if (leading.Contains(first) || leading.Contains(Clean(first)) || (first.Length > 0 && Clean(first).Length == 0))
            {
                s = space < 0 ? string.Empty : Clean(s[(space + 1)..]);
                changed = true;
                continue;
            }

            var last = s.LastIndexOf(' ');
            var lastWord = last < 0 ? s : s[(last + 1)..];
            if (trailing.Contains(lastWord) || trailing.Contains(Clean(lastWord)) || Clean(lastWord).Length == 0)
            {
                s = last < 0 ? string.Empty : Clean(s[..last]);
                changed = true;
                continue;
            }

            // Two-word fillers such as "close date" or "deal size".
            var prev = last > 0 ? s.LastIndexOf(' ', last - 1) : -1;
            if (last > 0 && trailing.Contains(Clean(s[(prev + 1)..])))
            {
                s = prev < 0 ? string.Empty : Clean(s[..prev]);
                changed = true;
            }
        }

        return s;
    }

    public static bool HasUpperOrDigit(string s)
    {
        foreach (var c in s)
        {
            if (char.IsUpper(c) || char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A deal or account name starts with a letter or digit and holds no markup or operator characters.</summary>
    public static bool LooksLikeName(string s) =>
        s.Length > 0 && char.IsLetterOrDigit(s[0]) && s.AsSpan().IndexOfAny("<>=%{}|\\;`") < 0;

    public static bool HasUpper(string s)
    {
        foreach (var c in s)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last space-separated word, as written ("postponed to" → "to").</summary>
    public static string LastWord(string s) => s[(s.LastIndexOf(' ') + 1)..];

    public static string FirstWord(string s)
    {
        var space = s.IndexOf(' ', StringComparison.Ordinal);
        return Clean(space < 0 ? s : s[..space]);
    }

    public static int WordCount(string s)
    {
        if (s.Length == 0)
        {
            return 0;
        }

        var n = 1;
        foreach (var c in s)
        {
            if (c == ' ')
            {
                n++;
            }
        }

        return n;
    }
}
