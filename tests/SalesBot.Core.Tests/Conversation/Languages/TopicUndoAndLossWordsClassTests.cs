using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// Polish and Russian: a company said first as a topic ("Tarvion - call z Dorotą Pietrzak"), "wrong company" before an
/// undo ("zła firma, cofnij to", "не та компания, отмени"), loss slang ("слился", "tracimy"), the accusative after a
/// won or lost verb ("wygraliśmy Szklarnię Kwiatex"), a capitalised pack word inside a name ("Теплица Плюс"), an
/// unanswered client beside a lost deal as its reason, and an errand with a report as its object ("отправить отчёт").
/// </summary>
public class TopicUndoAndLossWordsClassTests
{
    [Theory]
    [InlineData("Tarvion - call z Dorotą Pietrzak, chcą rabat 5%", "Tarvion", "Dorota Pietrzak")]
    [InlineData("Corsivo - звонок с Никитой, хотят скидку", "Corsivo", "Никита")]
    [InlineData("Drukpol: spotkanie z Anną Nowak", "Drukpol", "Anna Nowak")]
    [InlineData("Сибтранс — встреча с Олегом", "Сибтранс", "Олег")]
    [InlineData("Kartex – demo dla Pawła", "Kartex", "Paweł")]
    public void ACompanySaidFirstAsATopicIsTheAccount(string text, string account, string contact)
    {
        Matches(Parse(text), "log_activity", $"account={account}|contact={contact}");
    }

    [Theory]
    [InlineData("Marek - spotkanie z Anną")]
    [InlineData("Олег — встреча с Иваном")]
    public void APersonSaidFirstIsNoAccount(string text)
    {
        Matches(Parse(text), "log_activity", "account=");
    }

    [Theory]
    [InlineData("zła firma, cofnij to")]
    [InlineData("zły klient, cofnij")]
    [InlineData("nie ta firma, wycofaj")]
    [InlineData("не та компания, отмени")]
    [InlineData("не тот клиент, отмени это")]
    [InlineData("не та сделка, удали")]
    public void WrongCompanyThenUndoUndoes(string text)
    {
        Matches(Parse(text), "undo");
    }

    [Theory]
    [InlineData("не та компания, это был Acme", "Acme")]
    [InlineData("zła firma, to był Kartex", "Kartex")]
    public void WrongCompanyThenTheRightOneCorrects(string text, string account)
    {
        Matches(Parse(text), "correct", $"account={account}");
    }

    [Theory]
    [InlineData("Агродом слился - нет бюджета", "Агродом", false)]
    [InlineData("Сибтранс слились", "Сибтранс", false)]
    [InlineData("похоже, Балтсервис мы потеряли, не отвечают вторую неделю", "Балтсервис", true)]
    [InlineData("кажется теряем Агронику", "Агроника", true)]
    [InlineData("chyba tracimy Piekarnię Złoty Kłos, nie odbierają", "Piekarnia Złoty Kłos", true)]
    [InlineData("tracimy Drukpol", "Drukpol", false)]
    public void LossSlangLosesTheDeal(string text, string deal, bool asked)
    {
        var c = Parse(text);
        Matches(c, "move_deal", $"deal={deal}|stage=lost");
        Assert.Equal(asked, c.Confirm);
    }

    [Theory]
    [InlineData("wygraliśmy Szklarnię Kwiatex!!", "Szklarnia Kwiatex")]
    [InlineData("przegraliśmy Hurtownię Lewiatan", "Hurtownia Lewiatan")]
    [InlineData("проиграли Теплицу Плюс, ушли к конкурентам", "Теплица Плюс")]
    [InlineData("выиграли Ромашку", "Ромашка")]
    [InlineData("wygraliśmy Orlen", "Orlen")]
    public void AWonOrLostVerbTakesTheAccusative(string text, string deal)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}");
    }

    [Theory]
    [InlineData("в понедельник в 9:00 отправить отчёт в Промвектор, напомни", "2026-11-23")]
    [InlineData("завтра подготовить отчёт для Сибтранса", "2026-11-19")]
    [InlineData("jutro wysłać raport do Drukpolu", "2026-11-19")]
    public void AnErrandWithAReportIsATask(string text, string date)
    {
        Matches(Parse(text), "add_task", $"date={date}");
    }

    [Theory]
    [InlineData("отчёт за неделю")]
    [InlineData("KPI за прошлую неделю")]
    [InlineData("raport za zeszły tydzień")]
    public void AReportAloneIsStillTheDigest(string text)
    {
        Matches(Parse(text), "kpi_digest");
    }

    [Theory]
    [InlineData("встреча с Acme не состоялась")]
    [InlineData("звонил в Acme, не отвечают")]
    [InlineData("Acme отменили")]
    public void ACallOffBesideAnActivityOrNothingWritesNothing(string text)
    {
        var c = Parse(text);
        Assert.NotEqual(Intent.LogActivity, c.Intent);
        Assert.NotEqual(Intent.MoveDeal, c.Intent);
    }
}
