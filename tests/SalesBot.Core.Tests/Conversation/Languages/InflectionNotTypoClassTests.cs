using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// Forms the typo reader used to guess from a one-letter slip at the end, now that an ending is no slip: move verbs
/// ("перешли", "двигай", "przesuwa"), a done word as an adjective ("как выполненное"), the instrumental in -ей ("с
/// Теплицей"). And English: a thousands comma is no clause ("€32,500 stage qualified"), "we've lost", a new deal with
/// its close month is no question about closing deals, "&" inside a company name.
/// </summary>
public class InflectionNotTypoClassTests
{
    [Theory]
    [InlineData("Vektra Soft перешли в переговоры", "Vektra Soft", "negotiation")]
    [InlineData("Сибмаш перешел в КП", "Сибмаш", "proposal")]
    [InlineData("двигай Сибмаш в переговоры", "Сибмаш", "negotiation")]
    [InlineData("переводим Агронику в КП", "Агроника", "proposal")]
    [InlineData("przesuwamy Hydrosan do negocjacji", "Hydrosan", "negotiation")]
    public void AMoveVerbInAnyFormMovesTheDeal(string text, string deal, string stage)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}");
    }

    [Theory]
    [InlineData("Hydrosan przesuwa zamknięcie na 20 stycznia", "Hydrosan", "2027-01-20")]
    [InlineData("Kartex przenosi zamknięcie na 15 grudnia", "Kartex", "2026-12-15")]
    public void AVerbBeforeTheCloseDateIsNoPartOfTheName(string text, string deal, string date)
    {
        Matches(Parse(text), "update_deal", $"deal={deal}|date={date}");
    }

    [Theory]
    [InlineData("отметь «отправить КП в Балтреактив» как выполненное", "отправить КП в Балтреактив")]
    [InlineData("отметь «позвонить в Агронику» как выполненную", "позвонить в Агронику")]
    [InlineData("oznacz 'wysłać ofertę do Acme' jako zrobione", "wysłać ofertę do Acme")]
    public void ADoneAdjectiveCompletesTheTask(string text, string title)
    {
        Matches(Parse(text), "complete_task", $"title={title}");
    }

    [Theory]
    [InlineData("встретились с Теплицей Плюс", "Теплица Плюс")]
    [InlineData("встреча с Теплицей", "Теплица")]
    [InlineData("созвонились с Грушей", "Груша")]
    [InlineData("встреча с Рощей", "Роща")]
    public void AFeminineInstrumentalInEjIsItsBaseForm(string text, string account)
    {
        Matches(Parse(text), "log_activity", $"account={account}");
    }

    [Theory]
    [InlineData("new deal Acme €32,500 stage qualified", "32500", "qualified")]
    [InlineData("new deal Dunmore & Pike €32,500 stage qualified", "32500", "qualified")]
    [InlineData("new deal Globex $1,250,000, stage proposal", "1250000", "proposal")]
    public void AThousandsCommaIsNoClause(string text, string amount, string stage)
    {
        var c = Parse(text);
        Matches(c, "create_deal", $"amount={amount}|stage={stage}");
        Assert.Empty(c.More ?? []);
    }

    [Theory]
    [InlineData("we've lost Ivelle Labs", "Ivelle Labs")]
    [InlineData("i've lost Acme", "Acme")]
    [InlineData("we have lost Acme", "Acme")]
    public void AContractedLossMovesTheDealWithNoReason(string text, string deal)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage=lost|notes=");
    }

    [Theory]
    [InlineData("open a deal for Quarrystone - 1.4m usd, close end of march", "2027-03-31")]
    [InlineData("new deal Acme 40k, close end of january", "2027-01-31")]
    public void ANewDealWithItsCloseMonthIsCreated(string text, string date)
    {
        Matches(Parse(text), "create_deal", $"date={date}");
    }

    [Theory]
    [InlineData("new deal Dunmore & Pike 30k", "Dunmore & Pike")]
    [InlineData("new deal Smith & Sons 30k", "Smith & Sons")]
    public void AnAmpersandKeepsTheCompanyName(string text, string account)
    {
        Matches(Parse(text), "create_deal", $"account={account}");
    }
}
