using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

public class RussianActivityTests
{
    [Theory]
    [InlineData("встреча с Acme", "meeting")]
    [InlineData("Встреча с Acme", "meeting")]
    [InlineData("встретился с Acme", "meeting")]
    [InlineData("встретилась с Acme", "meeting")]
    [InlineData("встретились с Acme", "meeting")]
    [InlineData("встречался с Acme", "meeting")]
    [InlineData("была встреча с Acme", "meeting")]
    [InlineData("провёл встречу с Acme", "meeting")]
    [InlineData("провел встречу с Acme", "meeting")]
    [InlineData("провела встречу с Acme", "meeting")]
    [InlineData("обед с Acme", "meeting")]
    [InlineData("кофе с Acme", "meeting")]
    [InlineData("звонил в Acme", "call")]
    [InlineData("звонила в Acme", "call")]
    [InlineData("позвонил в Acme", "call")]
    [InlineData("позвонила в Acme", "call")]
    [InlineData("позвонили в Acme", "call")]
    [InlineData("созвонились с Acme", "call")]
    [InlineData("созвонился с Acme", "call")]
    [InlineData("созвон с Acme", "call")]
    [InlineData("звонок в Acme", "call")]
    [InlineData("звонок Acme", "call")]
    [InlineData("дозвонился до Acme", "call")]
    [InlineData("говорил с Acme по телефону", "call")]
    [InlineData("поговорила с Acme", "call")]
    [InlineData("поговорил с Acme лично", "meeting")]
    [InlineData("общался с Acme по почте", "email")]
    [InlineData("отправил письмо в Acme", "email")]
    [InlineData("отправила письмо в Acme", "email")]
    [InlineData("отправили письмо в Acme", "email")]
    [InlineData("письмо в Acme", "email")]
    [InlineData("написал в Acme", "email")]
    [InlineData("написала Acme", "email")]
    [InlineData("скинул КП в Acme", "email")]
    [InlineData("выслала КП в Acme", "email")]
    [InlineData("демо для Acme", "demo")]
    [InlineData("презентация для Acme", "demo")]
    [InlineData("провёл демо для Acme", "demo")]
    [InlineData("провела презентацию для Acme", "demo")]
    [InlineData("показал продукт Acme", "demo")]
    [InlineData("визит в Acme", "visit")]
    [InlineData("был в офисе Acme", "visit")]
    [InlineData("была у Acme", "visit")]
    [InlineData("съездил в Acme", "visit")]
    [InlineData("посетила Acme", "visit")]
    [InlineData("заметка: Acme меняет поставщика", "note")]
    public void RecognisesEveryGenderAndAspectOfTheActivityWords(string text, string activity)
    {
        Matches(Parse(text), "log_activity", $"activity={activity}|account=Acme|date=2026-11-18|confirm=|language=ru");
    }

    [Theory]
    [InlineData("встреча с Acme вчера", "2026-11-17")]
    [InlineData("вчера встреча с Acme", "2026-11-17")]
    [InlineData("позавчера звонил в Acme", "2026-11-16")]
    [InlineData("встреча с Acme в понедельник", "2026-11-16")]
    [InlineData("во вторник созвонились с Acme", "2026-11-17")]
    [InlineData("в прошлую пятницу встреча с Acme", "2026-11-13")]
    [InlineData("встреча с Acme 16 ноября", "2026-11-16")]
    [InlineData("встреча с Acme 16.11", "2026-11-16")]
    [InlineData("встреча с Acme 3 дня назад", "2026-11-15")]
    [InlineData("неделю назад демо для Acme", "2026-11-11")]
    [InlineData("сегодня визит в Acme", "2026-11-18")]
    [InlineData("ВСТРЕЧА С ACME ВЧЕРА", "2026-11-17")]
    public void ReadsWhenItHappenedLookingBack(string text, string date)
    {
        Matches(Parse(text), "log_activity", $"date={date}");
    }

    [Theory]
    [InlineData("встреча со Сбербанком", "Сбербанк")]
    [InlineData("встреча с Яндексом", "Яндекс")]
    [InlineData("звонил в Газпром", "Газпром")]
    [InlineData("визит в Сбербанк", "Сбербанк")]
    [InlineData("был в Сбербанке", "Сбербанк")]
    [InlineData("демо для Сбербанка", "Сбербанк")]
    [InlineData("встреча с Ромашкой", "Ромашка")]
    [InlineData("демо для Ромашки", "Ромашка")]
    [InlineData("встреча с ООО Ромашка", "ООО Ромашка")]
    [InlineData("письмо в Pied Piper по цене", "Pied Piper")]
    [InlineData("звонок Soylent", "Soylent")]
    [InlineData("созвон с acme", "acme")]
    [InlineData("встреча с Initech'ом", "Initech")]
    [InlineData("съездил в офис Аэрофлота", "Аэрофлот")]
    [InlineData("встреча с Acme 🎉🎉", "Acme")]
    public void StoresTheAccountInItsBaseForm(string text, string account)
    {
        Matches(Parse(text), "log_activity", $"account={account}");
    }

    [Theory]
    [InlineData("встретилась с Анной Смирновой из Acme", "Анна Смирнова", "Acme")]
    [InlineData("встреча с Иваном Петровым из Сбербанка", "Иван Петров", "Сбербанк")]
    [InlineData("говорил с Дмитрием Ивановым (ВТБ)", "Дмитрий Иванов", "ВТБ")]
    [InlineData("звонил Марку из Acme", "Марк", "Acme")]
    [InlineData("письмо Марии Кузнецовой из Яндекса", "Мария Кузнецова", "Яндекс")]
    public void ReadsAPersonAndTheirCompany(string text, string contact, string account)
    {
        Matches(Parse(text), "log_activity", $"contact={contact}|account={account}");
    }

    [Theory]
    [InlineData("встреча со Сбербанком", "account=Сбербанк")]
    [InlineData("встреча со сбербанком", "account=Сбербанк")]
    [InlineData("встреча со Сбером", "account=Сбербанк")]
    [InlineData("звонил в сбербанк", "account=Сбербанк")]
    [InlineData("встреча с Анной Смирновой", "contact=Анна Смирнова|account=Сбербанк")]
    [InlineData("встреча с Иваном и Сбербанком", "account=Сбербанк|colleagues=Иван")]
    [InlineData("демо для Contoso с Иваном", "account=Contoso|colleagues=Иван")]
    [InlineData("встреча с Orlen", "account=Orlen")]
    public void MatchesTheTeamsNamesInAnyCase(string text, string spec)
    {
        Matches(Parse(text, Team), "log_activity", spec + "|confirm=");
    }

    [Fact]
    public void ReadsAnActivityAndATaskInOneMessage()
    {
        var c = Parse("позвонил в Acme и назначил демо на пятницу");
        Matches(c, "log_activity", "activity=call|account=Acme|more=1");
        Matches(c.More![0], "add_task", "date=2026-11-20");
    }

    [Theory]
    [InlineData("не дозвонился до Acme")]
    [InlineData("не звонил в Acme")]
    [InlineData("встреча с Яндексом не состоялась")]
    [InlineData("встречу с Acme отменили")]
    [InlineData("звонил ли я в Acme?")]
    [InlineData("когда была встреча с Acme?")]
    [InlineData("спасибо!")]
    [InlineData("привет")]
    [InlineData("иду на обед")]
    [InlineData("шеф звонил, сказал что опоздает")]
    [InlineData("отправил бы письмо, но нет времени")]
    [InlineData("встреча")]
    [InlineData("Acme")]
    public void NeverLogsWhatDidNotHappen(string text)
    {
        var c = Parse(text);
        Assert.True(c.Intent != SalesBot.Core.Conversation.Parsing.Intent.LogActivity || c.Confirm, Describe(c));
    }

    [Theory]
    [InlineData("завтра встреча с Acme", "2026-11-19")]
    [InlineData("встреча с Acme в следующую пятницу", "2026-11-27")]
    [InlineData("позвоню в Acme завтра", "2026-11-19")]
    [InlineData("буду звонить в Acme в пятницу", "2026-11-20")]
    [InlineData("через неделю демо для Acme", "2026-11-25")]
    [InlineData("в пятницу у меня демо в Acme", "2026-11-20")]
    [InlineData("позвонить в Acme в понедельник", "2026-11-23")]
    public void MakesAFutureActivityATask(string text, string date)
    {
        Matches(Parse(text), "add_task", $"date={date}");
    }
}
