using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// Corpora scored the way shared/tools/parse-eval scores them. heldout-pl/ru are phrasings written by another
/// engineer without seeing the parser (2026-12-01): the parser was fixed by classes of failure, never by line,
/// and these tests hold the rate it reached. dev-pl/ru are the shared dev corpora.
/// </summary>
public partial class HeldOutCorpusTests
{
    private static readonly HashSet<string> Writes = ["log_activity", "create_deal", "move_deal", "update_deal", "add_task", "complete_task", "set_plan"];
    private static readonly HashSet<string> TextFields = ["account", "contact", "deal", "title", "scope"];

    public static string Folder([CallerFilePath] string path = "") => Path.Combine(Path.GetDirectoryName(path)!, "Corpus");

    [Theory]
    [InlineData("heldout-pl.jsonl", 198)]
    [InlineData("heldout-ru.jsonl", 199)]
    [InlineData("dev-pl.jsonl", 47)]
    [InlineData("dev-ru.jsonl", 47)]
    public void ScoresTheCorpusWithNoWrongWrite(string file, int passes)
    {
        var (passed, wrong, asks, total, failures) = Score(Path.Combine(Folder(), file));
        Assert.True(wrong == 0, $"{wrong} wrong writes:\n{failures}");
        Assert.True(passed >= passes, $"{passed}/{total} passed, {passes} expected:\n{failures}");
        Assert.True(asks * 10 <= total, $"asks {asks} of {total}");
    }

    private static (int Passed, int Wrong, int Asks, int Total, string Failures) Score(string path)
    {
        int passed = 0, wrong = 0, asks = 0, total = 0;
        var failures = new System.Text.StringBuilder();
        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            total++;
            using var doc = JsonDocument.Parse(line);
            var text = doc.RootElement.GetProperty("text").GetString()!;
            var expect = doc.RootElement.GetProperty("expect");
            var more = doc.RootElement.TryGetProperty("more", out var m) ? m.EnumerateArray().ToList() : [];
            var got = Parse(text);
            var commands = new List<ParsedCommand> { got };
            commands.AddRange(got.More ?? []);
            var ok = Same(expect, got) && (got.More?.Count ?? 0) == more.Count && more.Select((w, k) => Same(w, got.More![k])).All(x => x);
            var allowed = new HashSet<string>(Intents(expect).Concat(more.SelectMany(Intents)));
            asks += commands.Any(c => Writes.Contains(c.Intent.ToWireName()) && c.Confirm) ? 1 : 0;
            if (commands.Any(c => Writes.Contains(c.Intent.ToWireName()) && !allowed.Contains(c.Intent.ToWireName()) && !c.Confirm))
            {
                wrong++;
                ok = false;
            }

            if (ok)
            {
                passed++;
            }
            else
            {
                failures.AppendLine($"{text} -> {Describe(got)}");
            }
        }

        return (passed, wrong, asks, total, failures.ToString());
    }

    private static IEnumerable<string> Intents(JsonElement expect)
    {
        var intent = expect.GetProperty("intent");
        return intent.ValueKind == JsonValueKind.Array ? intent.EnumerateArray().Select(e => e.GetString()!) : [intent.GetString()!];
    }

    private static bool Same(JsonElement expect, ParsedCommand got)
    {
        foreach (var field in expect.EnumerateObject())
        {
            var value = field.Name == "intent" ? got.Intent.ToWireName() : FieldOf(got, field.Name);
            if (!Matches(field.Name, field.Value, value, got))
            {
                return false;
            }
        }

        return true;
    }

    private static string? FieldOf(ParsedCommand c, string field) => field switch
    {
        "colleagues" => null,
        _ => Parsing.ParsedCommandAssert.Field(c, field),
    };

    private static bool Matches(string field, JsonElement want, string? got, ParsedCommand c)
    {
        if (field == "colleagues")
        {
            var names = (c.Colleagues ?? []).Select(Norm).OrderBy(x => x, StringComparer.Ordinal);
            return want.ValueKind == JsonValueKind.Array && names.SequenceEqual(want.EnumerateArray().Select(w => Norm(w.GetString()!)).OrderBy(x => x, StringComparer.Ordinal));
        }

        switch (want.ValueKind)
        {
            case JsonValueKind.Array:
                return want.EnumerateArray().Any(w => Matches(field, w, got, c));
            case JsonValueKind.Null:
                return got is null or "" || (field == "items" && got == "0");
            case JsonValueKind.Number when field == "items":
                return got == want.GetInt32().ToString(CultureInfo.InvariantCulture);
            case JsonValueKind.Number:
                return got is not null && Math.Abs(decimal.Parse(got, CultureInfo.InvariantCulture) - want.GetDecimal()) < 0.005m;
            default:
                if (got is null)
                {
                    return false;
                }

                var w = want.ToString();
                return TextFields.Contains(field) ? Norm(got) == Norm(w) : string.Equals(got, w, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static string Norm(string s)
    {
        s = Spaces().Replace(s.ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\''), " ").Trim().Trim('.', '!', '?', ',', ';', ':', '-').Trim();
        return s.StartsWith("the ", StringComparison.Ordinal) ? s[4..] : s;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
