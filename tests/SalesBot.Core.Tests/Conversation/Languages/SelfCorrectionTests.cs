using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// A rep who corrects herself inside one Polish or Russian message ("120 tys., sorry, 150 tys.", "сегодня, ой, вчера",
/// "spotkanie z X, a nie, to był telefon"): the fact just said is amended, never written twice nor beside a second
/// "correction" of the last write. Near misses: a contrast without the comma after "nie" keeps the first day; a message
/// left on voicemail reached no one; a report word after "z"/"с" is what was sent. Invented names and phrasings only.
/// </summary>
public class SelfCorrectionTests
{
    private static TheoryData<string, string> Rows(IEnumerable<(string Text, string Spec)> rows)
    {
        var data = new TheoryData<string, string>();
        foreach (var (text, spec) in rows.Distinct())
        {
            data.Add(text, spec);
        }

        return data;
    }

    private static void One(ParsedCommand c, string text) => Assert.True(c.More is null or { Count: 0 }, $"'{text}' should be one fact: {Describe(c)}");

    // --- a new deal's amount said again ---

    public static TheoryData<string, string> CorrectedNewDealAmounts()
    {
        string[] polishFixes = [", sorry, ", ", sorki, ", ". Sorry, ", ".. sorry, ", ", a nie, ", ", przepraszam, ", ", właściwie "];
        string[] russianFixes = [", ой, ", ". Сорри, ", ".. сорян, ", ", хотя нет, ", ", то есть ", ", вернее, "];
        var rows = new List<(string, string)>();
        foreach (var fix in polishFixes)
        {
            rows.Add(($"nowa szansa Falkor Systems licencje 120 tys. zł{fix}150 tys.", "deal=Falkor Systems licencje|amount=150000|currency=PLN|confirm="));
            rows.Add(($"nowy deal Tarkon serwis 40 000 EUR{fix}45 000 EUR", "deal=Tarkon serwis|amount=45000|currency=EUR|confirm="));
        }

        foreach (var fix in russianFixes)
        {
            rows.Add(($"новая сделка Brixel склад 2 млн руб.{fix}2,5 млн", "deal=Brixel склад|amount=2500000|currency=RUB|confirm="));
            rows.Add(($"новая сделка Мостлайн поставка 300 тыс. евро{fix}350 тыс.", "deal=Мостлайн поставка|amount=350000|currency=EUR|confirm="));
        }

        return Rows(rows);
    }

    [Theory]
    [MemberData(nameof(CorrectedNewDealAmounts))]
    public void ANewDealTakesTheAmountSaidAfterTheCorrection(string text, string spec)
    {
        var c = Parse(text);
        Matches(c, "create_deal", spec);
        One(c, text);
    }

    // --- an activity's day said again ---

    public static TheoryData<string, string> CorrectedActivityDays()
    {
        (string Text, string Party)[] polish = [("call z Ravelinem", "account=Ravelin"), ("telefon do Tarkonu", "account=Tarkon"), ("spotkanie z Anną Wrzos", "contact=Anna Wrzos"), ("dzwoniłam do Falkoru", "account=Falkor")];
        (string Text, string Party)[] russian = [("звонил в Brixel", "account=Brixel"), ("созвон с Мостлайном", "account=Мостлайн"), ("встреча с Глебом Орловым", "contact=Глеб Орлов")];
        var rows = new List<(string, string)>();
        foreach (var (text, party) in polish)
        {
            rows.Add(($"{text} dzisiaj, sorry, wczoraj", $"{party}|date=2026-11-17|confirm="));
            rows.Add(($"{text} dziś, a nie, przedwczoraj", $"{party}|date=2026-11-16|confirm="));
            rows.Add(($"{text} w poniedziałek, sorki, we wtorek", $"{party}|date=2026-11-17|confirm="));
        }

        foreach (var (text, party) in russian)
        {
            rows.Add(($"{text} сегодня, ой, вчера", $"{party}|date=2026-11-17|confirm="));
            rows.Add(($"{text} сегодня, хотя нет, позавчера", $"{party}|date=2026-11-16|confirm="));
            rows.Add(($"{text} в понедельник, то есть во вторник", $"{party}|date=2026-11-17|confirm="));
        }

        return Rows(rows);
    }

    [Theory]
    [MemberData(nameof(CorrectedActivityDays))]
    public void AnActivityTakesTheDaySaidAfterTheCorrection(string text, string spec)
    {
        var c = Parse(text);
        Matches(c, "log_activity", spec);
        One(c, text);
    }

    // --- the kind of activity said again ---

    [Theory]
    [InlineData("spotkanie z Tarkonem, a nie, to był telefon", "call", "account=Tarkon")]
    [InlineData("spotkanie z Tarkonem, sorry, to był tylko telefon", "call", "account=Tarkon")]
    [InlineData("wizyta u Falkoru, a nie, to było spotkanie online", "meeting", "account=Falkor")]
    [InlineData("telefon do Ravelinu, sorki, to był mail", "email", "account=Ravelin")]
    [InlineData("встреча с Мостлайном, хотя нет, это был звонок", "call", "account=Мостлайн")]
    [InlineData("встреча с Brixel, ой, это был просто созвон", "call", "account=Brixel")]
    [InlineData("звонок в Brixel, хотя нет, это было письмо", "email", "account=Brixel")]
    public void AnActivityTakesTheKindSaidAfterTheCorrection(string text, string activity, string spec)
    {
        var c = Parse(text);
        Matches(c, "log_activity", $"activity={activity}|{spec}|confirm=");
        One(c, text);
    }

    // --- a reminder's day said again, and the near miss of a contrast ---

    [Theory]
    [InlineData("przypomnij mi w czwartek wysłać ofertę do Ravelinu, a nie, w piątek", "2026-11-20")]
    [InlineData("przypomnij jutro zadzwonić do Tarkonu, sorry, pojutrze", "2026-11-20")]
    [InlineData("przypomnij mi w czwartek zadzwonić do Ravelinu, a nie w piątek", "2026-11-19")]
    [InlineData("напомни в четверг написать в Brixel, хотя нет, в пятницу", "2026-11-20")]
    [InlineData("напомни завтра позвонить Глебу, ой, послезавтра", "2026-11-20")]
    [InlineData("напомни в четверг позвонить в Мостлайн", "2026-11-19")]
    public void AReminderTakesTheDaySaidAfterTheCorrection(string text, string date) => Matches(Parse(text), "add_task", $"date={date}");

    [Theory]
    [InlineData("przypomnij mi w czwartek wysłać ofertę do Ravelinu, a nie, w piątek", "Ravelin")]
    [InlineData("напомни в четверг написать в Brixel, хотя нет, в пятницу", "Brixel")]
    public void AReminderTitleStopsAtTheCorrection(string text, string name)
    {
        var c = Parse(text);
        Assert.Contains(name, c.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(",", c.Title, StringComparison.Ordinal);
    }

    // --- a voicemail reached no one ---

    [Theory]
    [InlineData("zostawiłam Ani wiadomość na poczcie głosowej")]
    [InlineData("zostawiłem Tomkowi wiadomość na poczcie głosowej, brak odzewu")]
    [InlineData("nagrałem się Markowi na pocztę głosową")]
    [InlineData("nagrałam się na skrzynkę głosową w Tarkonie")]
    [InlineData("оставил Глебу голосовое, тишина")]
    public void AMessageLeftOnVoicemailWritesNothing(string text)
    {
        var c = Parse(text);
        Assert.False(c.Intent.IsWrite() && !c.Confirm, $"'{text}' writes: {Describe(c)}");
    }

    [Theory]
    [InlineData("wysłałem Ani wiadomość z ofertą", "contact=Ania")]
    [InlineData("napisałam wiadomość do Tarkonu", "account=Tarkon")]
    public void AWrittenMessageIsStillAnEmail(string text, string spec) => Matches(Parse(text), "log_activity", $"activity=email|{spec}|confirm=");

    // --- a report word after "z"/"с" is what was sent ---

    [Theory]
    [InlineData("mail z podsumowaniem do Tarkonu", "account=Tarkon")]
    [InlineData("mail z raportem do Falkoru", "account=Falkor")]
    [InlineData("письмо с итогами в Мостлайн", "account=Мостлайн")]
    public void AReportSentByMailIsAnEmail(string text, string spec) => Matches(Parse(text), "log_activity", $"activity=email|{spec}|confirm=");

    [Theory]
    [InlineData("pokaż podsumowanie tygodnia")]
    [InlineData("podsumowanie z zeszłego tygodnia")]
    [InlineData("wyniki za ten tydzień")]
    [InlineData("покажи показатели за неделю")]
    public void AReportAskedForIsStillADigest(string text) => Matches(Parse(text), "kpi_digest");
}
