using System.Collections;
using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Conversation.Languages;

/// <summary>
/// Which language a message is written in: letters only one language uses weigh most ("ł", "ż"; any Cyrillic),
/// then words only one pack knows (a word English shares, like "demo" or "plan", is no evidence). The sender's
/// preferred language decides a tie; with no evidence and no preference the message is English, so English
/// behaves exactly as before.
/// </summary>
public static class LanguageDetector
{
    private static readonly Lazy<HashSet<string>> EnglishWords = new(ReadEnglishWords);

    // What every pack and English know of a folded word, in one lookup (see WordTable): this runs for every word of every message.
    private static readonly Lazy<WordTable> Table = new(() => new WordTable(LanguagePacks.All, EnglishWords.Value));

    private const ulong Shared = 1;

    private static ulong Neutral(int pack) => 1UL << (1 + (3 * pack));

    private static ulong Known(int pack) => 1UL << (2 + (3 * pack));

    private static ulong Connector(int pack) => 1UL << (3 + (3 * pack));

    /// <summary>A folded word's flags: shared with English, and per pack neutral, known, a connector.</summary>
    private sealed class WordTable
    {
        private readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _flags;

        public WordTable(IReadOnlyList<LanguagePack> packs, HashSet<string> english)
        {
            // One bit for English and three per pack.
            ArgumentOutOfRangeException.ThrowIfGreaterThan(packs.Count, 21);

            var flags = new Dictionary<string, ulong>(StringComparer.Ordinal);
            void Set(string key, ulong flag) => flags[key] = flags.GetValueOrDefault(key) | flag;
            foreach (var word in english)
            {
                Set(word, Shared);
            }

            AsciiLetters = new bool[packs.Count];
            for (var p = 0; p < packs.Count; p++)
            {
                var index = packs[p].Index;
                foreach (var key in index.NeutralKeys)
                {
                    Set(key, Neutral(p));
                }

                foreach (var key in index.WordKeys)
                {
                    Set(key, Known(p));
                }

                foreach (var key in index.ConnectorKeys)
                {
                    Set(key, Connector(p));
                }

                AsciiLetters[p] = packs[p].Letters.AsSpan().IndexOfAnyInRange('\0', '\x7f') >= 0;
            }

            _flags = flags.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        /// <summary>Whether a pack's own letters include an ASCII one (none do today): else an ASCII word never holds them.</summary>
        public bool[] AsciiLetters { get; }

        public ulong Of(ReadOnlySpan<char> key) => _flags.TryGetValue(key, out var f) ? f : 0;
    }

    /// <summary>The pack to read the message with, or null for English.</summary>
    public static LanguagePack? Detect(string text, string? preferred)
    {
        ArgumentNullException.ThrowIfNull(text);
        var packs = LanguagePacks.All;
        Span<int> scores = stackalloc int[packs.Count];
        var english = 0;
        var firstOwner = -1;
        var firstWord = true;
        var table = Table.Value;
        // Words are folded into one buffer, not a string each: this runs on every message before any rule.
        Span<char> buffer = stackalloc char[64];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '\'' or '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            var word = text.AsSpan(start, i - start);
            var key = word.Length <= buffer.Length ? WordFolder.Fold(word, buffer[..word.Length]) : WordFolder.Fold(word).AsSpan();
            var flags = table.Of(key);
            var shared = (flags & Shared) != 0;
            var ascii = !word.ContainsAnyExceptInRange('\0', '\x7f');
            var known = false;
            for (var p = 0; p < packs.Count; p++)
            {
                // A pack's own letters are evidence; in a word every pack shares only when written in its script alone
                // ("Quintel 90 тыс" is Russian, "Fabrikam demo kit 30 000 zł" is still English).
                var neutral = (flags & Neutral(p)) != 0;
                if ((!ascii || table.AsciiLetters[p]) && word.IndexOfAny(packs[p].Letters) >= 0 && (!neutral || word.IndexOfAnyInRange('a', 'z') < 0 && word.IndexOfAnyInRange('A', 'Z') < 0))
                {
                    scores[p] += 2;
                    known |= neutral;
                    continue;
                }

                if (neutral)
                {
                    known = true;
                    continue;
                }
                if ((flags & Known(p)) != 0)
                {
                    if (firstWord && !shared)
                    {
                        firstOwner = p;
                    }

                    known = true;
                    scores[p] += !shared || ((flags & Connector(p)) != 0 && BeforeName(text, i)) ? 1 : 0;
                }
            }

            // A capital inside the message starts a name ("Quillon Logistics"): no evidence of English.
            var name = !firstWord && char.IsUpper(word[0]);
            firstWord = false;

            // A word English shares with a pack ("demo", "plan", "do") is evidence of neither.
            if (shared && !known && !name)
            {
                english++;
            }
        }

        var best = -1;
        for (var p = 0; p < packs.Count; p++)
        {
            if (scores[p] > 0 && (best < 0 || scores[p] > scores[best]))
            {
                best = p;
            }
        }

        var hinted = LanguagePacks.Find(preferred);
        if (best < 0)
        {
            return english == 0 ? hinted : null;
        }

        if (hinted is not null)
        {
            var h = IndexOf(packs, hinted);
            if (scores[h] >= english && scores[h] >= scores[best])
            {
                return hinted;
            }
        }

        // A tie goes to the pack whose own word opens the message ("nowy deal Hooli support").
        return scores[best] > english || (scores[best] == english && firstOwner == best) ? packs[best] : null;
    }

    /// <summary>"do Acme", "u Marka": one space, then a capital.</summary>
    private static bool BeforeName(string text, int end) =>
        end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]);

    private static int IndexOf(IReadOnlyList<LanguagePack> packs, LanguagePack pack)
    {
        for (var i = 0; i < packs.Count; i++)
        {
            if (ReferenceEquals(packs[i], pack))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Every word of the English vocabulary's phrases: what English shares with a pack is no evidence of the pack.</summary>
    private static HashSet<string> ReadEnglishWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in typeof(Vocabulary).GetProperties())
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod?.IsStatic == true)
            {
                continue;
            }

            var value = property.GetValue(Vocabulary.English);
            IEnumerable? phrases = value switch
            {
                IEnumerable<string> list => list,
                IDictionary dictionary => dictionary.Keys,
                _ => null,
            };
            if (phrases is null)
            {
                continue;
            }

            foreach (var phrase in phrases)
            {
                if (phrase is string s)
                {
                    foreach (var token in Tokenizer.Tokenize(s))
                    {
                        if (token.IsWord)
                        {
                            words.Add(token.Key);
                        }
                    }
                }
            }
        }

        return words;
    }
}
