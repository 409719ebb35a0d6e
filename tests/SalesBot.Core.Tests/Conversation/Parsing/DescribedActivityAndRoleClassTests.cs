using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// English: an activity noun the rep describes names its party bare after it ("quick call calder bakery re the xmas
/// order", "site visit fernhill ag"); a person then her role at a company ("lunch with declan, the gm at duskwood
/// inns"); an e-mail still waiting for its answer was sent ("emailed wexcombe the nda, no reply yet"); "first thing"
/// ends a lowercase name. Near misses: "my call dropped", "quick call mom", a call with no reply is still no call.
/// </summary>
public class DescribedActivityAndRoleClassTests
{
    public static TheoryData<string, string, string> Described()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (noun, activity) in new[] { ("call", "call"), ("meeting", "meeting"), ("demo", "demo"), ("visit", "visit") })
        {
            foreach (var descriptor in new[] { "quick", "short", "brief", "good", "productive", "intro" })
            {
                data.Add($"{descriptor} {noun} calder bakery re the xmas order", activity, "calder bakery");
                data.Add($"{descriptor} {noun} tarnby freight", activity, "tarnby freight");
            }
        }

        data.Add("site visit fernhill ag, saw the new grain store", "visit", "fernhill ag");
        data.Add("onsite visit brackwell labs", "visit", "brackwell labs");
        return data;
    }

    [Theory]
    [MemberData(nameof(Described))]
    public void ADescribedNounNamesItsParty(string text, string activity, string account)
    {
        Matches(Parse(text), "log_activity", $"activity={activity}|account={account}|date=2026-11-18");
    }

    [Theory]
    [InlineData("my call dropped")]
    [InlineData("quick call mom")]
    [InlineData("good meeting today")]
    [InlineData("short call with the team")]
    public void TalkIsNoLog(string text)
    {
        var c = Parse(text);
        Assert.True(c.Intent.ToString() != "LogActivity" || c.Confirm, Describe(c));
    }

    [Theory]
    [InlineData("lunch with declan, the gm at duskwood inns", "declan", "duskwood inns")]
    [InlineData("met anna, the cfo of tarnby freight", "anna", "tarnby freight")]
    [InlineData("call with piotr, head of it at brackwell labs", "piotr", "brackwell labs")]
    [InlineData("coffee with Maya, the procurement manager at Harlow Mills", "Maya", "Harlow Mills")]
    public void APersonThenHerRoleAtACompany(string text, string contact, string account)
    {
        Matches(Parse(text), "log_activity", $"contact={contact}|account={account}");
    }

    [Fact]
    public void ACommaNoteIsNoRole()
    {
        Matches(Parse("call with tarnby freight, the cfo wants a discount"), "log_activity", "account=tarnby freight|contact=");
    }

    [Theory]
    [InlineData("emailed wexcombe the nda, no reply yet", "wexcombe")]
    [InlineData("emailed tarnby freight, no response so far", "tarnby freight")]
    [InlineData("sent an email to Brackwell Labs, no reply", "Brackwell Labs")]
    public void AnEmailAwaitingItsAnswerWasSent(string text, string account)
    {
        Matches(Parse(text), "log_activity", $"activity=email|account={account}");
    }

    [Theory]
    [InlineData("called wexcombe, no reply")]
    [InlineData("called tarnby freight, no answer")]
    public void ACallWithNoAnswerIsNoCall(string text)
    {
        var c = Parse(text);
        Assert.True(c.Intent.ToString() != "LogActivity" || c.Confirm, Describe(c));
    }

    [Theory]
    [InlineData("had coffee with gareth from hollowmere first thing - btw he retires in march", "hollowmere")]
    [InlineData("met gareth from hollowmere first thing", "hollowmere")]
    [InlineData("call with first thing gmbh", "first thing gmbh")]
    public void FirstThingEndsALowercaseName(string text, string account)
    {
        Matches(Parse(text), "log_activity", $"account={account}");
    }
}

/// <summary>
/// English: a new deal with a company and what it buys ("with adventure works for the extra warehouses", "with acme -
/// warehouse expansion") is for that company. Near misses: "new deal for acme" (the head's "for"), a name holding "for".
/// </summary>
public class NewDealPurposeClassTests
{
    [Theory]
    [InlineData("new deal with acme for the extra warehouses, 60k, lead", "acme", "60000")]
    [InlineData("new deal with tarnby freight for 40 trucks, 60k", "tarnby freight", "60000")]
    [InlineData("new deal with acme - warehouse expansion, 60k", "acme", "60000")]
    [InlineData("new opp with brackwell labs for their new site, 25k", "brackwell labs", "25000")]
    [InlineData("new deal for acme, 60k", "acme", "60000")]
    public void TheCompanyIsTheAccount(string text, string account, string amount)
    {
        Matches(Parse(text), "create_deal", $"account={account}|amount={amount}");
    }

    [Fact]
    public void ANameHoldingForStaysWhole()
    {
        Matches(Parse("new deal with Food for Thought, 20k"), "create_deal", "deal=Food for Thought");
    }
}
