namespace SalesBot.Core.Conversation.Languages;

/// <summary>
/// A pack's phrases by their first folded token, longest first, and its first names and not-names by stem:
/// built once per pack, read by every message.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly Dictionary<string, Entry[]> _byFirst;
    private readonly Dictionary<string, string> _firstNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _firstNamesAsWritten = new(StringComparer.Ordinal);
    private readonly HashSet<string> _notNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string> _commonNouns = new(StringComparer.Ordinal);
    private readonly HashSet<string> _connectors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _neutral = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> _single = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _deletions = new(StringComparer.Ordinal);
    private readonly LanguagePack _pack;

    // The same sets, asked with spans (see Knows).
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wordsBy;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _neutralBy;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _connectorsBy;

    internal sealed record Entry(string[] Keys, PackWord[] Words);

    public PhraseIndex(LanguagePack pack)
    {
        _pack = pack;
        (_wordsBy, _neutralBy, _connectorsBy) = (_words.GetAlternateLookup<ReadOnlySpan<char>>(), _neutral.GetAlternateLookup<ReadOnlySpan<char>>(), _connectors.GetAlternateLookup<ReadOnlySpan<char>>());
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

            if (phrase.Word.Kind is TagKind.Currency or TagKind.Multiplier or TagKind.LegalForm && keys.Length == 1)
            {
                _neutral.Add(keys[0]);
            }

            if (phrase.Word.Kind == TagKind.Connector && keys.Length == 1)
            {
                _connectors.Add(keys[0]);
            }

            if (phrase.Word.Kind == TagKind.NotName && keys.Length == 1)
            {
                _notNames.Add(pack.StemKey(keys[0]));
            }
        }

        foreach (var noun in pack.CommonNouns)
        {
            foreach (var token in Tokenizer.Tokenize(noun))
            {
                _commonNouns.Add(pack.StemKey(token.Key));
            }
        }

        _byFirst = grouped.Values
            .GroupBy(e => e.Keys[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Keys.Length).Select(e => new Entry(e.Keys, [.. e.Words])).ToArray(), StringComparer.Ordinal);

        // Typos: one letter missing, extra, wrong or swapped in a pack word of six letters or more ("spotkanei").
        foreach (var entry in _byFirst.Values.SelectMany(e => e).Where(e => e.Keys.Length == 1))
        {
            var key = entry.Keys[0];
            _single[key] = entry;
            // A stage word is never guessed: "wybrali" is not "wygrali", and a wrong stage is a wrong write.
            if (key.Length < 6 || !key.All(char.IsLetter) || entry.Words.Any(w => w.Kind is TagKind.Stage or TagKind.Negation or TagKind.Cancelled))
            {
                continue;
            }

            for (var d = 0; d < key.Length; d++)
            {
                _deletions.TryAdd(key.Remove(d, 1), key);
            }
        }

        foreach (var name in pack.FirstNames)
        {
            var folded = WordFolder.Fold(name);
            _firstNamesAsWritten.TryAdd(folded, name);
            _firstNames.TryAdd(pack.StemKey(folded), name);
            // A fleeting e before the last consonant ("Paweł" - "Pawła", "Павел" - "Павлом"): the stem without it finds the cases.
            if (folded.Length >= 4 && folded[^2] == 'е' || folded.Length >= 4 && folded[^2] == 'e')
            {
                if (!pack.Vowels.Contains(folded[^3], StringComparison.Ordinal) && !pack.Vowels.Contains(folded[^1], StringComparison.Ordinal))
                {
                    _firstNames.TryAdd(folded[..^2] + folded[^1], name);
                }
                else if (folded.Length >= 5 && folded[^3] == 'i' && folded[^4] is 's' or 'c' or 'n' or 'z' && !pack.Vowels.Contains(folded[^1], StringComparison.Ordinal))
                {
                    // A soft consonant written "si" before the fleeting e ("Krzysiek" - "Krzyśkiem", "Franciszek" aside): the stem drops both.
                    _firstNames.TryAdd(folded[..^3] + folded[^1], name);
                }
            }
        }
    }

    /// <summary>Whether <paramref name="key"/>, a word by itself, carries a tag of <paramref name="kind"/>.</summary>
    public bool IsSingle(string key, TagKind kind)
    {
        if (!_byFirst.TryGetValue(key, out var entries))
        {
            return false;
        }

        foreach (var entry in entries)
        {
            if (entry.Keys.Length == 1 && Array.Exists(entry.Words, w => w.Kind == kind))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>The first name this folded word is a case of ("markowi" is "Marek", "anię" is "Ania"), or null.</summary>
    public string? FirstName(string folded)
    {
        // "Юля" and "Юлия" share a stem: a name written in its base form is that name, not the first one with its stem.
        if (_firstNamesAsWritten.TryGetValue(folded, out var name) || _firstNames.TryGetValue(_pack.StemKey(folded), out name) || _firstNames.TryGetValue(folded, out name))
        {
            return name;
        }

        foreach (var ending in _pack.StemEndings)
        {
            if (folded.Length - ending.Length >= 2 && folded.EndsWith(ending, StringComparison.Ordinal)
                && _firstNames.TryGetValue(folded[..^ending.Length], out name))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The one-word pack entry this lowercase word is a typo of (distance one), or null.</summary>
    public Entry? Typo(string key)
    {
        if (key.Length < 6)
        {
            return null;
        }

        // An edit in the last two letters is an ending, not a slip ("говорит" is not "говорил", "dzwoni" not "dzwonił"):
        // in a language that inflects, it changes what the word says.
        var stem = key.Length - 2;
        if (_deletions.TryGetValue(key, out var longer) && FirstDifference(key, longer) < stem)
        {
            return _single[longer];
        }

        for (var d = 0; d < stem; d++)
        {
            var shorter = key.Remove(d, 1);
            if (_single.TryGetValue(shorter, out var entry) && shorter.Length >= 6)
            {
                return entry;
            }

            if (_deletions.TryGetValue(shorter, out var same) && same.Length == key.Length && FirstDifference(key, same) < stem)
            {
                return _single[same];
            }
        }

        return null;
    }

    private static int FirstDifference(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return n;
    }

    public bool IsNotName(string stem) => _notNames.Contains(stem);

    /// <summary>A common noun of the pack by its stem ("banku" is "bank"): never a new name when written in lowercase.</summary>
    public bool IsCommonNoun(string stem) => _commonNouns.Contains(stem);

    /// <summary>The folded word appears in some phrase of the pack: evidence of the language.</summary>
    // Span lookups: the language detector asks about every word of every message, so a word costs no string.
    public bool Knows(ReadOnlySpan<char> key) => _wordsBy.Contains(key);

    /// <summary>The keys <see cref="Knows"/>, <see cref="IsNeutral"/> and <see cref="IsConnector"/> hold, for a table of all packs' words.</summary>
    internal IReadOnlyCollection<string> WordKeys => _words;

    internal IReadOnlyCollection<string> NeutralKeys => _neutral;

    internal IReadOnlyCollection<string> ConnectorKeys => _connectors;

    /// <summary>Money and legal forms ("zł", "тыс", "ООО") are written alike in any language's message: no evidence.</summary>
    public bool IsNeutral(ReadOnlySpan<char> key) => _neutralBy.Contains(key);

    /// <summary>A one-word connector ("do", "u", "z"): before a capitalised name it is evidence even when English spells it too.</summary>
    public bool IsConnector(ReadOnlySpan<char> key) => _connectorsBy.Contains(key);
}
