using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// English: a count of units said before "from now" / "from today" / "out" is a day ahead ("remind me a week from
/// today to ..."), and the verb or marker that ends a deal statement is no part of the deal's name ("Harrowgate Steel
/// close date moves to dec 18", "Saltmarsh Cidery ready for negotiation"). A short clause that moves a deal after an
/// activity is a fact of its own ("called acme, moved them to proposal"). Near misses keep their old readings.
/// </summary>
public class FromNowAndNameTailClassTests
{
    [Theory]
    [InlineData("remind me a week from today to check in with Glenmoor", "2026-11-25")]
    [InlineData("remind me 2 weeks from now to call acme", "2026-12-02")]
    [InlineData("call acme 2 weeks from now", "2026-12-02")]
    [InlineData("in 2 weeks from now call acme", "2026-12-02")]
    [InlineData("f/u with acme 3 days out", "2026-11-21")]
    [InlineData("remind me three days from today to email Globex", "2026-11-21")]
    [InlineData("chase Initech a month from now", "2026-12-18")]
    [InlineData("remind me 2 weeks from tomorrow to call Acme", "2026-12-03")]
    [InlineData("call acme a week from tmrw", "2026-11-26")]
    [InlineData("remind me three days from tomorrow to email Globex", "2026-11-22")]
    public void ACountFromNowIsADayAhead(string text, string date)
    {
        Matches(Parse(text), "add_task", $"date={date}");
    }

    [Theory]
    [InlineData("remind me tomorrow to call acme", "2026-11-19")]
    [InlineData("called acme 2 weeks ago", "2026-11-04")]
    [InlineData("called acme today", "2026-11-18")]
    public void OtherDaysReadAsBefore(string text, string date)
    {
        Assert.Equal(date, Field(Parse(text), "date"));
    }

    [Theory]
    [InlineData("Harrowgate Steel close date moves to dec 18", "Harrowgate Steel", "2026-12-18")]
    [InlineData("Globex close date goes to jan 15", "Globex", "2027-01-15")]
    [InlineData("Initech close date shifts to dec 1", "Initech", "2026-12-01")]
    public void TheVerbAfterACloseDateIsNoPartOfTheName(string text, string deal, string date)
    {
        Matches(Parse(text), "update_deal", $"deal={deal}|date={date}");
    }

    [Theory]
    [InlineData("Saltmarsh Cidery ready for negotiation", "Saltmarsh Cidery", "negotiation")]
    [InlineData("Acme counts as qualified now", "Acme", "qualified")]
    [InlineData("Globex is ready for proposal", "Globex", "proposal")]
    public void AReadinessWordIsNoPartOfTheName(string text, string deal, string stage)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}");
    }

    [Theory]
    [InlineData("called acme, moved them to proposal", "proposal")]
    [InlineData("met Contoso today, moving them to proposal", "proposal")]
    [InlineData("demo for Globex, Globex moves to negotiation", "negotiation")]
    public void AMoveAfterAnActivityIsAFactOfItsOwn(string text, string stage)
    {
        var c = Parse(text);
        Assert.Equal(Intent.LogActivity, c.Intent);
        Matches(Assert.Single(c.More ?? []), "move_deal", $"stage={stage}");
    }

    [Theory]
    [InlineData("called acme, he wants to move to a new office")]
    [InlineData("called acme, they are moving to a new building")]
    public void AMoveOfSomethingElseStaysANote(string text)
    {
        var c = Parse(text);
        Assert.Equal(Intent.LogActivity, c.Intent);
        Assert.Empty(c.More ?? []);
    }

    [Theory]
    [InlineData("which deals close end of march", "2027-03-01", "2027-03-31")]
    [InlineData("which deals are closing in march", "2027-03-01", "2027-03-31")]
    [InlineData("deals closing in february", "2027-02-01", "2027-02-28")]
    [InlineData("deals closing in december", "2026-12-01", "2026-12-31")]
    [InlineData("deals closing last month", "2026-10-01", "2026-10-31")]
    [InlineData("which deals are closing this month", "2026-11-01", "2026-11-30")]
    public void DealsClosingInAMonthLookAhead(string text, string from, string to)
    {
        Matches(Parse(text), "deals_closing", $"from={from}|to={to}");
    }

    [Theory]
    [InlineData("won deals in march", "2026-03-01")]
    [InlineData("lost deals in february", "2026-02-01")]
    public void WonOrLostDealsInAMonthLookBack(string text, string from)
    {
        Assert.Equal(from, Field(Parse(text), "from"));
    }
}
