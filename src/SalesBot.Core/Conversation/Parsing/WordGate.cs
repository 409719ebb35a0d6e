namespace SalesBot.Core.Conversation.Parsing;

/// <summary>
/// A cheap first test before a rule's regexes run: does the message start (or end) with a word that
/// one of the rule's phrases starts (or ends) with? Lookups use spans, so a closed gate allocates nothing.
/// </summary>
internal sealed class WordGate
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    private WordGate(IEnumerable<string> words)
    {
        var set = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        _words = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordGate FirstWords(IEnumerable<string> phrases) => new(phrases.Select(p => First(p).ToString()).Where(w => w.Length > 0));

    public static WordGate LastWords(IEnumerable<string> phrases) => new(phrases.Select(p => Last(p).ToString()).Where(w => w.Length > 0));

    public bool OpensFirst(string text) => _words.Contains(First(text));

    /// <summary>
    /// The exact test before a whole-message pattern <c>^...(?:phrases)[\s!.?]*$</c>: the text's last word, after that
    /// tail, is the last word of one of the phrases (see <see cref="Tails"/>).
    /// </summary>
    public bool EndsLikeOne(string text)
    {
        var tail = Tail(text);
        return tail.IndexOfAnyExceptInRange('\0', '\x7f') >= 0 || _words.Contains(tail);
    }

    /// <summary>The last words of whole-message phrases, for <see cref="EndsLikeOne"/>; a text with a non-ASCII last word always passes.</summary>
    public static WordGate Tails(IEnumerable<string> phrases) => new(phrases.Select(p => Tail(p).ToString()));

    private static ReadOnlySpan<char> Tail(string text)
    {
        var span = text.AsSpan();
        var end = span.Length;
        while (end > 0 && (char.IsWhiteSpace(span[end - 1]) || span[end - 1] is '!' or '.' or '?'))
        {
            end--;
        }

        var start = end;
        while (start > 0 && IsWordChar(span[start - 1]))
        {
            start--;
        }

        return span[start..end];
    }

    public bool OpensLast(string text) => _words.Contains(Last(text));

    private static ReadOnlySpan<char> First(string text)
    {
        var span = text.AsSpan().TrimStart();
        var end = 0;
        while (end < span.Length && IsWordChar(span[end]))
        {
            end++;
        }

        return span[..end];
    }

    private static ReadOnlySpan<char> Last(string text)
    {
        var span = text.AsSpan().TrimEnd(" \t\n.!?:;,\"'".AsSpan());
        var start = span.Length;
        while (start > 0 && IsWordChar(span[start - 1]))
        {
            start--;
        }

        return span[start..];
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '-';
}
