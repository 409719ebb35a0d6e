using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// Base forms of unknown company names in Polish and Russian (issue 15) where two endings give two readings: a locative
/// "-ie"/"-е" is masculine or feminine, settled by a root of known gender ("Kaloterm", "Medibis", "Agroferma",
/// "Инфосфера", "Промтех") or by the same name said elsewhere in the message; "-ии" names are "-ия"; a capitalised
/// "Plus"/"Плюс" or currency word inside a name is part of it. Near misses: a lowercase "plus" still joins two facts,
/// "Мегастрое" stays "Мегастрой", "Магните" stays "Магнит". Invented names only.
/// </summary>
public class NameGenderAndPlusTests
{
    [Theory]
    [InlineData("wizyta w Kalotermie wczoraj", "Kaloterm")]
    [InlineData("byłem w Hydrotermie", "Hydroterm")]
    [InlineData("demo w Medibisie", "Medibis")]
    [InlineData("spotkanie w Polsystemie", "Polsystem")]
    [InlineData("byłam w Agrochemie", "Agrochem")]
    [InlineData("wizyta w Drewformie", "Drewforma")]
    [InlineData("spotkanie w Agrofermie", "Agroferma")]
    [InlineData("byłem w Ekostrefie", "Ekostrefa")]
    [InlineData("byłem w Kartonie", "Karton")]
    [InlineData("wizyta w Polgrupie", "Polgrupa")]
    [InlineData("была в Инфосфере", "Инфосфера")]
    [InlineData("был в Агроферме на выезде", "Агроферма")]
    [InlineData("встреча в Промтехе", "Промтех")]
    [InlineData("встреча в Мегастрое", "Мегастрой")]
    [InlineData("был в Магните", "Магнит")]
    [InlineData("был в Полисервисе", "Полисервис")]
    [InlineData("письмо коллегам из Типографии Вектор", "Типография Вектор")]
    [InlineData("звонил в Энергию Плюс", "Энергия Плюс")]
    public void ALocativeOfTwoReadingsTakesTheRootsGender(string text, string account) =>
        Matches(Parse(text), "log_activity", $"account={account}");

    [Theory]
    [InlineData("wizyta w Saltermie. Salterm przesuwam do negocjacji", "Salterm")]
    [InlineData("wizyta w Kalomie, Kaloma chce ofertę", "Kaloma")]
    [InlineData("demo w Agrosie. Agros chce ofertę", "Agros")]
    [InlineData("была в Вестаре, Вестара хочет КП", "Вестара")]
    public void TheNameSaidElsewhereSettlesItsBaseForm(string text, string account) =>
        Matches(Parse(text), "log_activity", $"account={account}");

    [Theory]
    [InlineData("был у ООО Техно Плюс на объекте", "ООО Техно Плюс")]
    [InlineData("звонил в Стройлайн Плюс", "Стройлайн Плюс")]
    [InlineData("spotkanie w Agromax Plus", "Agromax Plus")]
    [InlineData("podjechałam do Cukierni Zloty Rog z ofertą", "Cukiernia Zloty Rog")]
    [InlineData("wizyta w Drukarni Euro Druk", "Drukarnia Euro Druk")]
    public void APlusOrCurrencyWordInsideANameIsPartOfIt(string text, string account) =>
        Matches(Parse(text), "log_activity", $"account={account}");

    [Theory]
    [InlineData("spotkanie z Orlenem plus demo dla Kornexu", "Orlen", "Kornex")]
    [InlineData("встреча с Ладогой плюс звонок в Техлайн", "Ладога", "Техлайн")]
    public void ALowercasePlusStillJoinsTwoFacts(string text, string first, string second)
    {
        var c = Parse(text);
        Matches(c, "log_activity", $"account={first}");
        Assert.NotNull(c.More);
        Matches(Assert.Single(c.More), "log_activity", $"account={second}");
    }
}
