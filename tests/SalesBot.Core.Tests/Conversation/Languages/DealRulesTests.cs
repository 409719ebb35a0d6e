using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>New deals, stage moves, lost reasons and updates, in Polish and Russian.</summary>
public class DealRulesTests
{
    [Theory]
    [InlineData("nowa szansa Acme licencje 80 tys. zł", "Acme licencje", "80000", "PLN")]
    [InlineData("nowy deal Initech wdrożenie 25 000 EUR", "Initech wdrożenie", "25000", "EUR")]
    [InlineData("nowa okazja Hooli 1,2 mln zł", "Hooli", "1200000", "PLN")]
    [InlineData("nowa szansa Hooli 30 000 PLN", "Hooli", "30000", "PLN")]
    [InlineData("nowa szansa mbank integracja 90tys zl", "mbank integracja", "90000", "PLN")]
    [InlineData("otwieram nową szansę: Santander karty, 2,5 mln zł", "Santander karty", "2500000", "PLN")]
    [InlineData("nowa szansa Acme 50k €", "Acme", "50000", "EUR")]
    [InlineData("nowa szansa Acme $40k", "Acme", "40000", "USD")]
    [InlineData("новая сделка Acme лицензии 80 тыс. руб.", "Acme лицензии", "80000", "RUB")]
    [InlineData("новая сделка Initech внедрение 25 000 EUR", "Initech внедрение", "25000", "EUR")]
    [InlineData("новая сделка Hooli 40 тыс. евро", "Hooli", "40000", "EUR")]
    [InlineData("новая сделка Hooli 1,5 млн руб.", "Hooli", "1500000", "RUB")]
    [InlineData("новая сделка Hooli 300 000 ₽", "Hooli", "300000", "RUB")]
    [InlineData("создай сделку мтс интеграция 90тыс руб", "мтс интеграция", "90000", "RUB")]
    public void CreatesADealWithItsAmountAndCurrency(string text, string deal, string amount, string currency)
    {
        Matches(Parse(text), "create_deal", $"deal={deal}|amount={amount}|currency={currency}");
    }

    [Theory]
    [InlineData("nowa szansa Soylent 2 mln zł do końca grudnia", "2026-12-31")]
    [InlineData("nowa okazja Globex serwis 40k EUR, zamknięcie 15 grudnia", "2026-12-15")]
    [InlineData("nowa szansa Acme 10 tys. do końca miesiąca", "2026-11-30")]
    [InlineData("новая сделка Soylent 2 млн руб. до конца декабря", "2026-12-31")]
    [InlineData("новая возможность Globex сервис 40k EUR, закрытие 15 декабря", "2026-12-15")]
    [InlineData("новая сделка Acme 10 тыс. до 15 января", "2027-01-15")]
    public void ReadsACloseDateAhead(string text, string date)
    {
        Matches(Parse(text), "create_deal", $"date={date}|more=0");
    }

    [Theory]
    [InlineData("Acme licencje na etap negocjacji", "Acme licencje", "negotiation")]
    [InlineData("Initech wdrożenie do oferty", "Initech wdrożenie", "proposal")]
    [InlineData("przesuń Hooli do kwalifikacji", "Hooli", "qualified")]
    [InlineData("przesuń Hooli na etap oferty", "Hooli", "proposal")]
    [InlineData("wygraliśmy Acme licencje", "Acme licencje", "won")]
    [InlineData("wygralismy Acme licencje", "Acme licencje", "won")]
    [InlineData("Soylent wygrany!", "Soylent", "won")]
    [InlineData("Soylent podpisany 🎉", "Soylent", "won")]
    [InlineData("przegraliśmy Initech wdrożenie", "Initech wdrożenie", "lost")]
    [InlineData("Hooli przegrany, wybrali konkurencję", "Hooli", "lost")]
    [InlineData("Acme -> negocjacje", "Acme", "negotiation")]
    [InlineData("Acme лицензии на переговоры", "Acme лицензии", "negotiation")]
    [InlineData("Initech внедрение на стадию предложения", "Initech внедрение", "proposal")]
    [InlineData("Initech внедрение на стадию КП", "Initech внедрение", "proposal")]
    [InlineData("перевести Hooli в квалификацию", "Hooli", "qualified")]
    [InlineData("переведи Hooli на этап переговоров", "Hooli", "negotiation")]
    [InlineData("выиграли Acme лицензии", "Acme лицензии", "won")]
    [InlineData("Soylent — выиграна!", "Soylent", "won")]
    [InlineData("проиграли Initech внедрение", "Initech внедрение", "lost")]
    [InlineData("Hooli проиграна, выбрали конкурента", "Hooli", "lost")]
    [InlineData("верни Тинькофф карты в лиды", "Тинькофф карты", "lead")]
    public void MovesADealToTheStageSaid(string text, string deal, string stage)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}|confirm=");
    }

    [Theory]
    [InlineData("przegraliśmy PKO leasing, brak budżetu", "brak budżetu")]
    [InlineData("Initech szkolenia przegrane - wybrali Salesforce", "wybrali Salesforce")]
    [InlineData("проиграли ВТБ лизинг, нет бюджета", "нет бюджета")]
    [InlineData("Initech обучение проиграна — выбрали Salesforce", "выбрали Salesforce")]
    public void KeepsTheLostReason(string text, string reason)
    {
        Matches(Parse(text), "move_deal", $"stage=lost|reason={reason}");
    }

    [Theory]
    [InlineData("Acme licencje kwota 90 tys.", "Acme licencje", "amount=90000")]
    [InlineData("Initech wdrożenie data zamknięcia 15 stycznia", "Initech wdrożenie", "date=2027-01-15")]
    [InlineData("przesuń datę zamknięcia Żabka kasy na koniec miesiąca", "Żabka kasy", "date=2026-11-30")]
    [InlineData("Acme лицензии сумма 90 тыс.", "Acme лицензии", "amount=90000")]
    [InlineData("Initech внедрение дата закрытия 15 января", "Initech внедрение", "date=2027-01-15")]
    [InlineData("измени сумму Яндекс CRM на 1,5 млн", "Яндекс CRM", "amount=1500000")]
    [InlineData("перенеси дату закрытия Магнит кассы на конец месяца", "Магнит кассы", "date=2026-11-30")]
    public void UpdatesAnAmountOrACloseDate(string text, string deal, string spec)
    {
        Matches(Parse(text), "update_deal", $"deal={deal}|{spec}");
    }

    [Theory]
    [InlineData("Globex serwis do negocjacji i zmień kwotę na 45 tys. EUR")]
    [InlineData("Globex сервис на переговоры и поменяй сумму на 45 тыс. евро")]
    public void ReadsAMoveAndAnUpdateOfTheSameDeal(string text)
    {
        var c = Parse(text);
        Matches(c, "move_deal", "deal=Globex " + (c.Language == "pl" ? "serwis" : "сервис") + "|stage=negotiation|more=1");
        Matches(c.More![0], "update_deal", "amount=45000|currency=EUR");
    }

    [Theory]
    [InlineData("wygraliśmy Orlen flota", "Orlen flota")]
    [InlineData("orlen flota na etap negocjacji", "Orlen flota")]
    [InlineData("выиграли сбербанк crm", "Сбербанк CRM")]
    public void NamesTheTeamsDealAsStored(string text, string deal)
    {
        Matches(Parse(text, Team), "move_deal", $"deal={deal}");
    }

    [Theory]
    [InlineData("kto wygrał wczoraj mecz?")]
    [InlineData("wygraliśmy mecz wczoraj?")]
    [InlineData("nie wygraliśmy Acme")]
    [InlineData("кто выиграл вчера матч?")]
    [InlineData("не проиграли Acme")]
    [InlineData("wybrali Salesforce")]
    public void NeverMovesADealOnANearMiss(string text)
    {
        var c = Parse(text);
        Assert.True(c.Intent != SalesBot.Core.Conversation.Parsing.Intent.MoveDeal || c.Confirm, Describe(c));
    }
}
