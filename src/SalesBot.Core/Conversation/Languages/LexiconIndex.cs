using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Conversation.Languages;

/// <summary>
/// A team's lexicon as one language reads it: every name and alias by the stem key of its first word, longest
/// first, so "z Janem Kowalskim" finds contact "Jan Kowalski" and "Orlenem" account "Orlen". Built once per
/// lexicon and pack (the engine keeps a lexicon per team).
/// </summary>
internal sealed class LexiconIndex
{
    private readonly Dictionary<string, LexiconEntry[]> _byFirst;

    public LexiconIndex(Lexicon lexicon, LanguagePack pack)
    {
        var entries = new List<LexiconEntry>();
        void Add(string name, LexiconKind kind, string canonical, string? account)
        {
            var stems = Tokenizer.Tokenize(WordFolder.Compose(name)).Where(t => t.Kind != TokenKind.Punct).Select(t => pack.StemKey(t.Key)).ToArray();
            if (stems.Length > 0)
            {
                entries.Add(new LexiconEntry(stems, kind, canonical, account));
            }
        }

        // Members first: a member named in a message is a colleague, never a company.
        foreach (var m in lexicon.Members)
        {
            Add(m.Name, LexiconKind.Member, m.Name, null);
            foreach (var alias in m.Aliases)
            {
                Add(alias, LexiconKind.Member, m.Name, null);
            }
        }

        foreach (var c in lexicon.Contacts)
        {
            Add(c.Name, LexiconKind.Contact, c.Name, c.Account);
        }

        foreach (var d in lexicon.Deals)
        {
            Add(d.Name, LexiconKind.Deal, d.Name, d.Account);
        }

        foreach (var a in lexicon.Accounts)
        {
            Add(a.Name, LexiconKind.Account, a.Name, null);
            foreach (var alias in a.Aliases)
            {
                Add(alias, LexiconKind.Account, a.Name, null);
            }
        }

        _byFirst = entries
            .GroupBy(e => e.Stems[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Stems.Length).ToArray(), StringComparer.Ordinal);
        IsEmpty = entries.Count == 0;
    }

    public bool IsEmpty { get; }

    /// <summary>The longest names starting at <paramref name="at"/> (several when two entries share the words).</summary>
    public List<LexiconEntry>? Longest(List<Token> tokens, string[] stems, int at)
    {
        if (!_byFirst.TryGetValue(stems[at], out var candidates))
        {
            return null;
        }

        List<LexiconEntry>? found = null;
        foreach (var entry in candidates)
        {
            if (found is not null && entry.Stems.Length < found[0].Stems.Length)
            {
                break;
            }

            if (at + entry.Stems.Length > tokens.Count)
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k < entry.Stems.Length; k++)
            {
                if (tokens[at + k].Kind == TokenKind.Punct || !string.Equals(stems[at + k], entry.Stems[k], StringComparison.Ordinal))
                {
                    ok = false;
                    break;
                }
            }

            if (ok)
            {
                (found ??= []).Add(entry);
            }
        }

        return found;
    }
}
