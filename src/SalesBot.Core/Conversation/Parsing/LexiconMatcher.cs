using System.Runtime.CompilerServices;
using System.Text;

namespace SalesBot.Core.Conversation.Parsing;

/// <summary>What a lexicon name stands for.</summary>
internal enum LexiconKind { Deal, Account, Contact, Member }

/// <summary>One name the team uses: its words folded for matching and its canonical spelling.</summary>
internal sealed record LexiconEntry(LexiconKind Kind, string[] Words, string Canonical, string? Account, LexiconDeal? Deal, bool Alias);

/// <summary>A lexicon name found in a message: where it sits in the rewritten text and what it is.</summary>
internal readonly record struct LexiconHit(int Index, int Length, LexiconEntry Entry, string Text);

/// <summary>
/// Finds the team's names in a message whatever the case, with one typo allowed in words of five letters or
/// more, longest match first, and rewrites them in their canonical spelling so the grammar sees "Fabrikam"
/// where the rep typed "fabrikam" or "fabrikma". Built once per lexicon and cached.
/// </summary>
internal sealed class LexiconMatcher
{
    private static readonly ConditionalWeakTable<Lexicon, LexiconMatcher> Cache = new();

    private readonly Dictionary<string, List<LexiconEntry>> _byFirst = new(StringComparer.Ordinal);
    private readonly List<LexiconEntry> _fuzzy = [];
    private readonly HashSet<string> _common;

    private LexiconMatcher(Lexicon lexicon, HashSet<string> common)
    {
        _common = common;
        foreach (var deal in lexicon.Deals)
        {
            Add(new LexiconEntry(LexiconKind.Deal, Fold(deal.Name), deal.Name, deal.Account, deal, false));
        }

        foreach (var account in lexicon.Accounts)
        {
            Add(new LexiconEntry(LexiconKind.Account, Fold(account.Name), account.Name, account.Name, null, false));
            foreach (var alias in account.Aliases)
            {
                Add(new LexiconEntry(LexiconKind.Account, Fold(alias), alias, account.Name, null, true));
            }

            // "woodgrove" for "Woodgrove Bank": the first word of a longer name, when it is no everyday word.
            var words = Fold(account.Name);
            if (words.Length > 1 && words[0].Length >= 4 && !common.Contains(words[0]))
            {
                Add(new LexiconEntry(LexiconKind.Account, [words[0]], account.Name.Split(' ')[0], account.Name, null, true));
            }

            if (words.Length > 2)
            {
                // "wide world" for "Wide World Importers", when the first word alone is too plain to be a name.
                var two = account.Name.Split(' ');
                Add(new LexiconEntry(LexiconKind.Account, words[..2], two[0] + " " + two[1], account.Name, null, true));
            }
        }

        var members = new HashSet<string>(lexicon.Members.Select(m => Fold(m.Name)[0]), StringComparer.Ordinal);
        foreach (var contact in lexicon.Contacts)
        {
            var words = Fold(contact.Name);
            Add(new LexiconEntry(LexiconKind.Contact, words, contact.Name, contact.Account, null, false));
            if (words.Length > 1 && !members.Contains(words[0]) && !common.Contains(words[0]))
            {
                Add(new LexiconEntry(LexiconKind.Contact, [words[0]], contact.Name.Split(' ')[0], contact.Account, null, true));
            }
        }

        foreach (var member in lexicon.Members)
        {
            Add(new LexiconEntry(LexiconKind.Member, Fold(member.Name), member.Name, null, null, false));
            foreach (var alias in member.Aliases)
            {
                Add(new LexiconEntry(LexiconKind.Member, Fold(alias), member.Name, null, null, true));
            }
        }
    }

    public static LexiconMatcher For(Lexicon lexicon, HashSet<string> common) =>
        Cache.GetValue(lexicon, l => new LexiconMatcher(l, common));

    private void Add(LexiconEntry entry)
    {
        if (entry.Words.Length == 0)
        {
            return;
        }

        if (!_byFirst.TryGetValue(entry.Words[0], out var list))
        {
            _byFirst[entry.Words[0]] = list = [];
        }

        list.Add(entry);
        if (entry.Words[0].Length >= 5)
        {
            _fuzzy.Add(entry);
        }
    }

    /// <summary>The text with every lexicon name in its canonical spelling, and where each name now sits.</summary>
    public string Rewrite(string text, List<LexiconHit> hits)
    {
        var tokens = Tokenize(text);
        if (tokens.Count == 0)
        {
            return text;
        }

        // Most messages name nobody the team knows: they keep their text, and no copy of it is built.
        StringBuilder? sb = null;
        var copied = 0;
        for (var i = 0; i < tokens.Count;)
        {
            var best = Best(tokens, i, text);
            if (best is null)
            {
                i++;
                continue;
            }

            var (entry, count) = best.Value;
            var start = tokens[i].Start;
            var end = tokens[i + count - 1].Start + tokens[i + count - 1].Core;
            sb ??= new StringBuilder(text.Length + 8);
            sb.Append(text, copied, start - copied);
            var canonical = CanonicalWords(entry, count, text, tokens, i);
            hits.Add(new LexiconHit(sb.Length, canonical.Length, entry, canonical));
            sb.Append(canonical);
            copied = end;
            i += count;
        }

        return sb is null ? text : sb.Append(text, copied, text.Length - copied).ToString();
    }

    private static string CanonicalWords(LexiconEntry entry, int count, string text, List<Token> tokens, int first)
    {
        var words = entry.Canonical.Split(' ');
        if (words.Length == count)
        {
            return entry.Canonical;
        }

        // A deal matched by fewer words than its name (never happens) or an alias: keep what was typed, in the canonical case.
        return text.Substring(tokens[first].Start, tokens[first + count - 1].Start + tokens[first + count - 1].Core - tokens[first].Start);
    }

    private (LexiconEntry Entry, int Count)? Best(List<Token> tokens, int i, string text)
    {
        (LexiconEntry Entry, int Count)? best = null;
        var word = tokens[i].Folded;
        if (_byFirst.TryGetValue(word, out var exact))
        {
            foreach (var entry in exact)
            {
                Consider(entry, tokens, i, ref best);
            }
        }

        if (best is null && word.Length >= 5 && !_common.Contains(word))
        {
            foreach (var entry in _fuzzy)
            {
                if (entry.Words[0] != word && WithinOne(entry.Words[0], word))
                {
                    Consider(entry, tokens, i, ref best);
                }
            }
        }

        return best;
    }

    private void Consider(LexiconEntry entry, List<Token> tokens, int i, ref (LexiconEntry Entry, int Count)? best)
    {
        var n = entry.Words.Length;
        if (i + n > tokens.Count)
        {
            return;
        }

        for (var k = 0; k < n; k++)
        {
            var want = entry.Words[k];
            var got = tokens[i + k].Folded;
            if (want != got && (k == 0 ? !(want.Length >= 5 && got.Length >= 5 && WithinOne(want, got)) : !(want.Length >= 5 && got.Length >= 5 && !_common.Contains(got) && WithinOne(want, got))))
            {
                return;
            }

            // A name never runs over a clause break ("Contoso, upgrade").
            if (k < n - 1 && tokens[i + k].BreakAfter)
            {
                return;
            }
        }

        if (best is null || n > best.Value.Count || (n == best.Value.Count && Rank(entry) < Rank(best.Value.Entry)))
        {
            best = (entry, n);
        }
    }

    private static int Rank(LexiconEntry e) => (e.Alias ? 10 : 0) + e.Kind switch
    {
        LexiconKind.Member => 0,
        LexiconKind.Account => 1,
        LexiconKind.Deal => 2,
        _ => 3,
    };

    /// <summary>Optimal string alignment distance of at most one: one letter changed, added, dropped or two swapped.</summary>
    internal static bool WithinOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (i == a.Length && i == b.Length)
        {
            return true;
        }

        if (a.Length == b.Length)
        {
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1)))
            {
                return true;
            }

            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }

        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }

    private static string[] Fold(string name) =>
        name.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(w => FoldWord(w)).Where(w => w.Length > 0).ToArray();

    /// <summary>Lowercase without diacritics, for matching only.</summary>
    internal static string FoldWord(ReadOnlySpan<char> word)
    {
        if (word.Length <= 64 && System.Text.Ascii.IsValid(word))
        {
            // Every word of every message is folded: an ASCII word has no marks to drop, so it needs no normalising.
            Span<char> folded = stackalloc char[word.Length];
            var n = 0;
            foreach (var c in word)
            {
                if (char.IsAsciiLetterOrDigit(c) || c is '&' or '-')
                {
                    folded[n++] = char.ToLowerInvariant(c);
                }
            }

            return new string(folded[..n]);
        }

        var sb = new StringBuilder(word.Length);
        foreach (var c in word.ToString().Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) || c is '&' or '-')
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    private readonly record struct Token(int Start, int Core, string Folded, bool BreakAfter);

    /// <summary>Words with their spans; "'s" and edge punctuation are not part of a word's core.</summary>
    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(16);
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || ((text[i] is '-' or '&' or '\'') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            if (i == start)
            {
                continue;
            }

            var core = i - start;
            if (core > 2 && text[start + core - 2] == '\'' && (text[start + core - 1] is 's' or 'S'))
            {
                core -= 2;
            }

            var after = i;
            while (after < text.Length && text[after] == ' ')
            {
                after++;
            }

            var breakAfter = after < text.Length && text[after] is ',' or ';' or '.' or ':' or '!' or '?' or '(' or ')' or '/' || (i < text.Length && text[i] is ',' or ';' or '.' or ':' or '!' or '?');
            tokens.Add(new Token(start, core, FoldWord(text.AsSpan(start, core)), breakAfter));
        }

        return tokens;
    }
}
