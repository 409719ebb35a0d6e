using System.Globalization;
using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// Polish and Russian: a quarter named by its number ("w I kwartale", "do końca pierwszego kwartału", "Q1", "во 2-м
/// квартале") is a close date (its last day, the coming one) and a digest period (the whole quarter). Near misses: a
/// length of quarters ("dwa kwartały temu"), "i" as "and", a quarter with no number ("do końca kwartału").
/// </summary>
public class NamedQuarterClassTests
{
    // Said on Wednesday 18 November 2026: the first quarter ahead is 2027's, the fourth is this one.
    private static readonly (string Words, string End)[] PolishQuarters =
    [
        ("w I kwartale", "2027-03-31"), ("do końca I kwartału", "2027-03-31"), ("w pierwszym kwartale", "2027-03-31"),
        ("do końca pierwszego kwartału", "2027-03-31"), ("w Q1", "2027-03-31"), ("na Q2", "2027-06-30"),
        ("w II kwartale", "2027-06-30"), ("w drugim kwartale", "2027-06-30"), ("w 3 kwartale", "2027-09-30"),
        ("w IV kwartale", "2026-12-31"), ("w Q1 2028", "2028-03-31"), ("w 1. kwartale", "2027-03-31"),
    ];

    private static readonly (string Words, string End)[] RussianQuarters =
    [
        ("в первом квартале", "2027-03-31"), ("до конца первого квартала", "2027-03-31"), ("в Q1", "2027-03-31"),
        ("на Q2", "2027-06-30"), ("во втором квартале", "2027-06-30"), ("в 3 квартале", "2027-09-30"),
        ("в 1-м квартале", "2027-03-31"), ("в четвертом квартале", "2026-12-31"), ("до конца 2-го квартала", "2027-06-30"),
        ("в I квартале", "2027-03-31"), ("в Q3 2027", "2027-09-30"),
    ];

    public static TheoryData<string, string> CloseDates()
    {
        var data = new TheoryData<string, string>();
        foreach (var (words, end) in PolishQuarters)
        {
            data.Add($"nowa szansa z Optivo na 50 tys. zł, zamknięcie {words}", end);
            data.Add($"nowa okazja z Brava Foods na 1,5 mln euro, negocjacje, zamknięcie {words}", end);
        }

        foreach (var (words, end) in RussianQuarters)
        {
            data.Add($"новая сделка с Optivo на 50 тыс. руб., закрытие {words}", end);
            data.Add($"новая сделка с Вегой на 2 млн руб., переговоры, закрытие {words}", end);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CloseDates))]
    public void ANamedQuarterIsItsLastDay(string text, string end)
    {
        Matches(Parse(text), "create_deal", $"date={end}");
    }

    [Theory]
    [InlineData("KPI za I kwartał", "2026-01-01", "2026-03-31")]
    [InlineData("KPI zespołu za drugi kwartał", "2026-04-01", "2026-06-30")]
    [InlineData("KPI za Q3", "2026-07-01", "2026-09-30")]
    [InlineData("KPI за 3 квартал", "2026-07-01", "2026-09-30")]
    [InlineData("KPI команды за первый квартал", "2026-01-01", "2026-03-31")]
    [InlineData("KPI за Q2", "2026-04-01", "2026-06-30")]
    public void ANamedQuarterIsADigestPeriod(string text, string from, string to)
    {
        Matches(Parse(text), "kpi_digest", string.Create(CultureInfo.InvariantCulture, $"from={from}|to={to}"));
    }

    [Theory]
    [InlineData("nowa szansa z Optivo na 50 tys. zł, zamknięcie do końca kwartału", "2026-12-31")]
    [InlineData("новая сделка с Optivo на 50 тыс. руб., закрытие до конца квартала", "2026-12-31")]
    public void AQuarterWithoutANumberIsThisOne(string text, string end)
    {
        Matches(Parse(text), "create_deal", $"date={end}");
    }

    [Theory]
    [InlineData("spotkanie z Optivo i Kasią Wójcik")]
    [InlineData("встреча с Optivo и Ивaном")]
    public void AnAndIsNoQuarter(string text)
    {
        var c = Parse(text);
        Matches(c, "log_activity", "date=2026-11-18");
    }
}
