using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

public class PlanReaderTests
{
    [Theory]
    [InlineData("plan: 1) call Contoso 2) demo Fabrikam 3) quote Litware", 3)]
    [InlineData("plan: 1. call Contoso 2. demo Fabrikam", 2)]
    [InlineData("plan: call Contoso; demo Fabrikam; quote Litware; chase Adatum", 4)]
    [InlineData("plan: call Contoso, demo Fabrikam", 2)]
    [InlineData("plan: call Contoso", 1)]
    [InlineData("today: call Contoso; demo Fabrikam", 2)]
    [InlineData("top 3 today: call Contoso, demo Fabrikam, quote Litware", 3)]
    [InlineData("my top 3: Contoso renewal, Fabrikam demo, Litware quote", 3)]
    [InlineData("plan today: Contoso, Fabrikam and Litware", 3)]
    [InlineData("today I will: call Contoso, email Fabrikam", 2)]
    [InlineData("top three today: call Contoso, demo Fabrikam, quote Litware", 3)]
    [InlineData("focus today: Litware contract", 1)]
    [InlineData("my priorities today: Contoso; Fabrikam; Northwind", 3)]
    [InlineData("today's plan: Contoso proposal; Fabrikam follow-up", 2)]
    [InlineData("my plan for today: finish the Litware quote", 1)]
    [InlineData("my 3 priorities:\n1. Contoso renewal\n2. Fabrikam QBR\n3. cold calls", 3)]
    [InlineData("plan for today:\n- call Contoso\n- demo Fabrikam", 2)]
    [InlineData("priorities:\n* Contoso\n* Fabrikam\n* Litware\n* Adatum", 4)]
    [InlineData("plan:\n• Contoso\n• Fabrikam", 2)]
    [InlineData("goals for today:\n\ncall Contoso\n\ndemo Fabrikam\n", 2)]
    [InlineData("1. call Contoso\n2. demo Fabrikam", 2)]
    [InlineData("1) call Contoso 2) demo Fabrikam", 2)]
    [InlineData("agenda: 1) Contoso 2) Fabrikam 3) Litware 4) Adatum 5) Tailspin", 5)]
    public void SplitsPlanItemsHoweverTheyAreWritten(string text, int items)
    {
        Matches(Parse(text), "set_plan", $"items={items}|date=2026-11-18|conf>=0.7");
    }

    [Fact]
    public void PlansForTomorrowWhenTheHeaderSaysSo()
    {
        Matches(Parse("tomorrow: call Contoso, demo Fabrikam"), "set_plan", "items=2|date=2026-11-19");
    }

    [Fact]
    public void KeepsItemTextWithoutNumbersOrBullets()
    {
        var items = Parse("plan:\n1. call Contoso\n2) demo Fabrikam\n- quote Litware").Items;
        Assert.Equal(["call Contoso", "demo Fabrikam", "quote Litware"], items);
    }
}
