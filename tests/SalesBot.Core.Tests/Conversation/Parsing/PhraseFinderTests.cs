using System.Collections;
using System.Text.Json;
using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// The word-table phrase finder must find exactly what the regex it replaced found (<c>Phrases.Words(list)</c>):
/// every English vocabulary list, over every corpus message and a few made-up edge cases.
/// </summary>
public class PhraseFinderTests
{
    private static readonly string[] Edges =
    [
        "", " ", "call", "CALL", "called", "recall", "call-back", "call_back", "a call.", "what's up", "whats up", "follow-up  call",
        "follow\tup", "e-mail sent", "met\nwith them", "don't", "donut", "1st call", "call2", "¿call?", "über call", "Cafés", "q3 won",
        "closed won", "closed  won!", "closed-won", "won't", "next week", "nextweek", "next weekend",
        "todo: call Acme", "todo:call", "todo:", "todo:'", "'todo: x", "x'todo: x", "to-do: x", "remind me: send it", "remind me:x",
        "don't forget: demo", "don't forget:", "don't forget", "don't'", "i'll", "i'm back", "/tips", "tips?", "ctrl+z", "ctrl+zz",
    ];

    public static TheoryData<string> Lists()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in PhraseLists())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void FindsWhatTheRegexFindsForEveryMessage(string list)
    {
        var phrases = PhraseLists().Single(l => l.Name == list).Phrases;
        var regex = Phrases.Build(Phrases.Words(phrases));
        var finder = Phrases.Find(phrases);
        foreach (var text in Texts())
        {
            var expected = regex.Matches(text).Select(m => (m.Index, m.Length)).ToList();
            var found = new List<(int, int)>();
            for (var m = finder.Match(text); m.Success; m = m.NextMatch())
            {
                found.Add((m.Index, m.Length));
            }

            Assert.True(expected.SequenceEqual(found), $"{list} in \"{text}\": regex {string.Join(",", expected)}, finder {string.Join(",", found)}");
            Assert.Equal(regex.Replace(text, "#"), finder.Replace(text, "#"));
        }
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void OpensOnlyWhereTheAnchoredRegexCouldMatch(string list)
    {
        var phrases = PhraseLists().Single(l => l.Name == list).Phrases;
        var anchored = Phrases.Build($@"^(?:{Phrases.Words(phrases)})");
        var finder = Phrases.Find(phrases);
        foreach (var text in Texts())
        {
            if (anchored.IsMatch(text))
            {
                Assert.True(finder.Opens(text), $"{list} should open \"{text}\"");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void StartsTheTextExactlyWhereTheAnchoredRegexMatches(string list)
    {
        var phrases = PhraseLists().Single(l => l.Name == list).Phrases;
        var anchored = Phrases.Build($@"^(?:{Phrases.Words(phrases)})");
        var finder = Phrases.Find(phrases);
        foreach (var text in Texts())
        {
            Assert.True(anchored.IsMatch(text) == finder.StartsText(text), $"{list} on \"{text}\": regex {anchored.IsMatch(text)}");
        }
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void AnOpeningRegexsGateNeverClosesWhereItsPatternMatches(string list)
    {
        // The gate is built from the openers' first words, also for a list whose openers hold signs ("todo:").
        var phrases = PhraseLists().Single(l => l.Name == list).Phrases;
        var pattern = $@"^(?:{Phrases.Alt(phrases)})(?:[\s:,\-]|$)";
        var anchored = Phrases.Build(pattern);
        var opening = Phrases.Opening(phrases, pattern: pattern);
        foreach (var text in Texts())
        {
            Assert.True(anchored.IsMatch(text) == opening.IsMatch(text), $"{list} on \"{text}\": regex {anchored.IsMatch(text)}");
        }
    }

    private static IEnumerable<string> Texts()
    {
        var folder = CorpusScorer.Folder();
        var lines = Directory.GetFiles(folder, "*.jsonl").SelectMany(File.ReadAllLines).Where(l => l.Trim().Length > 0);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var text = doc.RootElement.GetProperty("text").GetString()!;
            yield return text;
            yield return text.ToLowerInvariant();
        }

        foreach (var edge in Edges)
        {
            yield return edge;
        }
    }

    /// <summary>Every list of phrases the English vocabulary holds, by property name.</summary>
    private static IEnumerable<(string Name, List<string> Phrases)> PhraseLists()
    {
        foreach (var property in typeof(Vocabulary).GetProperties())
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod?.IsStatic == true)
            {
                continue;
            }

            IEnumerable? items = property.GetValue(Vocabulary.English) switch
            {
                IEnumerable<string> list => list,
                IDictionary dictionary => dictionary.Keys,
                _ => null,
            };
            var phrases = items?.OfType<string>().Where(p => p.Length > 0).ToList();
            if (phrases is { Count: > 0 })
            {
                yield return (property.Name, phrases);
            }
        }
    }
}
