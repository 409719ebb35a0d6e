using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// English: "... and sent wrenfield a follow up email" is a second activity; an e-mail said ("a follow up email", "by
/// email") names a customer in one lowercase word; "their", "his" end a lowercase name; a percentage is never an
/// amount ("not 100% sure"); a one-word name with a copula and an open stage is a move asked first ("larkspur is
/// qualified now"); the undo, then why ("scrap that last entry, i meant tolvane not larkspur"); "signed on the dotted
/// line" is a win; "2mrw", "lemme". Near misses: "sent mom the photos", "delete that, call acme tomorrow".
/// </summary>
public class EmailSplitAndPercentClassTests
{
    [Theory]
    [InlineData("called tolvane this morning and sent wrenfield a follow up email", "tolvane", "wrenfield")]
    [InlineData("met tarnby freight and sent brackwell labs the quote", "tarnby freight", "brackwell labs")]
    [InlineData("called Acme and forwarded Globex the deck", "Acme", "Globex")]
    public void AndSentOpensASecondActivity(string text, string first, string second)
    {
        var c = Parse(text);
        Matches(c, "log_activity", $"account={first}|more=1");
        Matches(c.More![0], "log_activity", $"activity=email|account={second}");
    }

    [Theory]
    [InlineData("sent wrenfield the contract draft by email", "wrenfield")]
    [InlineData("sent wrenfield a follow up email", "wrenfield")]
    [InlineData("emailed tamsin & cole their renewal quote", "tamsin & cole")]
    [InlineData("emailed tarnby freight his invoice", "tarnby freight")]
    public void AnEmailNamesItsCustomer(string text, string account)
    {
        Matches(Parse(text), "log_activity", $"activity=email|account={account}");
    }

    [Theory]
    [InlineData("sent mom the photos")]
    [InlineData("sent mom an email")]
    public void FamilyIsNoCustomer(string text)
    {
        Matches(Parse(text), "unknown", "");
    }

    [Theory]
    [InlineData("i guess larkspur is qualified now, not 100% sure", "larkspur", "qualified")]
    [InlineData("larkspur is in negotiation", "larkspur", "negotiation")]
    [InlineData("larkspur is qualified now", "larkspur", "qualified")]
    public void AOneWordStatementIsAskedFirst(string text, string deal, string stage)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}|confirm=True|amount=");
    }

    [Theory]
    [InlineData("acme discount 10%")]
    [InlineData("tarnby freight 100% keen")]
    [InlineData("acme 50 % done")]
    public void APercentageIsNoAmount(string text)
    {
        Assert.Null(Parse(text).Amount);
    }

    [Theory]
    [InlineData("scrap that last entry, i meant tolvane not larkspur")]
    [InlineData("undo that, it was wrong")]
    [InlineData("delete that, wrong account")]
    public void TheUndoThenWhy(string text)
    {
        Matches(Parse(text), "undo", "");
    }

    [Fact]
    public void AnUndoWordThenAnErrandIsNoUndo()
    {
        Assert.NotEqual("Undo", Parse("delete that, call acme tomorrow").Intent.ToString());
    }

    [Theory]
    [InlineData("wrenfield signed on the dotted line!!", "wrenfield")]
    [InlineData("Tarnby Freight signed on the dotted line", "Tarnby Freight")]
    public void TheDottedLineIsAWin(string text, string deal)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage=won");
    }

    [Theory]
    [InlineData("remind me 2mrw to send the pellworth quote", "add_task", "date=2026-11-19")]
    [InlineData("lemme see my pipeline", "show_pipeline", "scope=me")]
    public void PhoneSpellings(string text, string intent, string spec)
    {
        Matches(Parse(text), intent, spec);
    }
}

/// <summary>"task finished: samples to nettlebed" closes the task named after the head.</summary>
public class TaskFinishedHeadTests
{
    [Theory]
    [InlineData("task finished: samples to nettlebed", "samples to nettlebed")]
    [InlineData("task done: quote for tarnby", "quote for tarnby")]
    [InlineData("task completed: call brackwell", "call brackwell")]
    public void TheHeadClosesTheTask(string text, string title)
    {
        Matches(Parse(text), "complete_task", $"title={title}");
    }
}

/// <summary>
/// A new deal's stage said last, after its figures ("... close by mar 31 qualified"); a correction whose sentence goes on
/// after a full stop ("gbp 19k - oops, gbp 23k. closing end of next month"); "showed X the product" is a demo. Near
/// misses: "acme proposal tool" keeps its name, "he showed up late" and "sent mom the photos" write nothing.
/// </summary>
public class StageLastAndShowedClassTests
{
    [Theory]
    [InlineData("add a deal for kestle farms 1.25m usd close by mar 31 qualified", "kestle farms", "qualified")]
    [InlineData("new deal tarnby freight 40k close end of jan proposal", "tarnby freight", "proposal")]
    [InlineData("new deal acme 40k proposal", "acme", "proposal")]
    public void AStageSaidLastIsTheStage(string text, string account, string stage)
    {
        Matches(Parse(text), "create_deal", $"account={account}|stage={stage}");
    }

    [Fact]
    public void AStageWordInsideANameStays()
    {
        Matches(Parse("new deal acme proposal tool 40k"), "create_deal", "deal=acme proposal tool|stage=");
    }

    [Theory]
    [InlineData("new deal for penhallow: gbp 19k - oops, gbp 23k. closing end of next month, in negotiation", "23000", "2026-12-31")]
    [InlineData("new deal for tarnby freight 30k - sorry, 35k. closes jan 15", "35000", "2027-01-15")]
    public void TheFixThenTheRestOfTheSentence(string text, string amount, string date)
    {
        Matches(Parse(text), "create_deal", $"amount={amount}|date={date}");
    }

    [Theory]
    [InlineData("showed marrowby the product this morning, full demo", "marrowby")]
    [InlineData("showed Marrowby the product", "Marrowby")]
    [InlineData("showed acme around the office", "acme")]
    public void ShowedIsADemo(string text, string account)
    {
        Matches(Parse(text), "log_activity", $"activity=demo|account={account}");
    }

    [Theory]
    [InlineData("he showed up late")]
    [InlineData("showed mom the photos")]
    public void ShowingUpIsNoDemo(string text)
    {
        Matches(Parse(text), "unknown", "");
    }
}
