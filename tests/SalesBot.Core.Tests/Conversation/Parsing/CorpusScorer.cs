using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// Scores the parser against a corpus in the shared format the way shared/tools/parse-eval does: intent and every
/// field under "expect" (text ignoring case, edge punctuation and a leading "the"; a list means any of its values;
/// null may be absent), "more" compared in order, and a wrong write counted when a write intent appears that was not
/// expected and carries no confirm.
/// </summary>
internal static class CorpusScorer
{
    private static readonly HashSet<string> TextFields = ["account", "contact", "deal", "title", "scope"];

    public sealed record Score(int Cases, int Passed, int WrongWrites, IReadOnlyList<string> Failures);

    public static string Folder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Corpus");

    public static Score Run(string file, Lexicon lexicon)
    {
        var context = new ParseContext(lexicon, "en");
        var passed = 0;
        var wrong = 0;
        var failures = new List<string>();
        var lines = File.ReadAllLines(Path.Combine(Folder(), file)).Where(l => l.Trim().Length > 0).ToList();
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var text = doc.RootElement.GetProperty("text").GetString()!;
            var expect = doc.RootElement.GetProperty("expect");
            var more = doc.RootElement.TryGetProperty("more", out var m) ? m.EnumerateArray().ToList() : [];
            var got = MessageParser.English.Parse(text, ParsedCommandAssert.Wednesday, context);
            var gotMore = got.More ?? [];
            var bad = Mismatches(expect, got).ToList();
            if (gotMore.Count != more.Count)
            {
                bad.Add("more count");
            }
            else
            {
                for (var i = 0; i < more.Count; i++)
                {
                    bad.AddRange(Mismatches(more[i], gotMore[i]).Select(f => $"more[{i}].{f}"));
                }
            }

            var allowed = Kinds(expect).Concat(more.SelectMany(Kinds)).ToHashSet();
            if (new[] { got }.Concat(gotMore).Any(c => c.Intent.IsWrite() && !allowed.Contains(c.Intent.ToWireName()) && !c.Confirm))
            {
                wrong++;
            }

            if (bad.Count == 0)
            {
                passed++;
            }
            else
            {
                failures.Add($"{text} -> {got.Intent.ToWireName()} ({string.Join(", ", bad)})");
            }
        }

        return new Score(lines.Count, passed, wrong, failures);
    }

    private static IEnumerable<string> Kinds(JsonElement expect)
    {
        var intent = expect.GetProperty("intent");
        return intent.ValueKind == JsonValueKind.Array ? intent.EnumerateArray().Select(e => e.GetString()!) : [intent.GetString()!];
    }

    private static IEnumerable<string> Mismatches(JsonElement expect, ParsedCommand got)
    {
        foreach (var field in expect.EnumerateObject())
        {
            if (!Same(field.Name, field.Value, got))
            {
                yield return field.Name;
            }
        }
    }

    private static bool Same(string field, JsonElement want, ParsedCommand c)
    {
        if (field == "colleagues" && want.ValueKind == JsonValueKind.Array && want.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String))
        {
            var names = want.EnumerateArray().Select(e => Norm(e.GetString()!)).Order().ToList();
            return c.Colleagues is { } got && got.Select(Norm).Order().SequenceEqual(names);
        }

        if (want.ValueKind == JsonValueKind.Array)
        {
            return want.EnumerateArray().Any(w => Same(field, w, c));
        }

        var value = Wire(field, c);
        if (want.ValueKind == JsonValueKind.Null)
        {
            return value is null || (value is string s && s.Length == 0) || (value is System.Collections.ICollection { Count: 0 });
        }

        if (value is null)
        {
            return false;
        }

        return field switch
        {
            "items" => value is IReadOnlyList<string> items && items.Count == want.GetInt32(),
            "amount" => Math.Abs((double)(decimal)value - want.GetDouble()) < 0.005,
            _ when TextFields.Contains(field) => Norm((string)value) == Norm(want.GetString()!),
            _ => string.Equals(Convert.ToString(value, CultureInfo.InvariantCulture), want.ToString(), StringComparison.OrdinalIgnoreCase),
        };
    }

    private static object? Wire(string field, ParsedCommand c) => field switch
    {
        "intent" => c.Intent.ToWireName(),
        "activity" => c.Activity?.ToString().ToLowerInvariant(),
        "account" => c.Account,
        "contact" => c.Contact,
        "deal" => c.Deal,
        "stage" => c.Stage?.ToString().ToLowerInvariant(),
        "amount" => c.Amount,
        "currency" => c.Currency,
        "date" => c.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "time" => c.Time?.ToString("HH:mm", CultureInfo.InvariantCulture),
        "title" => c.Title,
        "items" => c.Items,
        "scope" => c.Scope,
        "week" => c.Week,
        "notes" => c.Notes,
        "colleagues" => c.Colleagues,
        "from" => c.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "to" => c.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "reason" => c.Reason,
        "role" => c.Role,
        "email" => c.Email,
        "topic" => c.Topic,
        "argument" => c.Argument,
        "members" => c.Members,
        _ => null,
    };

    private static string Norm(string s)
    {
        s = Regex.Replace(s.ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\''), @"\s+", " ").Trim().Trim('.', '!', '?', ',', ';', ':', '-').Trim();
        return s.StartsWith("the ", StringComparison.Ordinal) ? s[4..] : s;
    }
}
