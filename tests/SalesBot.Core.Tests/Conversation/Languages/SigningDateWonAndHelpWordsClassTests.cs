using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// Polish and Russian everyday words: a signing moved is the deal's close date ("Лазурит сдвигает подписание на 28
/// января", "Kabelnet przesuwa podpisanie na 28 stycznia"), "дожали X" / "klepnął umowę" is a win, and "что ты
/// вообще умеешь" / "co ty w ogóle umiesz" ask for help. Near misses: a signing talked about in an activity's notes.
/// </summary>
public class SigningDateWonAndHelpWordsClassTests
{
    [Theory]
    [InlineData("Лазурит сдвигает подписание на 28 января", "Лазурит")]
    [InlineData("Вега переносит подписание на 28 января", "Вега")]
    [InlineData("Балтпорт переносят подписание на 28 января", "Балтпорт")]
    [InlineData("Kabelnet przesuwa podpisanie na 28 stycznia", "Kabelnet")]
    [InlineData("Optivo przesuwają podpisanie na 28 stycznia", "Optivo")]
    [InlineData("Grafex przesuwa zamknięcie na 28 stycznia", "Grafex")]
    public void AMovedSigningIsTheCloseDate(string text, string deal)
    {
        Matches(Parse(text), "update_deal", $"deal={deal}|date=2027-01-28");
    }

    [Theory]
    [InlineData("дожали Транзит-Авто, сделка наша", "Транзит-Авто")]
    [InlineData("дожали Балтпорт", "Балтпорт")]
    [InlineData("Ростмаш дожали!", "Ростмаш")]
    [InlineData("Kabelnet klepnął umowę", "Kabelnet")]
    [InlineData("Optivo klepnęli umowę", "Optivo")]
    public void ClinchedIsWon(string text, string deal)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage=won");
    }

    [Theory]
    [InlineData("что ты вообще умеешь")]
    [InlineData("а что ты умеешь?")]
    [InlineData("pomocy, co ty w ogóle umiesz?")]
    [InlineData("co ty potrafisz?")]
    public void WhatCanYouDoIsHelp(string text)
    {
        Matches(Parse(text), "help");
    }

    [Theory]
    [InlineData("встреча с Вегой, обсудили подписание в январе")]
    [InlineData("spotkanie z Optivo, rozmawialiśmy o podpisaniu w styczniu")]
    public void ASigningInTheNotesIsNoDateChange(string text)
    {
        var c = Parse(text);
        Matches(c, "log_activity", "date=2026-11-18");
        Assert.Null(c.More);
    }
}
