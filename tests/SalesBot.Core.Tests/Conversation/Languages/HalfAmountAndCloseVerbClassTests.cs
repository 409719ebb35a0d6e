using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// Polish and Russian: a half said in words before its scale ("полтора ляма", "półtora miliona zł", "pół miliona") is
/// an amount; a close verb with a day said right after a new deal ("..., закрыть к концу января") is that deal's close
/// date, not a task. Near misses: "pół godziny" is no money, "zadzwonić w piątek" after a new deal stays a task, a close
/// verb with its own deal named is a task.
/// </summary>
public class HalfAmountAndCloseVerbClassTests
{
    public static TheoryData<string, string> Halves()
    {
        var data = new TheoryData<string, string>();
        foreach (var (words, amount) in new[] { ("полтора миллиона", "1500000"), ("полтора ляма", "1500000"), ("полторы тысячи", "1500"), ("полтора млн", "1500000") })
        {
            data.Add($"новая сделка с Метизснабом, {words}", amount);
            data.Add($"новая сделка для Тепломаша на {words} рублей", amount);
        }

        foreach (var (words, amount) in new[] { ("półtora miliona", "1500000"), ("pół miliona", "500000"), ("półtora mln", "1500000"), ("pół mln", "500000"), ("półtora tysiąca", "1500") })
        {
            data.Add($"nowa szansa Optivo, {words} zł", amount);
            data.Add($"nowy deal z Kornpolem na {words}", amount);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Halves))]
    public void AHalfInWordsIsAnAmount(string text, string amount)
    {
        Matches(Parse(text), "create_deal", $"amount={amount}");
    }

    [Theory]
    [InlineData("spotkanie z Optivo, pół godziny")]
    [InlineData("созвон с Тепломашем, полтора часа")]
    public void AHalfOfAnHourIsNoMoney(string text)
    {
        Matches(Parse(text), "log_activity", "amount=");
    }

    [Theory]
    [InlineData("новая сделка для Метизснаба, 1,5 млн руб, закрыть к концу января, квалификация", "2027-01-31", "qualified")]
    [InlineData("новая сделка с Тепломашем на 300 тыс., закрыть до 15 декабря", "2026-12-15", "")]
    [InlineData("новая сделка с Тепломашем, 300 тыс. руб, подписать к концу месяца", "2026-11-30", "")]
    [InlineData("nowa szansa Optivo 300 tys. zł, zamknąć do końca stycznia", "2027-01-31", "")]
    [InlineData("nowy deal z Kornpolem, 80 tys. zł, podpisać do 15 grudnia, negocjacje", "2026-12-15", "negotiation")]
    public void ACloseVerbAfterANewDealIsItsCloseDate(string text, string date, string stage)
    {
        var c = Parse(text);
        Matches(c, "create_deal", $"date={date}|more=0" + (stage.Length > 0 ? $"|stage={stage}" : string.Empty));
    }

    [Theory]
    [InlineData("nowa szansa Optivo 300 tys. zł, zadzwonić w piątek")]
    [InlineData("новая сделка с Тепломашем на 300 тыс., позвонить в пятницу")]
    public void AnErrandAfterANewDealStaysATask(string text)
    {
        var c = Parse(text);
        Matches(c, "create_deal", "date=|more=1");
        Matches(c.More![0], "add_task", "date=2026-11-20");
    }

    [Theory]
    [InlineData("закрыть сделку с Метизснабом к пятнице")]
    [InlineData("zamknąć deal z Optivo do piątku")]
    public void ACloseVerbOnItsOwnIsATask(string text)
    {
        Matches(Parse(text), "add_task", "date=2026-11-20");
    }
}
