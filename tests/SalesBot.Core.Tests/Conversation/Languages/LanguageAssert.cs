using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Tests.Conversation.Parsing;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// Compact expectations for the Polish and Russian tables: "account=Acme|date=2026-11-17|confirm=" (confirm= means it writes).
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

    /// <summary>The same expectations and field names as the English tables (<see cref="ParsedCommandAssert"/>).</summary>
    public static void Matches(ParsedCommand c, string intent, string spec = "") => ParsedCommandAssert.Matches(c, intent, spec);

    public static string Describe(ParsedCommand c) => ParsedCommandAssert.Describe(c);
}
