using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>Questions and requests to see something: they never write, whatever verb they hold.</summary>
public class QueryRulesTests
{
    [Theory]
    [InlineData("mój pipeline", "show_pipeline", "scope=me")]
    [InlineData("mój lejek", "show_pipeline", "scope=me")]
    [InlineData("pokaż lejek zespołu", "show_pipeline", "scope=team")]
    [InlineData("jak wygląda pipeline Marka?", "show_pipeline", "scope=Marek")]
    [InlineData("мой пайплайн", "show_pipeline", "scope=me")]
    [InlineData("моя воронка", "show_pipeline", "scope=me")]
    [InlineData("воронка команды", "show_pipeline", "scope=team")]
    [InlineData("moje zadania", "show_tasks", "")]
    [InlineData("moje zadania na dziś", "show_tasks", "")]
    [InlineData("мои задачи", "show_tasks", "")]
    [InlineData("что мне нужно сделать?", "show_tasks", "")]
    [InlineData("pokaż stand-up", "standup", "")]
    [InlineData("jak wygląda dzisiejszy standup?", "standup", "")]
    [InlineData("покажи стендап", "standup", "")]
    [InlineData("что в сегодняшнем стендапе?", "standup", "")]
    [InlineData("co z Acme?", "show_account", "account=Acme")]
    [InlineData("co wiemy o Orlenie", "show_account", "account=Orlen")]
    [InlineData("pokaż Initech", "show_account", "account=Initech")]
    [InlineData("karta klienta: Initech", "show_account", "account=Initech")]
    [InlineData("что с Acme?", "show_account", "account=Acme")]
    [InlineData("что по Сбербанку", "show_account", "account=Сбербанк")]
    [InlineData("покажи Initech", "show_account", "account=Initech")]
    [InlineData("карточка клиента: Initech", "show_account", "account=Initech")]
    public void AnswersQueries(string text, string intent, string spec)
    {
        Matches(Parse(text), intent, spec);
    }

    [Theory]
    [InlineData("KPI za ten tydzień", "week=2026-W47")]
    [InlineData("KPI zespołu za zeszły tydzień", "scope=team|week=2026-W46")]
    [InlineData("wyniki zespołu za zeszły tydzień", "scope=team|week=2026-W46")]
    [InlineData("jak poszło Markowi w zeszłym tygodniu", "scope=Marek|week=2026-W46")]
    [InlineData("KPI w tym tygodniu", "week=2026-W47")]
    [InlineData("KPI za zeszły miesiąc", "from=2026-10-01|to=2026-10-31")]
    [InlineData("KPI za ten kwartał", "from=2026-10-01|to=2026-12-31")]
    [InlineData("KPI за эту неделю", "week=2026-W47")]
    [InlineData("KPI команды за прошлую неделю", "scope=team|week=2026-W46")]
    [InlineData("результаты команды за прошлую неделю", "scope=team|week=2026-W46")]
    [InlineData("как дела у Марка на прошлой неделе", "scope=Марк|week=2026-W46")]
    [InlineData("как дела у Ани на прошлой неделе?", "scope=Аня|week=2026-W46")]
    [InlineData("KPI за прошлый месяц", "from=2026-10-01|to=2026-10-31")]
    [InlineData("KPI на этой неделе", "week=2026-W47")]
    public void ReadsDigestsWithTheirWeekOrPeriod(string text, string spec)
    {
        Matches(Parse(text), "kpi_digest", spec);
    }

    [Theory]
    [InlineData("kiedy ostatnio rozmawialiśmy z Orlenem?", "last_contact", "account=Orlen")]
    [InlineData("kto ostatni gadał z Acme?", "last_contact", "account=Acme")]
    [InlineData("kiedy ktoś ostatnio dzwonił do allegro?", "last_contact", "account=allegro")]
    [InlineData("когда мы последний раз общались с Газпромом?", "last_contact", "account=Газпром")]
    [InlineData("кто последним говорил с Acme?", "last_contact", "account=Acme")]
    [InlineData("kto jest naszym kontaktem w Orlenie?", "show_contacts", "account=Orlen")]
    [InlineData("kontakty w Acme", "show_contacts", "account=Acme")]
    [InlineData("z kim rozmawiamy w mBanku?", "show_contacts", "account=mBank")]
    [InlineData("кто наш контакт в Сбербанке?", "show_contacts", "account=Сбербанк")]
    [InlineData("контакты в Acme", "show_contacts", "account=Acme")]
    [InlineData("co robiłem wczoraj?", "show_activities", "scope=me|from=2026-11-17|to=2026-11-17")]
    [InlineData("moje spotkania w tym tygodniu", "show_activities", "scope=me|from=2026-11-16")]
    [InlineData("telefony Marka w tym tygodniu", "show_activities", "scope=Marek|from=2026-11-16")]
    [InlineData("co zrobił zespół wczoraj?", "show_activities", "scope=team|from=2026-11-17")]
    [InlineData("что я делал вчера?", "show_activities", "scope=me|from=2026-11-17|to=2026-11-17")]
    [InlineData("мои встречи на этой неделе", "show_activities", "scope=me|from=2026-11-16")]
    [InlineData("звонки Марка на этой неделе", "show_activities", "scope=Марк|from=2026-11-16")]
    [InlineData("kto nic nie wpisał w tym tygodniu?", "who_inactive", "from=2026-11-16|to=2026-11-22")]
    [InlineData("kto z zespołu nic nie zrobił w zeszłym tygodniu", "who_inactive", "from=2026-11-09|to=2026-11-15")]
    [InlineData("кто ничего не внёс на этой неделе?", "who_inactive", "from=2026-11-16")]
    [InlineData("wygrane w tym kwartale", "show_deals", "stage=won|from=2026-10-01|to=2026-12-31")]
    [InlineData("co wygraliśmy w październiku?", "show_deals", "stage=won|from=2026-10-01|to=2026-10-31")]
    [InlineData("przegrane deale w zeszłym miesiącu", "show_deals", "stage=lost|from=2026-10-01|to=2026-10-31")]
    [InlineData("выигранные сделки в этом квартале", "show_deals", "stage=won|from=2026-10-01|to=2026-12-31")]
    [InlineData("что мы выиграли в октябре?", "show_deals", "stage=won|from=2026-10-01|to=2026-10-31")]
    [InlineData("które deale zamykają się w tym miesiącu?", "deals_closing", "from=2026-11-01|to=2026-11-30")]
    [InlineData("co się zamyka w grudniu", "deals_closing", "from=2026-12-01|to=2026-12-31")]
    [InlineData("какие сделки закрываются в этом месяце?", "deals_closing", "to=2026-11-30")]
    [InlineData("что закрывается в декабре", "deals_closing", "from=2026-12-01|to=2026-12-31")]
    [InlineData("porównaj Marka i Anię w zeszłym miesiącu", "compare_reps", "members=Marek,Ania|from=2026-10-01|to=2026-10-31")]
    [InlineData("сравни Марка и Аню за прошлый месяц", "compare_reps", "members=Марк,Аня|from=2026-10-01|to=2026-10-31")]
    [InlineData("jak zalogować telefon?", "how_to", "topic=log_activity")]
    [InlineData("jak dodać nową szansę", "how_to", "topic=create_deal")]
    [InlineData("jak ustawić przypomnienie", "how_to", "topic=add_task")]
    [InlineData("как записать звонок?", "how_to", "topic=log_activity")]
    [InlineData("как добавить новую сделку", "how_to", "topic=create_deal")]
    [InlineData("как перевести сделку на другой этап?", "how_to", "topic=move_deal")]
    [InlineData("mów po polsku", "set_language", "argument=pl")]
    [InlineData("przełącz na angielski", "set_language", "argument=en")]
    [InlineData("говори по-русски", "set_language", "argument=ru")]
    [InlineData("переключись на польский", "set_language", "argument=pl")]
    public void AnswersTheAgreedQueries(string text, string intent, string spec)
    {
        Matches(Parse(text), intent, spec);
    }

    [Theory]
    [InlineData("cofnij", "undo")]
    [InlineData("cofnij to", "undo")]
    [InlineData("anuluj to co przed chwilą dodałem", "undo")]
    [InlineData("zapomnij o tym", "undo")]
    [InlineData("отмени", "undo")]
    [InlineData("отмени это", "undo")]
    [InlineData("удали то, что я только что добавил", "undo")]
    [InlineData("pomoc", "help")]
    [InlineData("co umiesz?", "help")]
    [InlineData("помощь", "help")]
    [InlineData("что ты умеешь?", "help")]
    [InlineData("dzięki!", "unknown")]
    [InlineData("спасибо!", "unknown")]
    public void UndoesHelpsAndIgnoresThanks(string text, string intent)
    {
        Matches(Parse(text), intent);
    }

    [Theory]
    [InlineData("nie, to było z Orlenem", "account=Orlen")]
    [InlineData("sorry, to było wczoraj", "date=2026-11-17")]
    [InlineData("poprawka: 35 tys.", "amount=35000")]
    [InlineData("miałem na myśli Initech", "account=Initech")]
    [InlineData("pomyłka, kwota to 50 tys. EUR", "amount=50000|currency=EUR")]
    [InlineData("нет, это был Сбербанк", "account=Сбербанк")]
    [InlineData("ой, это было вчера", "date=2026-11-17")]
    [InlineData("поправка: 35 тыс.", "amount=35000")]
    [InlineData("ошиблась, сумма 50 тыс. евро", "amount=50000|currency=EUR")]
    public void CorrectsTheLastWrite(string text, string spec)
    {
        Matches(Parse(text), "correct", spec);
    }

    [Theory]
    [InlineData("dodaj kontakt: Anna Nowak, CFO w Acme, anna.nowak@acme.com", "contact=Anna Nowak|account=Acme|role=CFO|email=anna.nowak@acme.com")]
    [InlineData("nowy kontakt: Piotr Zieliński, dyrektor zakupów w Orlenie", "contact=Piotr Zieliński|account=Orlen|role=dyrektor zakupów")]
    [InlineData("zapisz kontakt Jan Wójcik z Allegro, prezes", "contact=Jan Wójcik|account=Allegro|role=prezes")]
    [InlineData("добавь контакт: Анна Смирнова, CFO в Acme, anna.smirnova@acme.com", "contact=Анна Смирнова|account=Acme|role=CFO|email=anna.smirnova@acme.com")]
    [InlineData("новый контакт: Пётр Зайцев, директор по закупкам в Газпроме", "contact=Пётр Зайцев|account=Газпром|role=директор по закупкам")]
    [InlineData("добавь контактное лицо в ВТБ: Ирина Морозова, i.morozova@vtb.ru", "contact=Ирина Морозова|account=ВТБ|email=i.morozova@vtb.ru")]
    public void AddsAContact(string text, string spec)
    {
        Matches(Parse(text), "add_contact", spec);
    }
}
