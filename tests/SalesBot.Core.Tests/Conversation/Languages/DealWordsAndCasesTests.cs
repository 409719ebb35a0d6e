using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// Deal words and the cases they govern in Polish and Russian (issue 15): a name after an amount or close-date marker
/// is declined ("wartość Agrobudu" style), a deal "closes" on a day, a copula or pronoun never joins a deal's name
/// ("X są na etapie", "X nam odpadł", "X вернулся"), a stage said as a verb first ("квалифицировали X"), Russian names
/// in -ой keep it in the accusative and decline it like an adjective, Polish plural and -arnia names, a bare reminder
/// head said last, a list of tasks asked with a day between. Near misses: "które deale zamykają się" is still a question,
/// "Orlen SA" keeps its legal form out of the name. Invented names and phrasings only.
/// </summary>
public class DealWordsAndCasesTests
{
    private static TheoryData<string, string> Cross(string[] templates, (string Written, string Name)[] names)
    {
        var data = new TheoryData<string, string>();
        foreach (var template in templates)
        {
            foreach (var (written, name) in names)
            {
                data.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, written), name);
            }
        }

        return data;
    }

    // --- a name after an amount or close-date marker is in the genitive ---

    public static TheoryData<string, string> PolishMarkedAmounts() => Cross(
        ["wartość {0} teraz 80 tys. zł", "kwota {0} 120 tys. zł", "wartość {0} to teraz 45 000 EUR"],
        [("Tarkonu", "Tarkon"), ("Falkoru", "Falkor"), ("Brixelu", "Brixel"), ("Ravelinu", "Ravelin")]);

    [Theory]
    [MemberData(nameof(PolishMarkedAmounts))]
    public void APolishAmountMarkerDeclinesTheDeal(string text, string deal) => Matches(Parse(text), "update_deal", $"deal={deal}|confirm=");

    [Theory]
    [InlineData("сумма по Мостлайну теперь 50 тыс. евро", "Мостлайн")]
    [InlineData("сумма по Техстрою теперь 50 тыс. евро", "Техстрой")]
    [InlineData("сумма по Веста-Трейду теперь 3 млн руб.", "Веста-Трейд")]
    [InlineData("сумма по Ладоге теперь 3 млн руб.", "Ладога")]
    [InlineData("стоимость Мостлайна 2 млн руб.", "Мостлайн")]
    [InlineData("стоимость Техстроя 2 млн руб.", "Техстрой")]
    public void ARussianAmountMarkerDeclinesTheDeal(string text, string deal) => Matches(Parse(text), "update_deal", $"deal={deal}|confirm=");

    [Theory]
    [InlineData("przesuń datę zamknięcia Ravelinu na 10 stycznia", "Ravelin", "2027-01-10")]
    [InlineData("datę zamknięcia Brixelu przesuń na 5 lutego", "Brixel", "2027-02-05")]
    [InlineData("termin zamknięcia Tarkonu na 20 grudnia", "Tarkon", "2026-12-20")]
    [InlineData("дату закрытия Мостлайна перенеси на 10 января", "Мостлайн", "2027-01-10")]
    [InlineData("дату закрытия Техстроя перенеси на 15 декабря", "Техстрой", "2026-12-15")]
    public void ACloseDateMarkerDeclinesTheDeal(string text, string deal, string date) => Matches(Parse(text), "update_deal", $"deal={deal}|date={date}|confirm=");

    [Theory]
    [InlineData("pokaż kartę Tarkonu", "Tarkon")]
    [InlineData("karta Falkoru", "Falkor")]
    [InlineData("pokaż kartę Biedronki", "Biedronka")]
    [InlineData("pokaż kartę Brixel", "Brixel")]
    public void AnAccountCardNamesTheAccountInEitherCase(string text, string account) => Matches(Parse(text), "show_account", $"account={account}");

    // --- a deal that closes on a day ---

    [Theory]
    [InlineData("deal Tarkon zamyka się 20 grudnia", "Tarkon", "2026-12-20")]
    [InlineData("szansa Falkor zamknie się 5 stycznia", "Falkor", "2027-01-05")]
    [InlineData("Brixel zamyka się 15.12", "Brixel", "2026-12-15")]
    [InlineData("сделка Мостлайн закрывается 20 декабря", "Мостлайн", "2026-12-20")]
    [InlineData("Brixel закроется 25 декабря", "Brixel", "2026-12-25")]
    public void ADealThatClosesOnADayMovesItsCloseDate(string text, string deal, string date) => Matches(Parse(text), "update_deal", $"deal={deal}|date={date}|confirm=");

    [Theory]
    [InlineData("które deale zamykają się w tym miesiącu?")]
    [InlineData("какие сделки закрываются в декабре?")]
    public void DealsClosingInAPeriodAreStillAQuestion(string text) => Matches(Parse(text), "deals_closing");

    // --- a copula, pronoun or "that" never joins a deal's name ---

    [Theory]
    [InlineData("Tarkon Okna są na etapie oferty", "Tarkon Okna", "proposal")]
    [InlineData("Falkor Systems są już na etapie negocjacji", "Falkor Systems", "negotiation")]
    [InlineData("Orlen SA na etapie oferty", "Orlen", "proposal")]
    [InlineData("Мостлайн вернулся на квалификацию", "Мостлайн", "qualified")]
    [InlineData("Brixel вернулась в КП", "Brixel", "proposal")]
    [InlineData("квалифицировали Brixel", "Brixel", "qualified")]
    [InlineData("zakwalifikowaliśmy Tarkon", "Tarkon", "qualified")]
    [InlineData("ВЫИГРАЛИ Brixel 🎉 договор подписан", "Brixel", "won")]
    public void AStageMoveNamesOnlyTheDeal(string text, string deal, string stage) => Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}|confirm=");

    [Theory]
    [InlineData("wygląda na to, że Tarkon nam odpadł", "Tarkon", "lost")]
    [InlineData("zdaje się, że Falkor nam odpadł", "Falkor", "lost")]
    [InlineData("похоже, Мостлайн мы упустили", "Мостлайн", "lost")]
    [InlineData("похоже, Brixel упустили", "Brixel", "lost")]
    public void AHedgedLossIsProposed(string text, string deal, string stage) => Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}|confirm=true");

    // --- Russian names in -ой ---

    [Theory]
    [InlineData("звонок в Техстрой вчера", "Техстрой")]
    [InlineData("встреча в Техстрое вчера", "Техстрой")]
    [InlineData("был у Техстроя", "Техстрой")]
    [InlineData("созвон с Техстроем", "Техстрой")]
    [InlineData("письмо в Мегаполисстрой", "Мегаполисстрой")]
    [InlineData("письмо в Ромашку", "Ромашка")]
    [InlineData("встреча с Ромашкой", "Ромашка")]
    public void ARussianNameInOyDeclinesLikeAnAdjective(string text, string account) => Matches(Parse(text), "log_activity", $"account={account}");

    // --- Polish -arnia and plural names ---

    [Theory]
    [InlineData("podjechałem do Drukarni Falkor", "Drukarnia Falkor")]
    [InlineData("byłem w Kawiarni Tarkon", "Kawiarnia Tarkon")]
    [InlineData("mail do Zakładów Chemicznych Tarkon", "Zakłady Chemiczne Tarkon")]
    [InlineData("byłem wczoraj u klienta w Tarkonii", "Tarkonia")]
    [InlineData("byłem w Banku Pocztowym", "Bank Pocztowy")]
    public void APolishNameDeclinesWholly(string text, string account) => Matches(Parse(text), "log_activity", $"account={account}");

    // --- a reminder head said last, and a task list with a day ---

    [Theory]
    [InlineData("zadzwonić do Tarkonu jutro, przypomnij", "2026-11-19")]
    [InlineData("перезвонить Глебу через неделю, напомни", "2026-11-25")]
    [InlineData("написать в Brixel в пятницу, напомни мне", "2026-11-20")]
    public void AReminderHeadSaidLastIsOneTask(string text, string date)
    {
        var c = Parse(text);
        Matches(c, "add_task", $"date={date}");
        Assert.True(c.More is null or { Count: 0 }, Describe(c));
    }

    [Theory]
    [InlineData("что у меня завтра по задачам?")]
    [InlineData("что у меня сегодня по задачам")]
    public void TasksAskedWithADayAreTheTaskList(string text) => Matches(Parse(text), "show_tasks");

    // --- oops, not that ---

    [Theory]
    [InlineData("упс, не то, отмени")]
    [InlineData("ups, nie to, cofnij")]
    public void OopsNotThatUndoes(string text) => Matches(Parse(text), "undo");

    [Theory]
    [InlineData("была вчера в офисе Мостлайна", "Мостлайн", "2026-11-17")]
    [InlineData("был сегодня утром в цехах Мостлайна", "Мостлайн", "2026-11-18")]
    [InlineData("была сегодня в ООО Ромашка, смотрели склад", "ООО Ромашка", "2026-11-18")]
    [InlineData("byłem wczoraj w biurze Tarkonu", "Tarkon", "2026-11-17")]
    public void ARussianOrPolishIWasThenADayIsAVisit(string text, string account, string date) => Matches(Parse(text), "log_activity", $"activity=visit|account={account}|date={date}");

    [Theory]
    [InlineData("был рад")]
    [InlineData("был доволен Мостлайном")]
    [InlineData("byłem zadowolony z Tarkonu")]
    public void IWasWithoutAPlaceIsNoVisit(string text)
    {
        var c = Parse(text);
        Assert.False(c.Intent.IsWrite(), Describe(c));
    }
}
