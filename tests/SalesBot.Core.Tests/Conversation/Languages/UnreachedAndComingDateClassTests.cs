using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// Three ways a message used to write what did not happen: a call nobody picked up ("nikt nie odebrał", "трубку не
/// взяли"), a meeting the client moved ("X pushed our meeting to next month"), and an activity dated by a day of a
/// coming month ("7 декабря созвон с X" said on 18 November, once logged a year back). Near misses still write.
/// </summary>
public class UnreachedAndComingDateClassTests
{
    private static readonly string[] PolishCalls = ["dzwoniłem do Meblotiku", "dzwonilem do Meblotiku", "zadzwoniłam do Drukpolu", "dzwoniliśmy do Hydrosanu", "telefon do Kartexu", "próbowałem do Lakmaru"];
    private static readonly string[] PolishUnreached = ["nikt nie odebrał", "nikt nie odebral", "nie odebrał", "nie odebrała", "nie odbierają", "nie odbiera", "bez odpowiedzi", "było zajęte", "nikt nie odpowiada"];
    private static readonly string[] RussianCalls = ["звонил в Стройкомплект", "позвонила в Сибтранс", "звонили в Агронику", "набрал Техносталь", "звонок в Ромашку"];
    private static readonly string[] RussianUnreached = ["трубку не взяли", "не взял трубку", "не берут трубку", "трубку не берёт", "никто не ответил", "не отвечает", "без ответа", "было занято", "одни гудки"];

    public static TheoryData<string> Unreached()
    {
        var data = new TheoryData<string>();
        foreach (var (calls, outcomes) in new[] { (PolishCalls, PolishUnreached), (RussianCalls, RussianUnreached) })
        {
            foreach (var call in calls)
            {
                foreach (var outcome in outcomes)
                {
                    data.Add($"{call}, {outcome}");
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Unreached))]
    public void ACallNobodyPickedUpLogsNothing(string text)
    {
        var c = Parse(text);
        Assert.False(c.Intent == Intent.LogActivity || (c.More ?? []).Any(m => m.Intent == Intent.LogActivity), $"{text}: {Describe(c)}");
    }

    [Theory]
    [InlineData("dzwoniłem do Meblotiku, ustaliliśmy cenę", "Meblotik")]
    [InlineData("dzwoniłem do Meblotiku, odebrał prezes", "Meblotik")]
    [InlineData("zadzwoniłam do Drukpolu, rozmowa o rabacie", "Drukpol")]
    [InlineData("звонил в Стройкомплект, обсудили цены", "Стройкомплект")]
    [InlineData("позвонила в Сибтранс, ответил директор", "Сибтранс")]
    [InlineData("звонили в Агронику, договорились о встрече", "Агроника")]
    public void ACallThatReachedSomeoneIsLogged(string text, string account)
    {
        Matches(Parse(text), "log_activity", $"activity=call|account={account}|date=2026-11-18");
    }

    [Theory]
    [InlineData("Mossgate pushed our meeting to next month")]
    [InlineData("Mossgate pushed the demo to friday")]
    [InlineData("acme moved our call to tuesday")]
    [InlineData("Globex postponed the meeting to next week")]
    [InlineData("Initech delayed our demo to dec 3")]
    [InlineData("Contoso pushed the visit to monday")]
    [InlineData("fabrikam moved the call to next thursday")]
    [InlineData("Hooli pushed our sync to next month")]
    public void AMeetingTheClientMovedIsNoCloseDate(string text)
    {
        var c = Parse(text);
        Assert.NotEqual(Intent.UpdateDeal, c.Intent);
        Assert.NotEqual(Intent.LogActivity, c.Intent);
    }

    [Theory]
    [InlineData("Mossgate pushed to next month", "Mossgate", "2026-12-01")]
    [InlineData("Mossgate pushed close to next month", "Mossgate", "2026-12-01")]
    [InlineData("Globex slipped to dec 15", "Globex", "2026-12-15")]
    [InlineData("Contoso deal pushed to end of month", "Contoso", "2026-11-30")]
    public void ADealPushedStillMovesItsCloseDate(string text, string deal, string date)
    {
        var c = Parse(text);
        Matches(c, "update_deal", $"date={date}");
        Assert.StartsWith(deal, c.Deal, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("7 декабря созвон с Quantiva", "2026-12-07")]
    [InlineData("7 декабря в 15:00 созвон с Quantiva, напомни", "2026-12-07")]
    [InlineData("встреча с Сибтрансом 10 декабря", "2026-12-10")]
    [InlineData("10.12 демо для Агроники", "2026-12-10")]
    [InlineData("7 grudnia spotkanie z Quantivą", "2026-12-07")]
    [InlineData("spotkanie z Drukpolem 10 grudnia", "2026-12-10")]
    [InlineData("10.12 demo dla Hydrosanu", "2026-12-10")]
    [InlineData("demo with acme on dec 7", "2026-12-07")]
    [InlineData("call with acme dec 10", "2026-12-10")]
    [InlineData("meeting w/ Globex on December 12", "2026-12-12")]
    public void AnActivityOnAComingDayOfAMonthIsATask(string text, string date)
    {
        Matches(Parse(text), "add_task", $"date={date}");
    }

    [Theory]
    [InlineData("15 ноября созвон с Quantiva", "2026-11-15")]
    [InlineData("встреча с Сибтрансом 12 ноября", "2026-11-12")]
    [InlineData("15 listopada spotkanie z Quantivą", "2026-11-15")]
    [InlineData("demo with acme on nov 7", "2026-11-07")]
    [InlineData("call with acme on the 7th", "2026-11-07")]
    public void AnActivityOnAPassedDayThisMonthIsLogged(string text, string date)
    {
        Matches(Parse(text), "log_activity", $"date={date}");
    }
}
