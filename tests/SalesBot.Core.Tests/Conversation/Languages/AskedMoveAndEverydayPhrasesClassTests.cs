using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// Polish and Russian: a move asked as a question is proposed with buttons ("Kabelnet na negocjacje?", "Вега на
/// переговоры?"); near misses are real questions ("czy Kabelnet jest na negocjacjach?", "на каком этапе Вега?") and
/// closed stages. Also note heads ("пометка по X:", "dopisz notkę do X"), "прошёл квалификацию", "пересеклись с",
/// an object after "z" ("z wyceną"), "jesteśmy" is nobody, "zmień etap Vitapaku", "w Hurtowni", a day and a time
/// before the reminder head, a report asked again in one word, and "запиши в задачи" after a task.
/// </summary>
public class AskedMoveAndEverydayPhrasesClassTests
{
    [Theory]
    [InlineData("Kabelnet chyba gotowy na negocjacje, przesunąć?", "Kabelnet", "negotiation")]
    [InlineData("Kabelnet na negocjacje?", "Kabelnet", "negotiation")]
    [InlineData("Optivo do etapu oferty?", "Optivo", "proposal")]
    [InlineData("Вега вроде готова к переговорам, может перевести?", "Вега", "negotiation")]
    [InlineData("Вега на переговоры?", "Вега", "negotiation")]
    [InlineData("Балтпорт на этап КП?", "Балтпорт", "proposal")]
    public void AMoveAskedAsAQuestionIsProposed(string text, string deal, string stage)
    {
        var c = Parse(text);
        Matches(c, "move_deal", $"deal={deal}|stage={stage}");
        Assert.True(c.Confirm, Describe(c));
    }

    [Theory]
    [InlineData("czy Kabelnet jest na negocjacjach?")]
    [InlineData("na jakim etapie jest Kabelnet?")]
    [InlineData("kto jest na etapie negocjacji?")]
    [InlineData("на каком этапе Вега?")]
    [InlineData("Вега выиграна?")]
    [InlineData("Kabelnet wygrany?")]
    public void ARealQuestionWritesNothing(string text)
    {
        var c = Parse(text);
        Assert.False(c.Intent.IsWrite() && !c.Confirm, Describe(c));
        Assert.NotEqual(Intent.MoveDeal, c.Intent);
    }

    [Theory]
    [InlineData("пометка по Сибагро: директор в отпуске, решение не раньше декабря", "Сибагро")]
    [InlineData("заметка по Вега: ждут бюджет", "Вега")]
    [InlineData("dopisz notkę do Gospody Pod Dębem – szef kuchni chce próbki", "Gospoda Pod Dębem")]
    [InlineData("notka do Kabelnetu: chcą rabat", "Kabelnet")]
    public void ANoteHeadNamesItsAccount(string text, string account)
    {
        Matches(Parse(text), "log_activity", $"activity=note|account={account}|date=2026-11-18");
    }

    [Theory]
    [InlineData("Мегастрой прошел квалификацию", "Мегастрой", "qualified")]
    [InlineData("Вега прошла квалификацию", "Вега", "qualified")]
    [InlineData("Grafex – jesteśmy już na negocjacjach", "Grafex", "negotiation")]
    [InlineData("zmień etap Vitapaku na kwalifikację", "Vitapak", "qualified")]
    [InlineData("zmień etap Orlenu na ofertę", "Orlen", "proposal")]
    public void MovesInEverydayWords(string text, string deal, string stage)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}");
    }

    [Theory]
    [InlineData("пересеклись с Дмитрием Ковалевым из Стройресурса, обсудили объемы", "meeting", "Стройресурс", "Дмитрий Ковалев")]
    [InlineData("poszedł mejl do Drukarni Pegaz z wyceną", "email", "Drukarnia Pegaz", null)]
    [InlineData("byłem wczoraj w Hurtowni Farb Tecza", "visit", "Hurtownia Farb Tecza", null)]
    [InlineData("spotkanie w Szwalni Róża", "meeting", "Szwalnia Róża", null)]
    public void ActivitiesInEverydayWords(string text, string activity, string account, string? contact)
    {
        Matches(Parse(text), "log_activity", $"activity={activity}|account={account}|contact={contact}");
    }

    [Theory]
    [InlineData("za tydzień o 14 przypomnij o Kompozycie", "2026-11-25", "14:00")]
    [InlineData("o 14 przypomnij o Kompozycie", "2026-11-18", "14:00")]
    [InlineData("в пятницу в 10 напомни позвонить Вегу", "2026-11-20", "10:00")]
    public void ADayAndATimeBeforeTheReminderHead(string text, string date, string time)
    {
        Matches(Parse(text), "add_task", $"date={date}|time={time}");
    }

    [Theory]
    [InlineData("jak poszło zespołowi w zeszłym tygodniu? KPI")]
    [InlineData("как сработала команда на прошлой неделе? KPI")]
    public void AReportAskedAgainInOneWordIsOneReport(string text)
    {
        var c = Parse(text);
        Matches(c, "kpi_digest", "scope=team|week=2026-W46");
        Assert.Null(c.More);
    }

    [Fact]
    public void AnotherReportAskedIsAnotherReport()
    {
        Assert.NotNull(Parse("KPI zespołu za zeszły tydzień. A moje KPI?").More);
    }

    [Theory]
    [InlineData("15 февраля созвониться с Вегой по продлению — запиши в задачи")]
    [InlineData("в пятницу отправить КП в Балтпорт, запиши в задачи")]
    public void WhereTheErrandGoesIsNoQuestion(string text)
    {
        var c = Parse(text);
        Matches(c, "add_task", "");
        Assert.Null(c.More);
    }
}
