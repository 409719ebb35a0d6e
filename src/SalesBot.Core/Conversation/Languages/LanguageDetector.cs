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

    /// <summary>The pack to read the message with, or null for English.</summary>
    public static LanguagePack? Detect(string text, string? preferred)
    {
        ArgumentNullException.ThrowIfNull(text);
        var packs = LanguagePacks.All;
        Span<int> scores = stackalloc int[packs.Count];
        var english = 0;
        var firstOwner = -1;
        var firstWord = true;
        var englishWords = EnglishWords.Value.GetAlternateLookup<ReadOnlySpan<char>>();
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
            var shared = englishWords.Contains(key);
            var known = false;
            for (var p = 0; p < packs.Count; p++)
            {
                var pack = packs[p];
                if (pack.Index.IsNeutral(key))
                {
                    known = true;
                    continue;
                }

                if (word.IndexOfAny(pack.Letters) >= 0)
                {
                    scores[p] += 2;
                }
                else if (pack.Index.Knows(key))
                {
                    if (firstWord && !shared)
                    {
                        firstOwner = p;
                    }

                    known = true;
                    scores[p] += !shared || (pack.Index.IsConnector(key) && BeforeName(text, i)) ? 1 : 0;
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
