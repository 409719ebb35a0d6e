using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// More classes of Polish and Russian phrasing (issue 15): cancellations said by the client, done words that only
/// close a clause, a second fact said without its verb, deal names said before their head, plan and deadline
/// headers, meeting tools, stage moves with a copula. Each class is a table of invented names and phrasings with
/// the near misses that must read differently; none is a line of any corpus.
/// </summary>
public class PolishRussianClassTests
{
    private static TheoryData<string> Cross(params string[][] parts)
    {
        IEnumerable<string> rows = [""];
        foreach (var part in parts)
        {
            rows = rows.SelectMany(r => part.Select(p => (r + " " + p).Trim()));
        }

        var data = new TheoryData<string>();
        foreach (var row in rows.Distinct())
        {
            data.Add(row);
        }

        return data;
    }

    private static void NeverWrites(ParsedCommand c, string text)
    {
        foreach (var command in new[] { c }.Concat(c.More ?? []))
        {
            Assert.False(command.Intent.IsWrite() && !command.Confirm, $"'{text}' writes: {Describe(c)}");
        }
    }

    private static ParsedCommand Second(ParsedCommand c, string text)
    {
        Assert.True(c.More is { Count: 1 }, $"'{text}' should hold two facts: {Describe(c)}");
        return c.More![0];
    }

    // --- the client called it off: a cancelled meeting is never logged ---

    public static TheoryData<string> RussianCancelledByClient() => Cross(
        ["Ромашка", "Brixel", "Quillon Logistics", "клиент"],
        ["отменила", "отменил", "отменили", "перенесла"],
        ["встречу", "сегодняшнюю встречу", "звонок", "демо на пятницу"]);

    public static TheoryData<string> PolishCancelledByClient() => Cross(
        ["Brixel", "Falkor Systems", "klient"],
        ["odwołał", "odwołała", "odwołali", "przełożył", "przełożyła"],
        ["spotkanie", "dzisiejsze spotkanie", "demo", "call na jutro"]);

    [Theory]
    [MemberData(nameof(RussianCancelledByClient))]
    [MemberData(nameof(PolishCancelledByClient))]
    [InlineData("встречи с Brixel сегодня не было")]
    [InlineData("звонка с Ромашкой так и не было")]
    [InlineData("spotkania z Brixel w końcu nie było")]
    [InlineData("spotkania z Falkor Systems jednak nie było, przełożone")]
    public void AMeetingTheClientCalledOffIsNeverLogged(string text) => NeverWrites(Parse(text), text);

    [Theory]
    [InlineData("встреча с Brixel была, всё прошло хорошо", "Brixel")]
    [InlineData("spotkanie z Brixel było udane", "Brixel")]
    public void AMeetingThatWasIsStillLogged(string text, string account) => Matches(Parse(text), "log_activity", $"account={account}|confirm=");

    // --- a done word that only closes a clause ---

    public static TheoryData<string> RussianClosedTasks() => Cross(
        ["задачу по счёту для Brixel", "задачу по КП для Ромашки", "задачу с договором Quillon"],
        ["сделал", "сделала", "сделали"],
        ["", "✅", "!"]);

    public static TheoryData<string> PolishClosedTasks() => Cross(
        ["zadanie z ofertą dla Brixel", "zadanie faktura Falkor", "zadanie z umową dla Quillon"],
        ["zrobiłem", "zrobiłam", "zrobiliśmy"],
        ["", "✅", "!"]);

    [Theory]
    [MemberData(nameof(RussianClosedTasks))]
    [MemberData(nameof(PolishClosedTasks))]
    public void ATaskSaidDoneAtTheEndIsCompleted(string text) => Matches(Parse(text), "complete_task");

    [Theory]
    [InlineData("всё, на сегодня я закончил 👋")]
    [InlineData("ну всё, я закончила")]
    [InlineData("на сегодня всё, закончил")]
    [InlineData("я на сегодня закончил")]
    [InlineData("dobra, na dziś skończyłem")]
    [InlineData("na dzisiaj skończyłam 👋")]
    [InlineData("ja już skończyłem")]
    public void TheDayDoneIsNoTask(string text)
    {
        var c = Parse(text);
        NeverWrites(c, text);
        Assert.NotEqual(Intent.CompleteTask, c.Intent);
    }

    [Theory]
    [InlineData("сделал звонок в Brixel", "call", "Brixel")]
    [InlineData("сделали демо для Ромашки", "demo", "Ромашка")]
    [InlineData("zrobiłem demo dla Brixel", "demo", "Brixel")]
    public void ADoneVerbBeforeAnActivityLogsIt(string text, string activity, string account) =>
        Matches(Parse(text), "log_activity", $"activity={activity}|account={account}");

    [Theory]
    [InlineData("отметь «позвонить Ольге» выполненной", "позвонить Ольге")]
    [InlineData("отметь \"отправить КП в Brixel\" выполненной", "отправить КП в Brixel")]
    [InlineData("oznacz „wysłać ofertę do Brixel” jako zrobione", "wysłać ofertę do Brixel")]
    [InlineData("oznacz \"zadzwonić do Kasi\" jako wykonane", "zadzwonić do Kasi")]
    public void AMarkVerbIsNotPartOfTheTitle(string text, string title) => Matches(Parse(text), "complete_task", $"title={title}");

    // --- an hour with no day is today ---

    public static TheoryData<string> RussianRemindersAtAnHour() => Cross(
        ["напомни в 15:30", "напомни мне в 17:00", "напомни в 12:15"],
        ["позвонить Ольге", "отправить КП в Brixel", "написать в Quillon"]);

    public static TheoryData<string> PolishRemindersAtAnHour() => Cross(
        ["przypomnij mi o 15:30", "przypomnij o 16:45", "przypomnij mi o 11:00"],
        ["zadzwonić do Tomka", "wysłać ofertę do Falkor Systems", "napisać do Brixel"]);

    [Theory]
    [MemberData(nameof(RussianRemindersAtAnHour))]
    [MemberData(nameof(PolishRemindersAtAnHour))]
    public void AReminderAtAnHourIsForToday(string text) => Matches(Parse(text), "add_task", "date=2026-11-18");

    [Theory]
    [InlineData("напомни завтра в 15:30 позвонить Ольге", "2026-11-19", "15:30")]
    [InlineData("przypomnij w piątek o 9:00 zadzwonić do Tomka", "2026-11-20", "09:00")]
    public void AReminderWithADayKeepsIt(string text, string date, string time) => Matches(Parse(text), "add_task", $"date={date}|time={time}");

    // --- plan headers ---

    [Theory]
    [InlineData("сегодня в приоритете: Brixel, Ромашка, Quillon", "3")]
    [InlineData("в приоритете: Brixel; Ромашка", "2")]
    [InlineData("мои 3 на сегодня: Brixel; Ромашка; Quillon", "3")]
    [InlineData("мои три на сегодня: Brixel, Ромашка, Quillon", "3")]
    [InlineData("план дня → позвонить в Brixel, КП для Ромашки", "2")]
    [InlineData("план дня -> Brixel, Ромашка, Quillon", "3")]
    [InlineData("moje 3 na dziś: Brixel; Falkor; Quillon", "3")]
    [InlineData("moje 3 na dzisiaj: Brixel, Falkor, Quillon", "3")]
    [InlineData("plan dnia → zadzwonić do Brixel, oferta dla Falkor", "2")]
    [InlineData("dziś w priorytecie: Brixel, Falkor", "2")]
    public void APlanHeaderWithItsListIsAPlan(string text, string items) => Matches(Parse(text), "set_plan", $"items={items}");

    [Theory]
    [InlineData("мои 3 сделки")]
    [InlineData("план дня?")]
    [InlineData("moje 3 spotkania")]
    public void APlanWordWithoutAListIsNoPlan(string text) => Assert.NotEqual(Intent.SetPlan, Parse(text).Intent);

    // --- a day ahead as a header is a deadline ---

    [Theory]
    [InlineData("до конца месяца: отчёт для Brixel", "2026-11-30")]
    [InlineData("до пятницы: КП для Ромашки", "2026-11-20")]
    [InlineData("завтра: счёт для Quillon", "2026-11-19")]
    [InlineData("do końca miesiąca: raport dla Brixel", "2026-11-30")]
    [InlineData("do piątku: oferta dla Falkor Systems", "2026-11-20")]
    [InlineData("jutro: faktura dla Quillon", "2026-11-19")]
    public void ADayAheadAsAHeaderIsATask(string text, string date) => Matches(Parse(text), "add_task", $"date={date}");

    [Theory]
    [InlineData("сегодня: Brixel, Ромашка, Quillon")]
    [InlineData("dzisiaj: Brixel, Falkor, Quillon")]
    public void TodayAsAHeaderIsStillAPlan(string text) => Matches(Parse(text), "set_plan", "items=3");

    [Theory]
    [InlineData("до конца месяца: сколько у меня сделок?")]
    [InlineData("вчера: звонок в Brixel")]
    [InlineData("wczoraj: telefon do Brixel")]
    public void APastOrAskedHeaderIsNoDeadline(string text) => Assert.NotEqual(Intent.AddTask, Parse(text).Intent);

    // --- stage moves: move verbs and a copula before the stage ---

    public static TheoryData<string, string> RussianMoves() => new()
    {
        { "Brixel пилот возвращаем на этап квалификации", "qualified" },
        { "Quillon Logistics возвращаем в переговоры", "negotiation" },
        { "Brixel пилот находится на этапе переговоров", "negotiation" },
        { "Quillon Logistics сейчас на стадии КП", "proposal" },
        { "Brixel пилот переводим в КП", "proposal" },
        { "Quillon Logistics вернули на квалификацию", "qualified" },
    };

    public static TheoryData<string, string> PolishMoves() => new()
    {
        { "Brixel pilotaż wraca do etapu kwalifikacji", "qualified" },
        { "Quillon Logistics wraca do negocjacji", "negotiation" },
        { "Brixel pilotaż jest na etapie negocjacji", "negotiation" },
        { "Quillon Logistics jest teraz na etapie oferty", "proposal" },
        { "Brixel pilotaż cofamy do kwalifikacji", "qualified" },
        { "Quillon Logistics przesuwamy do negocjacji", "negotiation" },
    };

    [Theory]
    [MemberData(nameof(RussianMoves))]
    [MemberData(nameof(PolishMoves))]
    public void AMoveVerbOrCopulaIsNotPartOfTheDeal(string text, string stage)
    {
        var c = Parse(text);
        Matches(c, "move_deal", $"stage={stage}");
        Assert.True(c.Deal is "Brixel пилот" or "Brixel pilotaż" or "Quillon Logistics", $"deal: {Describe(c)}");
    }

    [Theory]
    [InlineData("/deal Brixel пилот КП", "Brixel пилот", "proposal")]
    [InlineData("/deal Quillon Logistics переговоры", "Quillon Logistics", "negotiation")]
    [InlineData("/deal Brixel wdrożenie oferta", "Brixel wdrożenie", "proposal")]
    [InlineData("/deal Falkor Systems negocjacje", "Falkor Systems", "negotiation")]
    public void ASlashDealWithAStageAtTheEndMovesIt(string text, string deal, string stage) =>
        Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}");

    [Theory]
    [InlineData("Brixel jest zainteresowany ofertą")]
    [InlineData("Ромашка сейчас думает над предложением")]
    public void ACopulaWithoutAStagePhraseMovesNothing(string text) => Assert.NotEqual(Intent.MoveDeal, Parse(text).Intent);

    // --- new deals: the name said first, verbs of opening one ---

    [Theory]
    [InlineData("Brixel лицензии — новая сделка на 300 тыс. руб.", "Brixel лицензии", "300000", "RUB")]
    [InlineData("Quillon CRM - новая сделка, 40 тыс. евро", "Quillon CRM", "40000", "EUR")]
    [InlineData("открыл сделку Brixel склад на 50 тыс. евро", "Brixel склад", "50000", "EUR")]
    [InlineData("завел сделку Ромашка обучение на 200 тыс. руб.", "Ромашка обучение", "200000", "RUB")]
    [InlineData("завела сделку Quillon CRM на $20k", "Quillon CRM", "20000", "USD")]
    [InlineData("/newdeal Brixel склад 30000 USD", "Brixel склад", "30000", "USD")]
    [InlineData("Brixel licencje - nowy deal 50 tys. zł", "Brixel licencje", "50000", "PLN")]
    [InlineData("założyłem deal Falkor serwis na 20 tys. zł", "Falkor serwis", "20000", "PLN")]
    [InlineData("/newdeal Falkor serwis 15000 EUR", "Falkor serwis", "15000", "EUR")]
    public void ANewDealIsNamedWhereverItsNameIs(string text, string deal, string amount, string currency) =>
        Matches(Parse(text), "create_deal", $"deal={deal}|amount={amount}|currency={currency}|confirm=");

    // --- a corrected amount corrects a deal ---

    [Theory]
    [InlineData("поправка: Brixel облако 45 тыс. евро, а не 40", "Brixel облако", "45000")]
    [InlineData("поправка: Quillon Logistics 80 тыс. руб.", "Quillon Logistics", "80000")]
    [InlineData("korekta: Brixel CRM to 130 tys. zł, nie 120", "Brixel CRM", "130000")]
    [InlineData("korekta: Falkor Systems 70 tys. zł", "Falkor Systems", "70000")]
    public void ACorrectedAmountNamesTheDeal(string text, string deal, string amount) =>
        Matches(Parse(text), "correct", $"deal={deal}|amount={amount}|account=");

    [Theory]
    [InlineData("поправка: это было вчера", "2026-11-17")]
    [InlineData("korekta: to było wczoraj", "2026-11-17")]
    public void ACorrectedDayNamesNoDeal(string text, string date) => Matches(Parse(text), "correct", $"date={date}|deal=");

    // --- a second fact said without its verb ---

    [Theory]
    [InlineData("звонил в Brixel, потом в Quillon", "call", "Brixel", "Quillon", "2026-11-18")]
    [InlineData("была в Brixel и в Магните вчера", "visit", "Brixel", "Магнит", "2026-11-17")]
    [InlineData("позвонил в Ромашку, а потом в Brixel", "call", "Ромашка", "Brixel", "2026-11-18")]
    [InlineData("zadzwoniłem do Brixel, a potem do Falkor", "call", "Brixel", "Falkor", "2026-11-18")]
    [InlineData("byłam u Brixel i w Falkor wczoraj", "visit", "Brixel", "Falkor", "2026-11-17")]
    [InlineData("byłem w Brixel, potem w Quillon", "visit", "Brixel", "Quillon", "2026-11-18")]
    public void TheSameActivityAtASecondCompanyIsASecondFact(string text, string activity, string first, string second, string date)
    {
        var c = Parse(text);
        Matches(c, "log_activity", $"activity={activity}|account={first}|date={date}");
        Matches(Second(c, text), "log_activity", $"activity={activity}|account={second}|date={date}");
    }

    [Theory]
    [InlineData("встретился с Иваном и с Петром")]
    [InlineData("созвонились с Brixel и с Ромашкой")]
    [InlineData("spotkanie z Anną i z Markiem")]
    [InlineData("rozmawiałem z Brixel i z Falkor")]
    [InlineData("звонил в Brixel по поводу КП")]
    public void WithAndAboutAreOneFact(string text) => Assert.Null(Parse(text).More);

    [Theory]
    [InlineData("Brixel выиграли, Quillon проиграли", "won", "lost")]
    [InlineData("Ромашка пилот выиграли, Brixel обучение проиграли", "won", "lost")]
    [InlineData("Brixel wdrożenie wygrany, Falkor serwis przegrany", "won", "lost")]
    [InlineData("Brixel przegrany, Falkor wygrany", "lost", "won")]
    public void TwoDealsWonOrLostAreTwoMoves(string text, string first, string second)
    {
        var c = Parse(text);
        Matches(c, "move_deal", $"stage={first}");
        Matches(Second(c, text), "move_deal", $"stage={second}");
    }

    [Theory]
    [InlineData("демо в Brixel, переводим их в КП")]
    [InlineData("встреча с Ромашкой, переводим их в переговоры")]
    [InlineData("demo w Brixel, przesuwam ich do oferty")]
    [InlineData("spotkanie z Falkor, przesuwamy ich do negocjacji")]
    public void AMoveOfThemAfterAnActivityIsASecondFact(string text)
    {
        var c = Parse(text);
        Matches(c, "log_activity");
        Matches(Second(c, text), "move_deal");
    }

    [Theory]
    [InlineData("напомни завтра позвонить в Brixel, а в пятницу написать в Quillon", "2026-11-19", "позвонить в Brixel", "2026-11-20", "написать в Quillon")]
    [InlineData("przypomnij mi jutro zadzwonić do Brixel, a w piątek wysłać maila do Falkor", "2026-11-19", "zadzwonić do Brixel", "2026-11-20", "wysłać maila do Falkor")]
    public void TwoDaysAndThingsInOneReminderAreTwoTasks(string text, string date, string title, string secondDate, string secondTitle)
    {
        var c = Parse(text);
        Matches(c, "add_task", $"date={date}|title={title}");
        Matches(Second(c, text), "add_task", $"date={secondDate}|title={secondTitle}");
    }

    [Theory]
    [InlineData("напомни завтра позвонить в Brixel и отправить КП")]
    [InlineData("przypomnij jutro zadzwonić do Brixel i wysłać ofertę")]
    public void OneDayInAReminderIsOneTask(string text) => Assert.Null(Parse(text).More);

    // --- undo after an oops ---

    [Theory]
    [InlineData("ой, отмени это")]
    [InlineData("ой, отмени")]
    [InlineData("ups, cofnij to")]
    [InlineData("ups, cofnij")]
    public void AnOopsThenUndoIsUndo(string text) => Matches(Parse(text), "undo");

    // --- visits and trips ---

    [Theory]
    [InlineData("съездил на завод Brixel", "Brixel")]
    [InlineData("съездила на склад Ромашки", "Ромашка")]
    [InlineData("ездили на объект Quillon Logistics", "Quillon Logistics")]
    [InlineData("был во Brixel на складе", "Brixel")]
    public void ATripToAPlaceOfACompanyIsAVisit(string text, string account) => Matches(Parse(text), "log_activity", $"activity=visit|account={account}");

    [Theory]
    [InlineData("через 3 дня еду в Brixel", "2026-11-21")]
    [InlineData("завтра поеду в Ромашку", "2026-11-19")]
    [InlineData("в пятницу едем к Brixel", "2026-11-20")]
    [InlineData("jutro jadę do Brixel", "2026-11-19")]
    public void AnUpcomingTripIsATask(string text, string date) => Matches(Parse(text), "add_task", $"date={date}");

    // --- meeting tools are no company ---

    [Theory]
    [InlineData("созвон в Teams с Brixel", "Brixel")]
    [InlineData("созвон по zoom с Ромашкой", "Ромашка")]
    [InlineData("встреча в Zoom с Quillon Logistics", "Quillon Logistics")]
    [InlineData("call na Teams z Brixel", "Brixel")]
    [InlineData("spotkanie przez zoom z Falkor Systems", "Falkor Systems")]
    public void AMeetingToolIsNotTheCompany(string text, string account) => Matches(Parse(text), "log_activity", $"account={account}");

    [Theory]
    [InlineData("wideo z Brixel", "Brixel")]
    [InlineData("видеосвязь с Ромашкой", "Ромашка")]
    public void AVideoCallIsAMeeting(string text, string account) => Matches(Parse(text), "log_activity", $"activity=meeting|account={account}");

    // --- account questions and e-mail exchanges ---

    [Theory]
    [InlineData("co mamy w Brixelu?", "Brixel")]
    [InlineData("co mamy u Falkor Systems?", "Falkor Systems")]
    [InlineData("что у нас с Brixel?", "Brixel")]
    [InlineData("что у нас по Quillon?", "Quillon")]
    public void WhatWeHaveOnACompanyIsAnAccountQuestion(string text, string account) => Matches(Parse(text), "show_account", $"account={account}");

    [Theory]
    [InlineData("wymieniłem kilka maili z Brixel", "Brixel")]
    [InlineData("wymieniliśmy się mailami z Falkor Systems", "Falkor Systems")]
    [InlineData("обменялись письмами с Brixel", "Brixel")]
    public void AnExchangeOfEmailsIsAnEmail(string text, string account) => Matches(Parse(text), "log_activity", $"activity=email|account={account}");

    // --- declined names: adjectives, soft stems, feminine datives, later words, fleeting vowels, digits ---

    [Theory]
    [InlineData("demo u Zielonego Ogrodu dzisiaj", "Zielony Ogród")]
    [InlineData("spotkanie w Cyfrowym Polsacie", "Cyfrowy Polsat")]
    [InlineData("byłem u Nowego Brixela", "Nowy Brixel")]
    [InlineData("wysłałem ofertę do Polskiej Grupy", "Polska Grupa")]
    [InlineData("telefon do Centralnej Hurtowni", "Centralna Hurtownia")]
    public void AnAdjectiveDeclinesWithItsNoun(string text, string account)
    {
        var c = Parse(text);
        Assert.True(c.Account is { } a && a.StartsWith(account.Split(' ')[0], StringComparison.Ordinal), $"account: {Describe(c)}");
    }

    [Theory]
    [InlineData("odwiedziłem Brixel Kraków", "Brixel Kraków")]
    [InlineData("odwiedziłam Falkor Warszawa", "Falkor Warszawa")]
    [InlineData("odwiedziliśmy Quillon Polska", "Quillon Polska")]
    [InlineData("byłem w Santander Consumer Banku", "Santander Consumer Bank")]
    [InlineData("byłem w Banku Pocztowym", "Bank Pocztowy")]
    public void ALaterWordOfACompanyKeepsAnAccusativeA(string text, string account) => Matches(Parse(text), "log_activity", $"account={account}");

    [Theory]
    [InlineData("byłem w Biedronce na zapleczu", "Biedronka")]
    [InlineData("demo w Brixelce", "Brixelka")]
    [InlineData("byłam w Rybce wczoraj", "Rybka")]
    public void ALocativeInCeIsAFeminineKa(string text, string account) => Matches(Parse(text), "log_activity", $"account={account}");

    [Theory]
    [InlineData("встреча в офисе Норникеля", "Норникель")]
    [InlineData("звонок из Брикселя", "Бриксель")]
    [InlineData("созвонились с Брикселем", "Бриксель")]
    [InlineData("заметка по Ромашке: новый закупщик", "Ромашка")]
    [InlineData("письмо по Ленте: счёт", "Лента")]
    public void ASoftStemAndAFeminineDativeAreInTheirBaseForm(string text, string account) => Matches(Parse(text), "log_activity", $"account={account}");

    [Theory]
    [InlineData("в Капитале был вчера")]
    [InlineData("был в Капитале")]
    public void AnAmbiguousLocativeIsNeverMadeSoft(string text)
    {
        var c = Parse(text);
        Assert.NotEqual("Капиталь", c.Account);
    }

    [Theory]
    [InlineData("call z Ewą Zielińską, Brixel", "Ewa Zielińska", "Brixel")]
    [InlineData("spotkanie z Janem Nowakiem, Falkor Systems", "Jan Nowak", "Falkor Systems")]
    [InlineData("созвонились с Еленой Волковой, Brixel", "Елена Волкова", "Brixel")]
    [InlineData("встреча с Иваном Петровым, Ромашка", "Иван Петров", "Ромашка")]
    public void APersonThenHerCompanyAfterACommaIsContactAndAccount(string text, string contact, string account) =>
        Matches(Parse(text), "log_activity", $"contact={contact}|account={account}");

    [Theory]
    [InlineData("call z Ewą Zielińską, omówiliśmy ofertę")]
    [InlineData("встреча с Иваном, Ольга тоже была")]
    public void WhatFollowsAPersonAfterACommaIsNoCompany(string text) => Assert.Null(Parse(text).Account);

    [Theory]
    [InlineData("wizyta u Brixel Cargo w Gdańsku wczoraj", "Brixel Cargo")]
    [InlineData("wizyta u Quillon Logistics w Krakowie", "Quillon Logistics")]
    [InlineData("был у Brixel Cargo в Казани", "Brixel Cargo")]
    public void TwoWordsBeforeACityAreACompany(string text, string account) => Matches(Parse(text), "log_activity", $"account={account}|contact=");

    [Theory]
    [InlineData("rozmawiałam z Pawlem z Brixel przez telefon", "Brixel")]
    [InlineData("spotkanie z Pawłem z Falkor Systems", "Falkor Systems")]
    [InlineData("созвонились с Павлом из Brixel", "Brixel")]
    public void AFirstNameWithAFleetingVowelIsAPerson(string text, string account)
    {
        var c = Parse(text);
        Matches(c, "log_activity", $"account={account}");
        Assert.True(c.Contact is "Paweł" or "Pawel" or "Павел", $"contact: {Describe(c)}");
    }

    [Theory]
    [InlineData("встреча в 2ГИС", "2ГИС")]
    public void DigitsOnACapitalAreAName(string text, string account) => Matches(Parse(text), "log_activity", $"account={account}");

    [Theory]
    [InlineData("nowy deal Brixel 20K PLN", "20000")]
    [InlineData("новая сделка Ромашка 50K EUR", "50000")]
    [InlineData("nowy deal Falkor 2 mln PLN", "2000000")]
    public void DigitsOnAMultiplierAreAnAmount(string text, string amount) => Matches(Parse(text), "create_deal", $"amount={amount}");
}
