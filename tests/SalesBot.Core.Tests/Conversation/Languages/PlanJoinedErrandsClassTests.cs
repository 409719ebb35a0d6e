using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// Plans whose errands are joined by "i" / "и" ("wizyta w Stalprofilu i maile", "Northgate i Qubit Labs"), with or
/// without a colon after the header; near misses: one errand's two verbs, a header alone, a question about a plan.
/// </summary>
public class PlanJoinedErrandsClassTests
{
    private static readonly string[] PolishHeads = ["plan na dziś:", "plan na dzis:", "na dzisiaj:", "dzisiaj:", "mój plan na dziś:", "plan na dziś -", "plan na dzis"];
    private static readonly string[] RussianHeads = ["план на сегодня:", "на сегодня:", "сегодня:", "мой план на сегодня:", "план на сегодня -", "план на сегодня"];

    private static readonly (string First, string Second)[] PolishPairs =
    [
        ("wizyta w Stalprofilu", "maile"),
        ("Northgate", "Qubit Labs"),
        ("telefon do Brovaru", "oferta dla Kartexu"),
        ("przygotować ofertę", "zadzwonić do Acme"),
        ("spotkanie z Drewpolem", "raport"),
        ("demo dla Lumenu", "telefon do Pekaesu"),
        ("Hydrobud", "Mlekovita"),
        ("oferta dla Ceramiki", "wizyta w Termexie"),
    ];

    private static readonly (string First, string Second)[] RussianPairs =
    [
        ("выезд в Уралпласт", "почта"),
        ("Северсталь", "Лукойл"),
        ("звонок в Техносталь", "КП для Агросиба"),
        ("подготовить КП", "позвонить в Acme"),
        ("встреча с Медтехникой", "отчёт"),
        ("демо для Светодара", "звонок в Сибтранс"),
        ("Northgate", "Qubit Labs"),
        ("КП для Ромашки", "визит в Теплоприбор"),
    ];

    public static TheoryData<string, string, string> Joined()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (heads, pairs, joiners) in new[] { (PolishHeads, PolishPairs, new[] { "i", "oraz" }), (RussianHeads, RussianPairs, new[] { "и" }) })
        {
            foreach (var head in heads)
            {
                foreach (var (first, second) in pairs)
                {
                    foreach (var joiner in joiners)
                    {
                        data.Add($"{head} {first} {joiner} {second}", first, second);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Joined))]
    public void TwoErrandsJoinedByAWordAreTwoItems(string text, string first, string second)
    {
        var c = Parse(text);
        Matches(c, "set_plan", "date=2026-11-18");
        Assert.Equal([first, second], c.Items);
    }

    [Theory]
    [InlineData("plan na dziś: przygotować i wysłać ofertę", "przygotować i wysłać ofertę")]
    [InlineData("plan na dziś: przygotować i wysłać umowę", "przygotować i wysłać umowę")]
    [InlineData("na dzisiaj: sprawdzić i poprawić cennik", "sprawdzić i poprawić cennik")]
    [InlineData("план на сегодня: подготовить и отправить КП", "подготовить и отправить КП")]
    [InlineData("на сегодня: проверить и отправить договор", "проверить и отправить договор")]
    [InlineData("сегодня: подготовить и согласовать счёт", "подготовить и согласовать счёт")]
    public void OneErrandsTwoVerbsStayOneItem(string text, string item)
    {
        var c = Parse(text);
        Matches(c, "set_plan");
        Assert.Equal([item], c.Items);
    }

    [Theory]
    [InlineData("plan na dziś", "me")]
    [InlineData("plan na dzis", "me")]
    [InlineData("mój plan na dziś?", "me")]
    [InlineData("plan na dziś zespołu", "team")]
    [InlineData("jaki mam plan na dziś", "me")]
    [InlineData("план на сегодня", "me")]
    [InlineData("мой план на сегодня?", "me")]
    [InlineData("какой у меня план на сегодня", "me")]
    public void AHeaderWithoutErrandsShowsThePlan(string text, string scope)
    {
        Matches(Parse(text), "show_plan", $"scope={scope}");
    }

    [Theory]
    [InlineData("plan na dziś Northgate i Qubit Labs?")]
    [InlineData("czy plan na dziś to Northgate i Qubit Labs?")]
    [InlineData("план на сегодня Северсталь и Лукойл?")]
    public void AQuestionAboutAPlanSetsNoPlan(string text)
    {
        Assert.NotEqual(SalesBot.Core.Conversation.Parsing.Intent.SetPlan, Parse(text).Intent);
    }
}
