using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// Polish and Russian: a fact put right inside the message it was said in ("wczoraj - nie, czekaj, w poniedziałek",
/// "вчера — вру, в понедельник", "260 tys zł... nie, 280 tys zł"); a second fact opened by a time of day ("утром
/// позвонил в X, а после обеда отправил письмо в Y"); why the last write was wrong, then the undo ("to nie był X tylko
/// Y, cofnij ostatnie"); and "это был не X, а Y" correcting to Y. Near misses: a "no" that negates the fact, a
/// denial without the right name, a time of day with no second fact.
/// </summary>
public class CorrectionWordsAndDayPartsClassTests
{
    private static readonly string[] PolishFixes = ["nie, czekaj,", "czekaj,", "nie czekaj", "nie,", "zaraz, nie,", "poprawka,", "sorry,"];
    private static readonly string[] RussianFixes = ["вру,", "нет, вру,", "ой, вру,", "нет,", "хотя нет,", "поправка,", "то есть"];

    public static TheoryData<string, string> CorrectedDays()
    {
        var data = new TheoryData<string, string>();
        foreach (var fix in PolishFixes)
        {
            data.Add($"spotkanie z Dorotą Sikorą z Optivo wczoraj - {fix} w poniedziałek", "2026-11-16");
            data.Add($"dzwoniłem do Kornpolu wczoraj, {fix} przedwczoraj", "2026-11-16");
            data.Add($"byłem w Stalgorze w poniedziałek - {fix} we wtorek", "2026-11-17");
        }

        foreach (var fix in RussianFixes)
        {
            data.Add($"созвонился с Brevio вчера — {fix} в понедельник", "2026-11-16");
            data.Add($"встреча с Рыбпромом вчера, {fix} позавчера", "2026-11-16");
            data.Add($"созванивался с Тепломашем в понедельник — {fix} во вторник", "2026-11-17");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorrectedDays))]
    public void TheDaySaidAfterTheFixIsTheDay(string text, string day)
    {
        var c = Parse(text);
        Matches(c, "log_activity", $"date={day}|more=0");
        Assert.DoesNotContain(c.Notes ?? string.Empty, RussianFixes.Concat(PolishFixes).Select(f => f.TrimEnd(',')).Where(f => f.Length > 3));
    }

    [Theory]
    [InlineData("nowa szansa Synteka 260 tys zł... nie, 280 tys zł, negocjacje", "280000", "PLN")]
    [InlineData("nowa szansa Synteka 260 tys zł, nie, 280 tys zł", "280000", "PLN")]
    [InlineData("nowy deal z Kornpolem 50 tys. zł - czekaj, 55 tys. zł", "55000", "PLN")]
    [InlineData("новая сделка с Тепломашем на 200 тыс. рублей — нет, 240 тыс. рублей", "240000", "RUB")]
    [InlineData("новая сделка с Тепломашем 300 тыс. руб., вру, 350 тыс. руб.", "350000", "RUB")]
    public void TheAmountSaidAfterTheFixIsTheAmount(string text, string amount, string currency)
    {
        Matches(Parse(text), "create_deal", $"amount={amount}|currency={currency}|more=0");
    }

    [Theory]
    [InlineData("nie, nie dodzwoniłem się do Optivo wczoraj")]
    [InlineData("nie, spotkanie z Kornpolem się nie odbyło")]
    [InlineData("нет, не дозвонился до Рыбпрома вчера")]
    [InlineData("нет, встреча с Тепломашем не состоялась")]
    public void ANoBeforeTheFactIsNoCorrection(string text)
    {
        Assert.False(Parse(text).Intent.IsWrite(), text);
    }

    [Theory]
    [InlineData("утром позвонил в Рыбпром, а после обеда отправил письмо в Агросферу", "Рыбпром", "Агросфера", "email")]
    [InlineData("утром позвонил в Рыбпром, вечером встреча с Агросферой", "Рыбпром", "Агросфера", "meeting")]
    [InlineData("с утра был в Тепломаше, после обеда созвонился с Рыбпромом", "Тепломаш", "Рыбпром", "call")]
    [InlineData("звонил в Рыбпром, позже отправил письмо в Агросферу", "Рыбпром", "Агросфера", "email")]
    [InlineData("rano dzwoniłem do Optivo, po południu spotkanie z Kornpolem", "Optivo", "Kornpol", "meeting")]
    [InlineData("rano spotkanie w Stalgorze, wieczorem wysłałem maila do Optivo", "Stalgor", "Optivo", "email")]
    [InlineData("dzwoniłem do Optivo, później wysłałem ofertę do Kornpolu", "Optivo", "Kornpol", "email")]
    public void ATimeOfDayOpensTheSecondFact(string text, string first, string second, string activity)
    {
        var c = Parse(text);
        Matches(c, "log_activity", $"account={first}|date=2026-11-18|more=1|notes=");
        Matches(c.More![0], "log_activity", $"account={second}|activity={activity}|date=2026-11-18");
    }

    [Theory]
    [InlineData("позвонил в Рыбпром утром, обсудили цены")]
    [InlineData("сегодня утром звонил в Рыбпром")]
    [InlineData("dzwoniłem rano do Optivo, rozmawialiśmy o cenach")]
    public void ATimeOfDayAloneIsOneFact(string text)
    {
        Matches(Parse(text), "log_activity", "more=0|date=2026-11-18");
    }

    [Theory]
    [InlineData("to nie był Budmat tylko Stalgor, cofnij ostatnie")]
    [InlineData("sorry, zła firma - cofnij")]
    [InlineData("pomyliłem firmy, cofnij to")]
    [InlineData("nie, to był zły klient, usuń ostatnie")]
    [InlineData("ой, это был не Рыбпром, а Агросфера — отмени")]
    [InlineData("нет, не та сделка, удали последнее")]
    [InlineData("перепутал клиента — отмени это")]
    [InlineData("это была не та компания, отмени")]
    public void WhyThenUndoIsAnUndo(string text)
    {
        Matches(Parse(text), "undo");
    }

    [Theory]
    [InlineData("to nie był Budmat tylko Stalgor", "Stalgor")]
    [InlineData("to nie była Optivo, tylko Kornpol", "Kornpol")]
    [InlineData("ой, это был не Рыбпром, а Агросфера", "Агросфера")]
    [InlineData("нет, это была не Агросфера, а Рыбпром", "Рыбпром")]
    [InlineData("это был Рыбпром, а не Агросфера", "Рыбпром")]
    public void NotXButYCorrectsToY(string text, string account)
    {
        Matches(Parse(text), "correct", $"account={account}");
    }

    [Theory]
    [InlineData("to nie był Budmat")]
    [InlineData("это был не Рыбпром")]
    public void ADenialAloneNamesNoAccount(string text)
    {
        var c = Parse(text);
        Assert.False(c.Intent.IsWrite(), text);
        Assert.Null(c.Account);
    }
}
