using System.Globalization;
using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// Polish and Russian: a new deal typed as a list of fields keeps every field. A stage alone between commas is its
/// stage ("nowa szansa Klimatech, 85k PLN, kwalifikacja"), "zamykamy do 21 grudnia" / "закрываем до 16 декабря" is
/// its close date, and "исправляю:" corrects the amount just said. Near misses: a stage word inside a note of an
/// activity, and a question about deals closing asked in a sentence of its own.
/// </summary>
public class NewDealFieldListClassTests
{
    private static readonly (string Head, string Amount, string Stage, string Want, string Close)[] Polish =
    [
        ("nowa szansa", "85k PLN", "kwalifikacja", "qualified", "zamykamy do 14 grudnia"), ("nowa okazja", "61 tys. zł", "negocjacje", "negotiation", "zamknięcie 14.12"),
        ("wrzuć nową szansę:", "40 tys. zł", "oferta", "proposal", "termin 14.12"), ("dodaj szansę", "120 tys. PLN", "negocjacje", "negotiation", "zamykamy do 14 grudnia"),
    ];

    private static readonly (string Head, string Amount, string Stage, string Want, string Close)[] Russian =
    [
        ("новая сделка", "60к евро", "квалификация", "qualified", "закрываем до 14 декабря"), ("открой сделку", "80 000 USD", "предложение", "proposal", "до 14 декабря"),
        ("новая сделка", "700 тыс. ₽", "переговоры", "negotiation", "закрытие 14.12"), ("заведи сделку", "1,5 млн руб.", "переговоры", "negotiation", "закрываем до 14 декабря"),
    ];

    private static readonly string[] PolishNames = ["Klimatech", "Optivo", "Brava Foods"];
    private static readonly string[] RussianNames = ["Теплодом", "Балтпорт", "Orbitek"];

    public static TheoryData<string, string, string> Lists()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (rows, names) in new[] { (Polish, PolishNames), (Russian, RussianNames) })
        {
            foreach (var (head, amount, stage, want, close) in rows)
            {
                foreach (var name in names)
                {
                    data.Add(string.Format(CultureInfo.InvariantCulture, "{0} {1}, {2}, {3}, {4}", head, name, amount, stage, close), name, want);
                    data.Add(string.Format(CultureInfo.InvariantCulture, "{0} {1}, {2}, {3}, {4}", head, name, amount, close, stage), name, want);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void EveryFieldOfTheListIsKept(string text, string name, string stage)
    {
        var c = Parse(text);
        Matches(c, "create_deal", $"account={name}|stage={stage}|date=2026-12-14|confirm=");
        Assert.Null(c.More);
    }

    [Theory]
    [InlineData("новая сделка с Промтехом за 700 тыс. ₽ — исправляю: 770 тыс. ₽, переговоры", 770000)]
    [InlineData("новая сделка Промтех 700 тыс. ₽, поправка: 750 тыс. ₽", 750000)]
    [InlineData("nowa okazja Optivo, 61 tys. zł — pomyłka, 66 tys. zł, kwalifikacja", 66000)]
    public void TheCorrectedAmountIsKept(string text, int amount)
    {
        Matches(Parse(text), "create_deal", $"amount={amount}");
    }

    [Theory]
    [InlineData("новая сделка Теплодом 60к евро. Какие сделки закрываются до 16 декабря?")]
    [InlineData("nowa szansa Klimatech 85k PLN. Które szanse zamykają się do 16 grudnia?")]
    public void AQuestionOfItsOwnStaysAQuestion(string text)
    {
        var c = Parse(text);
        Matches(c, "create_deal", "date=");
        Assert.NotNull(c.More);
    }

    [Theory]
    [InlineData("spotkanie z Klimatech, rozmawialiśmy o cenach, negocjacje trudne")]
    [InlineData("встреча с Теплодомом, обсудили цены, переговоры сложные")]
    public void AStageWordInAnActivityNoteMovesNothing(string text)
    {
        var c = Parse(text);
        Matches(c, "log_activity");
        Assert.Null(c.More);
    }
}
