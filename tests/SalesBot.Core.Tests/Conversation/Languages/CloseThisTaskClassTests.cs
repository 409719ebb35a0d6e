using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// Polish and Russian: a fact, then "close this task" as the message's last words ("faktura dla Rybexu wysłana, zamknij
/// to zadanie", "счёт в Тепломаш отправлен, закрой эту задачу") completes that task and logs nothing; "dodaj transakcję
/// X: ..." opens a deal; a deal's field with no deal named anywhere ("zamknięcie do 28 stycznia") is asked, never
/// written. Near misses: "zamknij zadanie dla Optivo" (the task named after it), a field beside its deal.
/// </summary>
public class CloseThisTaskClassTests
{
    public static TheoryData<string> Closed()
    {
        var data = new TheoryData<string>();
        foreach (var fact in new[] { "faktura dla Rybexu wysłana", "oferta dla Optivo poszła", "umowa do Kornpolu podpisana" })
        {
            foreach (var close in new[] { ", zamknij to zadanie", " - zadanie zrobione", ", odhacz to", ". Zadanie wykonane" })
            {
                data.Add(fact + close);
            }
        }

        foreach (var fact in new[] { "счёт в Тепломаш отправлен", "КП для Рыбпрома ушло" })
        {
            foreach (var close in new[] { ", закрой эту задачу", " — задача выполнена", ", задачу можно закрыть" })
            {
                data.Add(fact + close);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Closed))]
    public void AFactThenCloseThisTaskIsACompletion(string text)
    {
        var c = Parse(text);
        Matches(c, "complete_task", "more=0");
        Assert.False(string.IsNullOrEmpty(c.Title));
    }

    [Theory]
    [InlineData("zamknij zadanie dla Optivo")]
    [InlineData("закрой задачу по Тепломашу")]
    public void TheTaskNamedAfterTheCloseIsCompleted(string text)
    {
        Matches(Parse(text), "complete_task");
    }

    [Theory]
    [InlineData("dodaj transakcję Tapmar: 65 tys. euro, negocjacje, zamknięcie do 28 stycznia", "Tapmar", "65000")]
    [InlineData("nowa transakcja Tapmar 65 tys. euro", "Tapmar", "65000")]
    public void ATransactionIsANewDeal(string text, string account, string amount)
    {
        Matches(Parse(text), "create_deal", $"account={account}|amount={amount}");
    }

    [Theory]
    [InlineData("zamknięcie do 28 stycznia")]
    [InlineData("przesuń zamknięcie na 15 grudnia")]
    [InlineData("перенеси закрытие на 15 декабря")]
    public void AFieldWithNoDealIsAsked(string text)
    {
        var c = Parse(text);
        Assert.False(c.Intent.IsWrite() && !c.Confirm, Describe(c));
    }

    [Fact]
    public void AFieldBesideItsDealIsWritten()
    {
        Matches(Parse("Optivo, zamknięcie do 28 stycznia"), "update_deal", "deal=Optivo|date=2027-01-28|confirm=");
    }
}
