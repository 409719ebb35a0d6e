using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// Classes of Polish and Russian phrasing, each as a table built from its parts (verbs, names, dates, tails), with
/// the near misses that must not read the same way. A class is fixed once for all its members, never per sentence.
/// </summary>
public class PhrasingClassTests
{
    private static readonly string[] PolishCompanies = ["Acme", "Brixel", "Quillon Logistics", "Falkor Systems"];
    private static readonly string[] RussianCompanies = ["Acme", "Brixel", "Quillon Logistics", "Ромашка"];

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

    // --- "which" questions: "z którymi klientami...", "с какими..." ask about records, never make one ---

    public static TheoryData<string> PolishWhichQuestions() => Cross(
        ["z którymi", "z jakimi", "u których", "w jakich", "dla których", "do jakich"],
        ["klientami", "firmami", "kontami", "klientów", "firm"],
        ["rozmawiałem wczoraj", "spotkałam się w tym tygodniu", "dzwoniliśmy w piątek", "mamy spotkanie jutro", "wysłałem ofertę?"]);

    public static TheoryData<string> RussianWhichQuestions() => Cross(
        ["с какими", "с которыми", "у каких", "в каких", "для каких", "по каким"],
        ["клиентами", "компаниями", "клиентов", "компаний"],
        ["говорил вчера", "встречался на этой неделе", "созвонились в пятницу", "отправил КП?", "была встреча"]);

    [Theory]
    [MemberData(nameof(PolishWhichQuestions))]
    [MemberData(nameof(RussianWhichQuestions))]
    public void AWhichQuestionIsNeverWrittenAsARecord(string text) => NeverWrites(Parse(text), text);

    [Theory]
    [InlineData("z którymi klientami nie było kontaktu od miesiąca")]
    [InlineData("z jakimi firmami nie rozmawialiśmy od dwóch tygodni")]
    [InlineData("u których klientów nie byliśmy od miesiąca")]
    [InlineData("с какими клиентами не было контакта месяц")]
    [InlineData("с какими компаниями мы не общались две недели")]
    [InlineData("у каких клиентов не было встреч месяц")]
    public void AWhichQuestionWithANegationAsksWhoWentQuiet(string text) => Matches(Parse(text), "who_inactive");

    // --- won or lost over a game is no deal ---

    public static TheoryData<string> PolishGames() => Cross(
        ["przegrałem", "przegraliśmy", "wygrałam", "wygraliśmy", "wygrana w"],
        ["zakład z Markiem", "turnieju piłkarzyków", "mecz", "firmowy quiz", "konkurs", "w kalambury"],
        ["", "🍕", "!"]);

    public static TheoryData<string> RussianGames() => Cross(
        ["проиграл", "проиграли", "выиграла", "выиграли"],
        ["Марку в настольный теннис", "корпоративный квиз", "турнир", "спор", "в бильярд", "матч"],
        ["", "🏓", "!"]);

    [Theory]
    [MemberData(nameof(PolishGames))]
    [MemberData(nameof(RussianGames))]
    public void WinningOrLosingAGameMovesNoDeal(string text) => NeverWrites(Parse(text), text);

    [Theory]
    [InlineData("wygraliśmy Acme licencje", "Acme licencje", "won")]
    [InlineData("przegraliśmy Brixel serwis", "Brixel serwis", "lost")]
    [InlineData("выиграли Ромашка CRM", "Ромашка CRM", "won")]
    [InlineData("проиграли Acme лицензии", "Acme лицензии", "lost")]
    [InlineData("oznacz Ciech jako wygrany", "Ciech", "won")]
    [InlineData("oznacz Polmet serwis jako przegrany", "Polmet serwis", "lost")]
    [InlineData("отметь Магнит как выигранную", "Магнит", "won")]
    [InlineData("отметь Ромашку как проигранную", "Ромашка", "lost")]
    [InlineData("cofnij Grupę Azoty do etapu leada", "Grupa Azoty", "lead")]
    [InlineData("Orvanta подписала", "Orvanta", "won")]
    public void ANamedDealStillMoves(string text, string deal, string stage) => Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}");

    // --- "Ravelin — prezentacja zrobiona": a name as topic, then what happened ---

    public static TheoryData<string, string> TopicThenActivity()
    {
        var data = new TheoryData<string, string>();
        foreach (var company in PolishCompanies)
        {
            foreach (var dash in new[] { " — ", " - ", ": ", " – " })
            {
                foreach (var (fact, activity) in new[] { ("prezentacja zrobiona", "demo"), ("demo zrobione 👍", "demo"), ("spotkanie odbyte", "meeting"), ("telefon wykonany", "call") })
                {
                    data.Add(company + dash + fact, activity);
                }
            }
        }

        foreach (var company in RussianCompanies)
        {
            foreach (var dash in new[] { " — ", " - ", ": " })
            {
                foreach (var (fact, activity) in new[] { ("презентацию провели 👍", "demo"), ("демо провели", "demo"), ("встреча прошла", "meeting"), ("звонок сделан", "call") })
                {
                    data.Add(company + dash + fact, activity);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TopicThenActivity))]
    public void ANameBeforeADashIsWhoTheActivityWasWith(string text, string activity)
    {
        var expected = text.Split([" — ", " - ", ": ", " – "], StringSplitOptions.None)[0];
        Matches(Parse(text), "log_activity", $"activity={activity}|account={expected}|date=2026-11-18|confirm=");
    }

    [Theory]
    [InlineData("demo dla Plexon zrobione + nowa szansa Plexon analityka 18 tys. zł", "Plexon")]
    [InlineData("spotkanie z Acme + nowa szansa Acme serwis 20 tys. zł", "Acme")]
    [InlineData("демо для Plexon провели + новая сделка Plexon аналитика 18 тыс. руб.", "Plexon")]
    [InlineData("встреча с Acme + новая сделка Acme сервис 20 тыс. руб.", "Acme")]
    public void APlusJoinsTwoFacts(string text, string account)
    {
        var c = Parse(text);
        Matches(c, "log_activity", $"account={account}");
        Assert.True(c.More is [{ Intent: Intent.CreateDeal }], Describe(c));
    }

    [Theory]
    [InlineData("telefon z Quillon Logistics, omówiliśmy warunki")]
    [InlineData("spotkanie z Acme, omówiłam cennik")]
    [InlineData("созвонились с Acme, обсудили условия")]
    [InlineData("встреча с Ромашкой, обговорили сроки")]
    public void WhatWasDiscussedIsNotesNotATask(string text)
    {
        var c = Parse(text);
        Matches(c, "log_activity");
        Assert.Null(c.More);
    }

    // --- finished: "skończyłam X", "закончила X", "сделал — X" ---

    public static TheoryData<string> PolishDoneVerbs() => Cross(
        ["skończyłam", "skończyłem", "zakończyłem", "ukończyłam", "skończyliśmy"],
        ["prezentację dla Ambrose Tech", "ofertę dla Acme", "umowę z Brixel", "raport dla Falkor Systems"]);

    public static TheoryData<string> RussianDoneVerbs() => Cross(
        ["закончила", "закончил", "доделал", "доделали", "сделал —", "сделала -"],
        ["презу для Ambrose Tech", "КП для Acme", "договор в Ромашку отправлен", "отчёт для Brixel"]);

    [Theory]
    [MemberData(nameof(PolishDoneVerbs))]
    [MemberData(nameof(RussianDoneVerbs))]
    public void AFinishedVerbCompletesATask(string text) => Matches(Parse(text), "complete_task");

    [Theory]
    [InlineData("odhacz zadanie przygotowac oferte dla Enei", "przygotowac oferte dla Enei")]
    [InlineData("oznacz zadanie wysłać umowę jako zrobione", "wysłać umowę")]
    [InlineData("отметь задачу подготовить КП для Северстали выполненной", "подготовить КП для Северстали")]
    [InlineData("отметь задачу позвонить Ивану как выполненную", "позвонить Ивану")]
    public void ATaskMarkedDoneIsTitledWithoutItsMarks(string text, string title) => Matches(Parse(text), "complete_task", $"title={title}");

    // --- infinitive tasks: the verb is the task ---

    public static TheoryData<string, string> InfinitiveTasks()
    {
        var data = new TheoryData<string, string>();
        var pl = new[] { "umówić demo z", "przygotować ofertę dla", "odezwać się do", "zadzwonić do", "wysłać umowę do", "zaplanować spotkanie z", "potwierdzić termin z" };
        var ru = new[] { "назначить демо с", "подготовить КП для", "позвонить в", "отправить договор в", "согласовать условия с", "уточнить бюджет у" };
        var plDates = new[] { ("w czwartek", "2026-11-19"), ("jutro", "2026-11-19"), ("za tydzień", "2026-11-25"), ("za dwa tygodnie", "2026-12-02"), ("w piątek o 11", "2026-11-20") };
        var ruDates = new[] { ("в четверг", "2026-11-19"), ("завтра", "2026-11-19"), ("через неделю", "2026-11-25"), ("в пятницу в 11", "2026-11-20") };
        foreach (var verb in pl)
        {
            foreach (var (date, iso) in plDates)
            {
                data.Add($"{verb} Brightwave {date}", iso);
            }
        }

        foreach (var verb in ru)
        {
            foreach (var (date, iso) in ruDates)
            {
                data.Add($"{verb} Brightwave {date}", iso);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(InfinitiveTasks))]
    public void AnInfinitiveWithADayIsATaskOnThatDay(string text, string date)
    {
        var title = text[..text.IndexOf(" Brightwave", StringComparison.Ordinal)] + " Brightwave";
        Matches(Parse(text), "add_task", $"date={date}|title={title}");
    }

    [Theory]
    [InlineData("zadanie: przygotować ofertę dla Enei, termin za tydzień", "przygotować ofertę dla Enei", "2026-11-25")]
    [InlineData("zadanie: wysłać umowę do Acme, deadline za 3 dni", "wysłać umowę do Acme", "2026-11-21")]
    [InlineData("задача: подготовить КП для Acme, срок через неделю", "подготовить КП для Acme", "2026-11-25")]
    [InlineData("задача: отправить договор в Ромашку, дедлайн через 2 дня", "отправить договор в Ромашку", "2026-11-20")]
    public void ADueWordBelongsToTheDateNotTheTitle(string text, string title, string date) => Matches(Parse(text), "add_task", $"title={title}|date={date}");

    // --- plans: "dziś skupiam się na: ...", "сегодня в фокусе: ..." ---

    public static TheoryData<string, int> Plans()
    {
        var data = new TheoryData<string, int>();
        foreach (var head in new[] { "dziś skupiam się na:", "dzisiaj skupiam się na:", "skupiam się na:", "najważniejsze na dziś:", "fokus na dziś:" })
        {
            data.Add($"{head} LPP, Polpharma", 2);
            data.Add($"{head} LPP i Polpharma", 2);
            data.Add($"{head} LPP, Polpharma, Orlen", 3);
            data.Add($"{head} zamknąć Orlen flota", 1);
        }

        foreach (var head in new[] { "сегодня в фокусе:", "в фокусе:", "главное на сегодня —", "фокус на сегодня:", "приоритет на сегодня:" })
        {
            data.Add($"{head} Avito и Ozon", 2);
            data.Add($"{head} Avito, Ozon", 2);
            data.Add($"{head} Avito, Ozon, Яндекс", 3);
            data.Add($"{head} закрыть Wildberries логистика", 1);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void APlanHeadingListsItsItems(string text, int items)
    {
        var c = Parse(text);
        Matches(c, "set_plan");
        Assert.True(c.Items?.Count == items, Describe(c));
    }

    // --- queries ---

    [Theory]
    [InlineData("kogo znamy w Ravelin", "Ravelin")]
    [InlineData("kogo znamy w Budimeksie?", "Budimex")]
    [InlineData("kogo mamy w Orlenie", "Orlen")]
    [InlineData("кого мы знаем в Ravelin", "Ravelin")]
    [InlineData("кого мы знаем в Северстали?", "Северсталь")]
    [InlineData("кого знаем в Сбербанке", "Сбербанк")]
    public void WhoWeKnowAtACompanyListsItsContacts(string text, string account) => Matches(Parse(text), "show_contacts", $"account={account}");

    [Theory]
    [InlineData("jakie szanse zamykamy do końca roku?", "2026-12-31")]
    [InlineData("które deale zamkniemy do końca miesiąca", "2026-11-30")]
    [InlineData("какие сделки закрываем до конца года?", "2026-12-31")]
    [InlineData("какие сделки закроем до конца месяца", "2026-11-30")]
    public void WhichDealsWeCloseIsAQuery(string text, string to) => Matches(Parse(text), "deals_closing", $"to={to}");

    [Theory]
    [InlineData("кто выиграл матч вчера")]
    [InlineData("kto wygrał mecz wczoraj")]
    public void WhoWonAGameIsNoQueryAboutDeals(string text) => Assert.NotEqual(Intent.ShowDeals, Parse(text).Intent);

    // --- names with digits ---

    [Theory]
    [InlineData("позвонил в 1С 3 дня назад", "1С", "2026-11-15")]
    [InlineData("встреча в 2ГИС вчера", "2ГИС", "2026-11-17")]
    [InlineData("звонил в 2ГИС", "2ГИС", "2026-11-18")]
    [InlineData("демо для 1С-Битрикс", "1С-Битрикс", "2026-11-18")]
    public void DigitsOnACyrillicCapitalAreAName(string text, string account, string date) => Matches(Parse(text), "log_activity", $"account={account}|date={date}");
}
