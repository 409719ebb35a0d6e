using System.Globalization;
using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// Compact expectations for table-driven parser tests: "account=Acme|date=2026-11-17|conf>=0.7".
/// Fields not listed are not checked; "field=" (empty) means the field must be absent.
/// </summary>
internal static class ParsedCommandAssert
{
    /// <summary>Wednesday 18 November 2026, 10:00: the same "now" as the dev corpus, so examples read alike.</summary>
    public static readonly DateTime Wednesday = new(2026, 11, 18, 10, 0, 0);

    public static ParsedCommand Parse(string text) => MessageParser.English.Parse(text, Wednesday);

    public static void Matches(ParsedCommand c, string intent, string spec)
    {
        Assert.True(intent == c.Intent.ToWireName(), $"intent: expected {intent}, got {c.Intent.ToWireName()} ({Describe(c)})");
        foreach (var part in spec.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith("conf>=", StringComparison.Ordinal))
            {
                Assert.True(c.Confidence >= Num(part[6..]), $"confidence {c.Confidence} < {part[6..]} ({Describe(c)})");
                continue;
            }

            if (part.StartsWith("conf<", StringComparison.Ordinal))
            {
                Assert.True(c.Confidence < Num(part[5..]), $"confidence {c.Confidence} >= {part[5..]} ({Describe(c)})");
                continue;
            }

            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var field = part[..eq];
            var want = part[(eq + 1)..];
            var got = Field(c, field);
            if (want.Length == 0)
            {
                Assert.True(got is null, $"{field}: expected none, got '{got}' ({Describe(c)})");
            }
            else
            {
                Assert.True(string.Equals(want, got, StringComparison.OrdinalIgnoreCase), $"{field}: expected '{want}', got '{got}' ({Describe(c)})");
            }
        }
    }

    public static string? Field(ParsedCommand c, string field) => field switch
    {
        "activity" => c.Activity?.ToString().ToLowerInvariant(),
        "account" => c.Account,
        "contact" => c.Contact,
        "deal" => c.Deal,
        "stage" => c.Stage?.ToString().ToLowerInvariant(),
        "amount" => c.Amount?.ToString(CultureInfo.InvariantCulture),
        "currency" => c.Currency,
        "date" => c.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "time" => c.Time?.ToString("HH:mm", CultureInfo.InvariantCulture),
        "title" => c.Title,
        "items" => c.Items?.Count.ToString(CultureInfo.InvariantCulture),
        "scope" => c.Scope,
        "week" => c.Week,
        "notes" => c.Notes,
        "argument" => c.Argument,
        "number" => c.Number?.ToString(CultureInfo.InvariantCulture),
        "period" => c.Period,
        "from" => c.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "to" => c.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "reason" => c.Reason,
        "role" => c.Role,
        "email" => c.Email,
        "topic" => c.Topic,
        "members" => c.Members is null ? null : string.Join(",", c.Members),
        "colleagues" => c.Colleagues is null ? null : string.Join(",", c.Colleagues),
        "more" => (c.More?.Count ?? 0).ToString(CultureInfo.InvariantCulture),
        // "confirm=" (none) means the write goes ahead: false reads as absent.
        "confirm" => c.Confirm ? "True" : null,
        "language" => c.Language,
        _ => throw new ArgumentException($"unknown field {field}"),
    };

    private static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    public static string Describe(ParsedCommand c) =>
        $"{c.Intent.ToWireName()} act={c.Activity} acc={c.Account} con={c.Contact} deal={c.Deal} stage={c.Stage} amt={c.Amount} cur={c.Currency} " +
        $"date={c.Date} time={c.Time} title={c.Title} items={c.Items?.Count} scope={c.Scope} week={c.Week} from={c.From} to={c.To} notes={c.Notes} " +
        $"colleagues={(c.Colleagues is null ? "" : string.Join(",", c.Colleagues))} arg={c.Argument} n={c.Number} confirm={c.Confirm} " +
        $"lang={c.Language} more={c.More?.Count ?? 0} conf={c.Confidence}";
}
