using System.Globalization;
using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// Polish and Russian: a task closed in words ("задачу по счёту для X закрыл", "zamknąłem zadanie z fakturą dla X")
/// completes it; a call nobody answered ("звонил в X 3 раза — не берут") is no call to log. Near misses: a deal closed
/// ("Теплодом закрыли" is won), a task not closed, a reminder to close a deal.
/// </summary>
public class TaskClosedAndNoAnswerClassTests
{
    private static readonly string[] Russian =
    [
        "задачу {0} закрыл", "задачу {0} закрыла", "задача {0} закрыта", "закрыл задачу {0}", "закрыла задачу {0}", "задачу {0} закрыли",
    ];

    private static readonly string[] Polish =
    [
        "zadanie {0} zamknięte", "zamknąłem zadanie {0}", "zamknęłam zadanie {0}", "zadanie {0} zamknęłam", "zadanie {0} zamkniete",
    ];

    private static readonly string[] RussianTasks = ["по счету для Светоча", "по КП для Вега", "про звонок Ивану"];
    private static readonly string[] PolishTasks = ["z fakturą dla Stolbudu", "o ofercie dla Klimatechu", "telefon do Anny"];

    public static TheoryData<string, string> Closed()
    {
        var data = new TheoryData<string, string>();
        foreach (var (templates, tasks) in new[] { (Russian, RussianTasks), (Polish, PolishTasks) })
        {
            foreach (var template in templates)
            {
                foreach (var task in tasks)
                {
                    data.Add(string.Format(CultureInfo.InvariantCulture, template, task), task);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Closed))]
    public void AClosedTaskIsCompleted(string text, string title)
    {
        Matches(Parse(text), "complete_task", $"title={title}");
    }

    [Theory]
    [InlineData("Теплодом закрыли", "move_deal")]
    [InlineData("напомни закрыть сделку с Теплодомом", "add_task")]
    [InlineData("przypomnij zamknąć umowę z Klimatechem", "add_task")]
    public void ADealClosedOrToCloseIsNoCompletedTask(string text, string intent)
    {
        Matches(Parse(text), intent);
    }

    [Theory]
    [InlineData("звонил в Теплодом 3 раза — не берут")]
    [InlineData("звонил Ивану, не ответил")]
    [InlineData("набирал Вегу, не берёт")]
    [InlineData("позвонил в Балтпорт, никто не ответил")]
    [InlineData("звонила в Орбитек дважды, не отвечают")]
    [InlineData("dzwoniłem do Klimatechu 3 razy, nie odbierają")]
    public void ACallNobodyAnsweredIsNotLogged(string text)
    {
        var c = Parse(text);
        Assert.True(c.Intent != Intent.LogActivity || c.Confirm, Describe(c));
    }
}
