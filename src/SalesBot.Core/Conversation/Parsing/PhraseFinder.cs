using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace SalesBot.Core.Conversation.Parsing;

/// <summary>
/// Finds the first of a list of whole-word phrases in a text, exactly as the regex <c>Phrases.Words(list)</c> would
/// (case ignored, a space in a phrase matching any run of whitespace, the longest phrase at the leftmost word), but
/// by looking each word of the text up in a table keyed by the phrases' first words. A regex alternation of hundreds
/// of phrases tries itself at nearly every letter of a message; this costs one lookup per word. A list with a phrase
/// that ends with a symbol ("todo:") reads an apostrophe as no boundary, as that regex does; a list with a phrase that
/// starts with one ("->", "/tips") is left to the regex.
/// </summary>
internal sealed class PhraseFinder
{
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;
    private readonly Regex? _regex;
    private readonly bool _apostrophes;

    // A word is looked up only when a phrase opens with a word of its length and (ASCII) first letter: most words of a
    // message open none, and this test costs less than hashing the word. One mask of lengths per first character.
    private readonly ulong[] _lengthsByStart = new ulong[37];

    public PhraseFinder(IEnumerable<string> phrases)
    {
        var list = phrases.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(p => p.Length).ToList();
        var byFirst = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        _lengthsByStart[Start('\u0131')] = ulong.MaxValue; // any other first character is always looked up ("ı" folds to "I")
        // A list with a phrase that ends in a sign ("todo:") is the regex (?<![\w'])(?:...)(?![\w']): read the same way,
        // with an apostrophe as no boundary. Only a phrase that opens with a sign needs the regex itself.
        _apostrophes = !list.TrueForAll(p => p.Length > 0 && IsWordChar(p[0]) && IsWordChar(p[^1]));
        if (!list.TrueForAll(p => p.Length > 0 && IsWordChar(p[0])))
        {
            _regex = Phrases.Build(Phrases.Words(list));
        }
        else
        {
            foreach (var group in list.GroupBy(p => p[..WordEnd(p, 0)], StringComparer.OrdinalIgnoreCase))
            {
                byFirst[group.Key] = group.ToArray();
                _lengthsByStart[Start(group.Key[0])] |= LengthBit(group.Key.Length);
            }
        }

        _byFirstWord = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool IsMatch(string text) => Match(text).Success;

    /// <summary>
    /// Whether the text's first word could open one of the phrases: the cheap test before a regex of the shape
    /// <c>^(?:Words(list))...</c>, which can match only then. Always true for a list left to the regex.
    /// </summary>
    public bool Opens(string text)
    {
        if (_regex is not null)
        {
            return true;
        }

        if (text.Length == 0 || !IsWordChar(text[0]))
        {
            return false;
        }

        var end = WordEnd(text, 0);
        return MayOpen(text[0], end) && _byFirstWord.ContainsKey(text.AsSpan(0, end));
    }

    /// <summary>Whether one of the phrases opens the text, as the regex <c>^(?:Words(list))</c> would say.</summary>
    public bool StartsText(string text)
    {
        if (_regex is not null)
        {
            var m = _regex.Match(text);
            return m.Success && m.Index == 0;
        }

        if (text.Length == 0 || !IsWordChar(text[0]))
        {
            return false;
        }

        var end = WordEnd(text, 0);
        if (!MayOpen(text[0], end) || !_byFirstWord.TryGetValue(text.AsSpan(0, end), out var candidates))
        {
            return false;
        }

        foreach (var phrase in candidates)
        {
            if (MatchAt(text, 0, phrase, _apostrophes) > 0)
            {
                return true;
            }
        }

        return false;
    }

    public PhraseMatch Match(string text) => Match(text, 0);

    /// <summary>The first phrase at or after <paramref name="start"/> (the word before it still counts as a boundary, as in a regex).</summary>
    public PhraseMatch Match(string text, int start)
    {
        if (_regex is not null)
        {
            var m = _regex.Match(text, start);
            return m.Success ? new PhraseMatch(text, m.Index, m.Length, this) : default;
        }

        // The rules ask many finders about the same text in a row: its words are found once and kept per thread.
        var words = t_words ??= new WordSpans();
        words.Read(text);
        for (var w = 0; w < words.Count; w++)
        {
            var i = words.Starts[w];
            var end = words.Ends[w];
            if (i < start)
            {
                continue;
            }

            if (MayOpen(text[i], end - i) && (!_apostrophes || i == 0 || text[i - 1] != '\'') && _byFirstWord.TryGetValue(text.AsSpan(i, end - i), out var candidates))
            {
                foreach (var phrase in candidates)
                {
                    var length = MatchAt(text, i, phrase, _apostrophes);
                    if (length > 0)
                    {
                        return new PhraseMatch(text, i, length, this);
                    }
                }
            }
        }

        return default;
    }

    /// <summary>Every phrase replaced, left to right, as <see cref="Regex.Replace(string, string)"/> would.</summary>
    public string Replace(string text, string replacement)
    {
        var m = Match(text);
        if (!m.Success)
        {
            return text;
        }

        var sb = new System.Text.StringBuilder(text.Length);
        var at = 0;
        for (; m.Success; m = m.NextMatch())
        {
            sb.Append(text, at, m.Index - at).Append(replacement);
            at = m.Index + m.Length;
        }

        return sb.Append(text, at, text.Length - at).ToString();
    }

    [ThreadStatic]
    private static WordSpans? t_words;

    /// <summary>Where the words (runs of word characters) of the last text read on this thread start and end.</summary>
    private sealed class WordSpans
    {
        private string? _text;

        public int[] Starts { get; private set; } = new int[32];

        public int[] Ends { get; private set; } = new int[32];

        public int Count { get; private set; }

        public void Read(string text)
        {
            if (ReferenceEquals(_text, text) || string.Equals(_text, text, StringComparison.Ordinal))
            {
                _text = text;
                return;
            }

            _text = text;
            Count = 0;
            var i = 0;
            while (i < text.Length)
            {
                if (!IsWordChar(text[i]))
                {
                    i++;
                    continue;
                }

                var end = WordEnd(text, i);
                if (Count == Starts.Length)
                {
                    Starts = [.. Starts, .. new int[Starts.Length]];
                    Ends = [.. Ends, .. new int[Ends.Length]];
                }

                Starts[Count] = i;
                Ends[Count] = end;
                Count++;
                i = end;
            }
        }
    }

    private bool MayOpen(char first, int length) => (_lengthsByStart[Start(first)] & LengthBit(length)) != 0;

    /// <summary>Lengths of 63 and more share the last bit.</summary>
    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>A letter's slot, the same for both cases; every other character shares the last (always looked up).</summary>
    private static int Start(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= 'A' and <= 'Z' => c - 'A',
        >= '0' and <= '9' => 26 + c - '0',
        _ => 36,
    };

    /// <summary>The length of text the phrase covers at <paramref name="at"/>, or 0.</summary>
    private static int MatchAt(string text, int at, string phrase, bool apostrophes)
    {
        var t = at;
        for (var p = 0; p < phrase.Length; p++)
        {
            if (phrase[p] == ' ')
            {
                if (t >= text.Length || !char.IsWhiteSpace(text[t]))
                {
                    return 0;
                }

                while (t < text.Length && char.IsWhiteSpace(text[t]))
                {
                    t++;
                }

                continue;
            }

            if (t >= text.Length || (text[t] != phrase[p] && char.ToLowerInvariant(text[t]) != char.ToLowerInvariant(phrase[p])))
            {
                return 0;
            }

            t++;
        }

        return t < text.Length && (IsWordChar(text[t]) || (apostrophes && text[t] == '\'')) ? 0 : t - at;
    }

    /// <summary>The phrase's first word, as <see cref="Opens"/> reads a text's; empty when it starts with a sign.</summary>
    public static string FirstWord(string phrase) => phrase[..WordEnd(phrase, 0)];

    private static int WordEnd(string s, int i)
    {
        while (i < s.Length && IsWordChar(s[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The regex class \w: letters, digits, connectors and non-spacing marks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) || c == '_' : IsOtherWordChar(c);

    private static bool IsOtherWordChar(char c) => char.IsLetterOrDigit(c) || c is '\u200C' or '\u200D'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation;
}

/// <summary>A phrase found by <see cref="PhraseFinder"/>; <c>default</c> when none was.</summary>
internal readonly record struct PhraseMatch(string Text, int Index, int Length, PhraseFinder? Finder)
{
    public bool Success => Finder is not null;

    public string Value => Success ? Text.Substring(Index, Length) : string.Empty;

    public PhraseMatch NextMatch() => Finder is null ? default : Finder.Match(Text, Index + Math.Max(Length, 1));
}
