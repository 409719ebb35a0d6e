using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// Polish and Russian: a company said first, then what it wants, then the new deal ("Brenlo chce wdrożenie, nowa szansa
/// na 300 tys.") is a deal for that company; "X – nowa kwota 120k zł" is an amount; "zamknij X jako przegraną",
/// "закрой X как проигранную" close the deal at that stage. Near misses: a deal name with no wanting verb stays whole,
/// "zamknij zadanie" still closes a task.
/// </summary>
public class NewDealBuyerAndCloseAsClassTests
{
    [Theory]
    [InlineData("Brenlo chce wdrożenie, nowa szansa na około 300 tys., do końca kwietnia", "Brenlo", "300000")]
    [InlineData("Optivo planuje rozbudowę, nowy deal 80 tys. zł", "Optivo", "80000")]
    [InlineData("Kornpol szuka nowego dostawcy - nowa szansa 120 tys. zł", "Kornpol", "120000")]
    [InlineData("Тепломаш хочет внедрение, новая сделка на 300 тыс.", "Тепломаш", "300000")]
    [InlineData("Рыбпром планирует расширение, новая сделка на 2 млн руб", "Рыбпром", "2000000")]
    [InlineData("Агросфера ищет поставщика — новая сделка 500 тыс. руб", "Агросфера", "500000")]
    public void TheCompanySaidFirstIsTheBuyer(string text, string account, string amount)
    {
        Matches(Parse(text), "create_deal", $"account={account}|deal={account}|amount={amount}");
    }

    [Theory]
    [InlineData("Kruk windykacja - nowy deal 50 tys.", "Kruk windykacja")]
    [InlineData("1С интеграция — новая сделка на 600 тыс.", "1С интеграция")]
    public void ANameWithNoWantingStaysWhole(string text, string deal)
    {
        Matches(Parse(text), "create_deal", $"deal={deal}");
    }

    [Theory]
    [InlineData("Alufor – nowa kwota 120k zł", "Alufor", "120000")]
    [InlineData("Optivo: nowa wartość 50 tys. zł", "Optivo", "50000")]
    [InlineData("Тепломаш — новая сумма 300 тыс. руб", "Тепломаш", "300000")]
    [InlineData("Рыбпром, новая цена 1,2 млн руб", "Рыбпром", "1200000")]
    public void ANewAmountUpdatesTheDeal(string text, string deal, string amount)
    {
        Matches(Parse(text), "update_deal", $"deal={deal}|amount={amount}");
    }

    [Theory]
    [InlineData("zamknij Optivo jako przegraną", "Optivo", "lost")]
    [InlineData("zamknij jako wygraną Optivo", "Optivo", "won")]
    [InlineData("oznacz Kornpol jako przegrany", "Kornpol", "lost")]
    [InlineData("закрой Тепломаш как проигранную", "Тепломаш", "lost")]
    [InlineData("пометь Рыбпром как выигранную", "Рыбпром", "won")]
    [InlineData("Cegielnia Olszyna odpuściła, nie mają budżetu – zamknij jako przegraną", "Cegielnia Olszyna", "lost")]
    public void CloseAsMovesTheDeal(string text, string deal, string stage)
    {
        var c = Parse(text);
        Matches(c, "move_deal", $"deal={deal}|stage={stage}|more=0");
    }

    [Theory]
    [InlineData("zamknij zadanie dla Optivo")]
    [InlineData("закрой задачу по Тепломашу")]
    public void CloseTheTaskStillClosesATask(string text)
    {
        Matches(Parse(text), "complete_task");
    }
}
