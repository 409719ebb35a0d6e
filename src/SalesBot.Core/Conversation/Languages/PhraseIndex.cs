namespace SalesBot.Core.Conversation.Languages;

/// <summary>
/// A pack's phrases by their first folded token, longest first, and its first names and not-names by stem:
/// built once per pack, read by every message.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly Dictionary<string, Entry[]> _byFirst;
    private readonly Dictionary<string, string> _firstNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _notNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);

    internal sealed record Entry(string[] Keys, PackWord[] Words);

    public PhraseIndex(LanguagePack pack)
    {
        var grouped = new Dictionary<string, (string[] Keys, List<PackWord> Words)>(StringComparer.Ordinal);
        foreach (var phrase in pack.Words)
        {
            var keys = Tokenizer.Tokenize(phrase.Text).Select(t => t.Key).ToArray();
            if (keys.Length == 0)
            {
                continue;
            }

            var id = string.Join(' ', keys);
            if (!grouped.TryGetValue(id, out var entry))
            {
                entry = (keys, []);
                grouped[id] = entry;
            }

            if (!entry.Words.Contains(phrase.Word))
            {
                entry.Words.Add(phrase.Word);
            }

            foreach (var key in keys)
            {
                _words.Add(key);
            }

            if (phrase.Word.Kind == TagKind.NotName && keys.Length == 1)
            {
                _notNames.Add(pack.StemKey(keys[0]));
            }
        }

        _byFirst = grouped.Values
            .GroupBy(e => e.Keys[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Keys.Length).Select(e => new Entry(e.Keys, [.. e.Words])).ToArray(), StringComparer.Ordinal);

        foreach (var name in pack.FirstNames)
        {
            _firstNames.TryAdd(pack.StemKey(WordFolder.Fold(name)), name);
        }
    }

    /// <summary>The longest phrase starting at token <paramref name="at"/>, or null.</summary>
    public Entry? Longest(List<Token> tokens, int at)
    {
        if (!_byFirst.TryGetValue(tokens[at].Key, out var entries))
        {
            return null;
        }

        foreach (var entry in entries)
        {
            if (at + entry.Keys.Length > tokens.Count)
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k < entry.Keys.Length; k++)
            {
                if (!string.Equals(tokens[at + k].Key, entry.Keys[k], StringComparison.Ordinal))
                {
                    ok = false;
                    break;
                }
            }

            if (ok)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The first name whose stem this is ("mark" is "Marek"), or null.</summary>
    public string? FirstName(string stem) => _firstNames.GetValueOrDefault(stem);

    public bool IsNotName(string stem) => _notNames.Contains(stem);

    /// <summary>The folded word appears in some phrase of the pack: evidence of the language.</summary>
    public bool Knows(string key) => _words.Contains(key);
}
