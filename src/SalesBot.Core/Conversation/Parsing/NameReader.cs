namespace SalesBot.Core.Conversation.Parsing;

/// <summary>
/// Reads a person's or company's name from the front of a phrase. A capitalised name runs while words
/// are capitalised (joiners such as "of" and "&amp;" may sit inside); a lowercase name, as typed on a phone,
/// runs until a stop word and at most four words. Pronouns and determiners are never names.
/// </summary>
internal sealed class NameReader
{
    private readonly HashSet<string> _notNames;
    private readonly HashSet<string> _stopWords;
    private readonly HashSet<string> _stopPairs;
    private readonly HashSet<string> _stopPairFirsts;
    private readonly HashSet<string> _joiners;
    private readonly HashSet<string> _counts;
    private readonly HashSet<string> _measures;
    private readonly HashSet<string> _articles;
    private readonly string[] _possessives;
    private readonly string[] _pastEndings;
    private readonly HashSet<string> _pastFormNames;

    public NameReader(Vocabulary v)
    {
        _counts = Phrases.Set(v.CountWords);
        _measures = Phrases.Set(v.MeasureWords.Concat(v.CountWords));
        _notNames = Phrases.Set(v.NotNames);
        _stopWords = Phrases.Set(v.NameStopWords);
        _stopPairs = Phrases.Set(v.NameStopPairs);
        _stopPairFirsts = Phrases.Set(v.NameStopPairs.Select(p => p.Split(' ')[0]));
        _joiners = Phrases.Set(v.NameJoiners);
        _articles = Phrases.Set(v.DefiniteArticles);
        _possessives = [.. v.PossessiveSuffixes];
        _pastEndings = [.. v.PastEndings];
        _pastFormNames = Phrases.Set(v.PastFormNameWords);
    }

    public bool IsNotName(string word) => _notNames.Contains(Phrases.Clean(word));

    /// <summary>The name at the front of <paramref name="phrase"/>, or null; <paramref name="rest"/> is what follows it.</summary>
    public string? Read(string phrase, out string rest)
    {
        rest = string.Empty;
        var words = Phrases.Clean(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        var start = 0;
        if (words.Length > 1 && _articles.Contains(words[0]) && StartsUpper(words[1]))
        {
            start = 1;
        }

        if (_notNames.Contains(Phrases.Clean(words[start])))
        {
            rest = string.Join(' ', words, start, words.Length - start);
            return null;
        }

        var end = start;
        if (StartsUpper(words[start]))
        {
            while (end < words.Length)
            {
                var w = words[end];
                var capital = StartsUpper(w);
                var joiner = _joiners.Contains(w) && end + 1 < words.Length && StartsUpper(words[end + 1]) && end > start;
                if (!capital && !joiner)
                {
                    break;
                }

                // "called Initech 3 times": a count is no part of the name.
                if (end > start && char.IsDigit(w[0]) && end + 1 < words.Length && _counts.Contains(Phrases.Clean(words[end + 1])))
                {
                    break;
                }

                end++;
                if (EndsClause(w))
                {
                    break;
                }
            }
        }
        else
        {
            while (end < words.Length && end - start < 4 && !_stopWords.Contains(Phrases.Clean(words[end])) && !EndsLowercaseName(words, end, start) && !StopPair(words, end, start))
            {
                end++;
                // "marlow print's buyer retires": the possessor is the name, what it owns is not.
                if (EndsClause(words[end - 1]) || (end - 1 > start && IsPossessive(words[end - 1])))
                {
                    break;
                }
            }
        }

        if (end == start)
        {
            rest = string.Join(' ', words, start, words.Length - start);
            return null;
        }

        rest = string.Join(' ', words, end, words.Length - end);
        // "Umbrella's fiscal year": the possessive is not part of the name.
        var name = WithoutPossessive(Phrases.Clean(string.Join(' ', words, start, end - start)));

        return name.Length == 0 || IsNumber(name) ? null : name;
    }

    /// <summary>
    /// Where a lowercase name cannot go on: a measure ("harbourline 20 min", "pinewell 45mins") and an aside in
    /// brackets ("jess tolland (caddis outdoor)"). A bare number may end a name ("norwood 7").
    /// </summary>
    private bool EndsLowercaseName(string[] words, int at, int start)
    {
        var w = words[at];
        if (at == start || w.Length == 0)
        {
            return false;
        }

        if (w[0] == '(')
        {
            return true;
        }

        // "halsey rope works changed procurement head": a past verb after a name says what the company did.
        if (at + 1 < words.Length && w.Length > 4 && Array.Exists(_pastEndings, e => w.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && !_pastFormNames.Contains(Phrases.Clean(w)))
        {
            return true;
        }

        if (!char.IsDigit(w[0]))
        {
            return false;
        }

        var digits = 0;
        while (digits < w.Length && (char.IsDigit(w[digits]) || w[digits] is '.' or ','))
        {
            digits++;
        }

        return digits < w.Length
            ? _measures.Contains(Phrases.Clean(w[digits..]))
            : at + 1 < words.Length && _measures.Contains(Phrases.Clean(words[at + 1]));
    }

    /// <summary>"gareth from hollowmere first thing": two words that say when, never part of a lowercase name.</summary>
    private bool StopPair(string[] words, int at, int start) =>
        at > start && at + 1 < words.Length && _stopPairFirsts.Contains(words[at]) && _stopPairs.Contains(words[at] + " " + Phrases.Clean(words[at + 1]));

    /// <summary><paramref name="name"/> without a possessive ending ("Umbrella's" is "Umbrella").</summary>
    public string WithoutPossessive(string name) =>
        name.Length > 2 && Array.Find(_possessives, p => name.EndsWith(p, StringComparison.OrdinalIgnoreCase)) is { } possessive ? name[..^possessive.Length] : name;

    private bool IsPossessive(string word) => Array.Exists(_possessives, p => word.Length > p.Length + 1 && word.EndsWith(p, StringComparison.OrdinalIgnoreCase));

    private static bool IsNumber(string name)
    {
        foreach (var c in name)
        {
            if (!char.IsDigit(c) && c is not ' ' and not '.' and not ',' and not '-' and not '+' and not '(' and not ')' and not '/')
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsUpper(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                return char.IsUpper(c) || char.IsDigit(c);
            }
        }

        return false;
    }

    private static bool EndsClause(string word) => word.Length > 0 && word[^1] is ',' or ';' or ':' or '.' or '!' or '?' or ')';
}
