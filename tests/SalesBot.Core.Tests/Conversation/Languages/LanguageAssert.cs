using System.Globalization;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// Compact expectations for the Polish and Russian tables: "account=Acme|date=2026-11-17|confirm=false".
/// Fields not listed are not checked; "field=" (empty) means absent. Messages go through <see cref="MessageParser"/>,
/// so language detection and routing are part of every row.
/// </summary>
internal static class LanguageAssert
{
    /// <summary>Wednesday 18 November 2026, 10:00: the corpora's clock.</summary>
    public static readonly DateTime Wednesday = new(2026, 11, 18, 10, 0, 0);

    /// <summary>A small team: members Anna, Marek, Иван; accounts Orlen, Сбербанк, Contoso; contacts and deals on them.</summary>
    public static readonly Lexicon Team = new(
        [new LexiconAccount("Orlen", []), new LexiconAccount("Сбербанк", ["Сбер"]), new LexiconAccount("Contoso", []), new LexiconAccount("Ромашка", [])],
        [new LexiconContact("Jan Kowalski", "Orlen"), new LexiconContact("Анна Смирнова", "Сбербанк"), new LexiconContact("Kevin Park", "Contoso")],
        [new LexiconDeal("Orlen flota", "Orlen", "Marek", DealStage.Proposal), new LexiconDeal("Сбербанк CRM", "Сбербанк", "Иван", DealStage.Qualified)],
        [new LexiconMember("Anna", []), new LexiconMember("Marek", []), new LexiconMember("Иван", [])]);

    public static ParsedCommand Parse(string text, Lexicon? lexicon = null, string? language = null) =>
        MessageParser.English.Parse(text, Wednesday, new ParseContext(lexicon ?? Lexicon.Empty, language));

    public static void Matches(ParsedCommand c, string intent, string spec = "")
    {
        Assert.True(intent == c.Intent.ToWireName(), $"intent: expected {intent}, got {Describe(c)}");
        foreach (var part in spec.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var field = part[..eq];
            var want = part[(eq + 1)..];
            var got = Field(c, field);
            if (want.Length == 0)
            {
                Assert.True(got is null or "False", $"{field}: expected none, got '{got}' ({Describe(c)})");
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
        "from" => c.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "to" => c.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "reason" => c.Reason,
        "role" => c.Role,
        "email" => c.Email,
        "topic" => c.Topic,
        "argument" => c.Argument,
        "members" => c.Members is null ? null : string.Join(",", c.Members),
        "colleagues" => c.Colleagues is null ? null : string.Join(",", c.Colleagues),
        "more" => (c.More?.Count ?? 0).ToString(CultureInfo.InvariantCulture),
        "confirm" => c.Confirm.ToString(),
        "language" => c.Language,
        _ => throw new ArgumentException($"unknown field {field}"),
    };

    public static string Describe(ParsedCommand c) =>
        $"{c.Intent.ToWireName()} activity={c.Activity} account={c.Account} contact={c.Contact} deal={c.Deal} stage={c.Stage} amount={c.Amount} " +
        $"currency={c.Currency} date={c.Date} title={c.Title} scope={c.Scope} week={c.Week} from={c.From} to={c.To} items={c.Items?.Count} " +
        $"colleagues={(c.Colleagues is null ? "" : string.Join(",", c.Colleagues))} confirm={c.Confirm} lang={c.Language} more={c.More?.Count ?? 0} notes={c.Notes}";
}
