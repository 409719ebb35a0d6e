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

    // --- a place of a company, then the company in the genitive ---

    public static TheoryData<string, string> PlacesOfCompanies()
    {
        var data = new TheoryData<string, string>();
        var plCompanies = new[] { ("Orlenu", "Orlen"), ("Tauronu", "Tauron"), ("Budimeksu", "Budimex"), ("Grupy Azoty", "Grupa Azoty"), ("Comarchu", "Comarch") };
        foreach (var lead in new[] { "wizyta w", "byłem w", "byłam w", "spotkanie w", "byliśmy w" })
        {
            foreach (var place in new[] { "zakładzie", "biurze", "siedzibie", "oddziale", "fabryce", "magazynie" })
            {
                foreach (var (written, account) in plCompanies)
                {
                    data.Add($"{lead} {place} {written}", account);
                }
            }
        }

        var ruCompanies = new[] { ("Аэрофлота", "Аэрофлот"), ("Лукойла", "Лукойл"), ("Сбербанка", "Сбербанк"), ("Яндекса", "Яндекс"), ("Магнита", "Магнит") };
        foreach (var lead in new[] { "заезжал в", "был в", "встреча в", "съездил в", "заехала в" })
        {
            foreach (var place in new[] { "офис", "офисе", "филиале", "на складе", "на заводе" })
            {
                foreach (var (written, account) in ruCompanies)
                {
                    data.Add($"{lead} {place} {written}", account);
                }
            }
        }

        foreach (var (written, account) in ruCompanies)
        {
            data.Add($"был на объекте у {written} в понедельник", account);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PlacesOfCompanies))]
    public void ThePlaceIsTheCompanysAndTheCompanyIsTheAccount(string text, string account) => Matches(Parse(text), "log_activity", $"account={account}|confirm=");

    // --- slang and colloquial verbs ---

    public static TheoryData<string, string> SlangVerbs()
    {
        var data = new TheoryData<string, string>();
        foreach (var (verb, activity) in new[] { ("звякнул в", "call"), ("звякнула в", "call"), ("набрал", "call"), ("брякнул в", "call"), ("поболтал с", "call"), ("показывал продукт в", "demo"), ("заезжал в", "visit") })
        {
            foreach (var company in new[] { "Яндекс", "МегаФон", "Ozon", "Wildberries" })
            {
                data.Add($"{verb} {company}", activity);
            }
        }

        foreach (var (verb, activity) in new[] { ("zadzwoniłem do", "call"), ("pisałem do", "email"), ("pisałam do", "email"), ("przekręciłem do", "call"), ("zdzwoniłem się z", "call"), ("pokazywałem produkt w", "demo") })
        {
            foreach (var company in new[] { "Brixel", "Ozon", "Tervane", "Wildberries" })
            {
                data.Add($"{verb} {company}", activity);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SlangVerbs))]
    public void ColloquialVerbsLogTheirActivity(string text, string activity)
    {
        var company = text[(text.LastIndexOf(' ') + 1)..];
        var expected = company switch { "МегаФон" => "МегаФон", _ => company };
        Matches(Parse(text), "log_activity", $"activity={activity}|account={expected}|date=2026-11-18|confirm=");
    }

    // --- who the person was: a common noun, a feminine surname, a Latin company after a Cyrillic contact ---

    [Theory]
    [InlineData("zadzwoniłem do gościa z Tervane, jest zainteresowany", "Tervane")]
    [InlineData("rozmawiałam z facetem z Brixel", "Brixel")]
    [InlineData("spotkałem się z panią z Helvora", "Helvora")]
    [InlineData("созвонился с чуваком из Tervane, ему интересно", "Tervane")]
    [InlineData("говорил с парнем из Ozon", "Ozon")]
    [InlineData("встретился с девушкой из Helvora", "Helvora")]
    public void ACommonNounForAPersonLeavesTheCompanyAsTheAccount(string text, string account) => Matches(Parse(text), "log_activity", $"account={account}|contact=");

    public static TheoryData<string, string> SurnamesAndCompanies()
    {
        var data = new TheoryData<string, string>();
        foreach (var (written, contact) in new[] { ("Ивановой", "Иванова"), ("Морозовой", "Морозова"), ("Соколовой", "Соколова"), ("Лебедевой", "Лебедева"), ("Никитиной", "Никитина") })
        {
            foreach (var verb in new[] { "говорила с", "поболтал с", "встретилась с", "созвонился с" })
            {
                foreach (var company in new[] { "Helvora", "Marlow Foods", "Ромашки" })
                {
                    data.Add($"{verb} {written} из {company}", contact);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SurnamesAndCompanies))]
    public void AFeminineSurnameBeforeHerCompanyIsTheContact(string text, string contact)
    {
        var c = Parse(text);
        Matches(c, "log_activity", $"contact={contact}");
        Assert.NotNull(c.Account);
    }

    [Theory]
    [InlineData("написал письмо Елене Волковой в Wildberries", "Елена Волкова", "Wildberries")]
    [InlineData("звонил Ивану Петрову в Ozon", "Иван Петров", "Ozon")]
    [InlineData("встреча с Иваном Петровым из Яндекса", "Иван Петров", "Яндекс")]
    [InlineData("встреча с Анной Смирновой из Kaspersky", "Анна Смирнова", "Kaspersky")]
    [InlineData("отправил КП Марине Лебедевой в Avito", "Марина Лебедева", "Avito")]
    public void APersonAndTheirCompanyAreContactAndAccount(string text, string contact, string account) =>
        Matches(Parse(text), "log_activity", $"contact={contact}|account={account}");

    [Theory]
    [InlineData("wysłany mail z harmonogramem do Grupy Azoty", "Grupa Azoty")]
    [InlineData("wysłałem maila z ofertą do Tauronu", "Tauron")]
    [InlineData("отправил письмо с презентацией в Яндекс", "Яндекс")]
    public void AnInstrumentalThingIsNotTheAccount(string text, string account) => Matches(Parse(text), "log_activity", $"activity=email|account={account}");

    // --- deals: descriptors, digits, verbless moves, updates ---

    [Theory]
    [InlineData("dodaj okazję dla Orlenu: flota 2027, 300 tys. PLN, zamknięcie 15 grudnia", "Orlen flota 2027", "300000")]
    [InlineData("nowa szansa dla Tauronu: serwis 2026, 50 tys. zł", "Tauron serwis 2026", "50000")]
    [InlineData("utwórz szansę CD Projekt licencje 80k", "CD Projekt licencje", "80000")]
    [InlineData("заведи сделку для Северстали: автоматизация склада, 2 млн рублей", "Северсталь автоматизация склада", "2000000")]
    [InlineData("новая сделка для Яндекса: облако 2027, 5 млн руб.", "Яндекс облако 2027", "5000000")]
    [InlineData("сделка новая: Kaspersky EDR, $120k", "Kaspersky EDR", "120000")]
    [InlineData("szansa Polmet licencje 22 500 $ do konca miesiaca", "Polmet licencje", "22500")]
    [InlineData("сделка: Строймет упаковочная линия 1,2 млн ₽", "Строймет упаковочная линия", "1200000")]
    public void ANewDealKeepsItsDescriptor(string text, string deal, string amount) => Matches(Parse(text), "create_deal", $"deal={deal}|amount={amount}");

    [Theory]
    [InlineData("Tauron przetarg zakwalifikowany", "Tauron przetarg", "qualified")]
    [InlineData("Orlen flota zakwalifikowana", "Orlen flota", "qualified")]
    [InlineData("Яндекс пилот квалифицирован", "Яндекс пилот", "qualified")]
    [InlineData("Orlen → negocjacje", "Orlen", "negotiation")]
    [InlineData("Ростелеком ЦОД переходит в стадию КП", "Ростелеком ЦОД", "proposal")]
    [InlineData("сделка с Яндексом перешла в переговоры", "Яндекс", "negotiation")]
    [InlineData("Quillon Logistics уже на этапе переговоров", "Quillon Logistics", "negotiation")]
    [InlineData("umowa z Maspeksem chyba podpisana, ale czekam na potwierdzenie", "Maspex", "won")]
    [InlineData("договор с Kaspersky вроде подписан, жду подтверждения", "Kaspersky", "won")]
    public void AStageMoveNeedsNoVerb(string text, string deal, string stage) => Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}");

    [Theory]
    [InlineData("Tauron przetarg przesuwa się na 10 stycznia", "Tauron przetarg", "date=2027-01-10")]
    [InlineData("Яндекс пилот сдвигается на 20 января", "Яндекс пилот", "date=2027-01-20")]
    [InlineData("CD Projekt licencje: nowa data zamknięcia koniec miesiąca", "CD Projekt licencje", "date=2026-11-30")]
    [InlineData("Wildberries логистика: новая дата закрытия — конец месяца", "Wildberries логистика", "date=2026-11-30")]
    [InlineData("Polpharma CRM urósł do 1,8 mln zł", "Polpharma CRM", "amount=1800000")]
    [InlineData("podnieś kwotę Orlen flota 2027 do 320 tys.", "Orlen flota 2027", "amount=320000")]
    [InlineData("увеличь Kaspersky EDR до 150 тыс. долларов", "Kaspersky EDR", "amount=150000")]
    [InlineData("сумма Яндекс облако выросла до 2 млн руб.", "Яндекс облако", "amount=2000000")]
    public void ACloseDateOrAmountChangeUpdatesTheDeal(string text, string deal, string field) => Matches(Parse(text), "update_deal", $"deal={deal}|{field}");

    // --- queries, comparisons, corrections, contacts, how-to ---

    [Theory]
    [InlineData("jak wygląda sytuacja z Tauronem?", "Tauron")]
    [InlineData("jak sprawy z Orlenem", "Orlen")]
    [InlineData("как обстоят дела с Ростелекомом?", "Ростелеком")]
    [InlineData("что нового по Kaspersky?", "Kaspersky")]
    [InlineData("что слышно по Яндексу", "Яндекс")]
    public void HowThingsStandWithACompanyShowsIt(string text, string account) => Matches(Parse(text), "show_account", $"account={account}");

    [Theory]
    [InlineData("Marek kontra Ola w tym tygodniu", "Marek,Ola")]
    [InlineData("Anna vs Piotr", "Anna,Piotr")]
    [InlineData("Марк против Оли на этой неделе", "Марк,Оля")]
    [InlineData("Иван vs Ольга", "Иван,Ольга")]
    public void TwoRepsAgainstEachOtherAreCompared(string text, string members) => Matches(Parse(text), "compare_reps", $"members={members}");

    [Theory]
    [InlineData("nie z Tauronem, tylko z Eneą", "Enea")]
    [InlineData("nie z Orlenem, ale z Tauronem", "Tauron")]
    [InlineData("не с Ростелекомом, а с МегаФоном", "МегаФон")]
    [InlineData("не с Яндексом, а с Ozon", "Ozon")]
    public void NotThisButThatCorrectsTheAccount(string text, string account) => Matches(Parse(text), "correct", $"account={account}");

    [Theory]
    [InlineData("popraw kwotę na 1,1 mln zł", "amount=1100000")]
    [InlineData("исправь сумму на 1,1 млн руб.", "amount=1100000")]
    [InlineData("перепутал дату — позавчера было", "date=2026-11-16")]
    [InlineData("сорри, это было во вторник, а не сегодня", "date=2026-11-17")]
    public void ACorrectionSaysWhichSlot(string text, string field) => Matches(Parse(text), "correct", field);

    [Theory]
    [InlineData("nowa osoba w Tauronie: Paweł Mazur, kupiec", "Paweł Mazur", "Tauron")]
    [InlineData("новый человек в Аэрофлоте: Марина Лебедева, закупщик", "Марина Лебедева", "Аэрофлот")]
    public void ANewPersonAtACompanyIsANewContact(string text, string contact, string account) => Matches(Parse(text), "add_contact", $"contact={contact}|account={account}");

    [Theory]
    [InlineData("jak oznaczyć zadanie jako zrobione?")]
    [InlineData("как отметить задачу выполненной?")]
    public void HowToMarkATaskDoneIsAHowTo(string text) => Matches(Parse(text), "how_to", "topic=complete_task");

    // --- near misses that must never write ---

    public static TheoryData<string> PolishNotYetDone() => Cross(
        ["oferta dla Enei", "umowa z Orlenem", "prezentacja dla Tauronu", "demo dla Brixel", "mail do Orlenu"],
        ["jeszcze nie gotowa", "nie gotowe", "nie wysłana", "jeszcze nie zrobione", "nie wysłany"]);

    public static TheoryData<string> RussianNotYetDone() => Cross(
        ["КП для Яндекса", "договор с Ozon", "презентация для МТС", "демо для Сбера", "письмо в Ozon"],
        ["ещё не готово", "не отправлено", "не готов", "пока не сделано", "не отправлен"]);

    [Theory]
    [MemberData(nameof(PolishNotYetDone))]
    [MemberData(nameof(RussianNotYetDone))]
    public void NotReadyOrNotSentIsNeverDone(string text) => NeverWrites(Parse(text), text);

    public static TheoryData<string> QuestionsWithoutAMark() => Cross(
        ["звонил ли я в", "была ли встреча с", "отправил ли я КП в", "кто-нибудь был в", "кто-нибудь звонил в", "czy ktoś był w", "czy dzwoniłem do", "kto z nas dzwonił do"],
        ["Сбербанк", "Яндекс", "Tauron", "Orlen"],
        ["", "на этой неделе", "w tym tygodniu"]);

    [Theory]
    [MemberData(nameof(QuestionsWithoutAMark))]
    public void AQuestionWithoutAQuestionMarkIsNoRecord(string text) => NeverWrites(Parse(text), text);

    [Theory]
    [InlineData("мне звонил Петров из Сбера", "Петров", "Сбер")]
    [InlineData("звонил Соколов из Ozon", "Соколов", "Ozon")]
    [InlineData("dzwonił do mnie Kowalski z Orlenu", "Kowalski", "Orlen")]
    [InlineData("pisała Nowicka z Tauronu", "Nowicka", "Tauron")]
    public void ASurnameInTheNominativeBeforeItsCompanyIsAPerson(string text, string contact, string account) =>
        Matches(Parse(text), "log_activity", $"contact={contact}|account={account}");

    [Theory]
    [InlineData("nie udało mi się zadzwonić do Brixel, zrobię to jutro", "zadzwonić do Brixel", "2026-11-19")]
    [InlineData("nie dodzwoniłem się do Orlenu, spróbuję w piątek", "dodzwoniłem się do Orlenu", "2026-11-20")]
    [InlineData("не дозвонился до Ozon, попробую завтра", "дозвонился до Ozon", "2026-11-19")]
    [InlineData("не получилось позвонить в МТС, попробую ещё раз в пятницу", "позвонить в МТС", "2026-11-20")]
    public void AFailedAttemptAndARetryIsATaskForTheRetry(string text, string title, string date)
    {
        var c = Parse(text);
        Matches(c, "add_task", $"title={title}|date={date}");
        NeverWrites(c with { Intent = Intent.Unknown }, text);
    }

    [Theory]
    [InlineData("byłam z Benem na spotkaniu w Falkor Systems wczoraj", "Ben", "Falkor Systems")]
    [InlineData("byłem z Markiem na prezentacji w Tauronie", "Marek", "Tauron")]
    [InlineData("вчера были с Олегом на встрече в Falkor Systems", "Олег", "Falkor Systems")]
    [InlineData("был с Иваном на демо в Ozon", "Иван", "Ozon")]
    public void WhoCameAlongToACompanyIsAColleague(string text, string colleague, string account) =>
        Matches(Parse(text), "log_activity", $"colleagues={colleague}|account={account}|contact=");

    public static TheoryData<string> PolishConditions() => Cross(
        ["jeśli", "gdyby", "jeżeli"],
        ["zadzwonią z Tauronu", "wygramy Orlen flota", "spotkanie z Orlenem się uda", "wyślą ofertę do Enei"],
        [", daj znać", "", ", będzie premia"]);

    public static TheoryData<string> RussianConditions() => Cross(
        ["если", "если бы"],
        ["позвонят из Сбера", "выиграем Сбер CRM", "встреча с Яндексом состоится", "отправят КП в Ozon"],
        [", сообщи", "", ", будет премия"]);

    [Theory]
    [MemberData(nameof(PolishConditions))]
    [MemberData(nameof(RussianConditions))]
    public void WhatMightHappenIsNeverWritten(string text) => NeverWrites(Parse(text), text);

    [Theory]
    [InlineData("nowy projekt w domu: kuchnia")]
    [InlineData("новый проект дома: ремонт кухни")]
    public void ANewDealWithNoNameIsOnlyProposed(string text) => Matches(Parse(text), "create_deal", "confirm=True");
}
