using System.Globalization;
using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// English: a new deal typed as a list keeps every field. The figure may come first ("EUR 210k deal with greyling
/// solar"), "opp for X - 44k" opens one without "new", a lowercase company is the account too, "company: what" names
/// both, a stage or close date in a later clause is the new deal's, "make that 75k" corrects the figure, and "should
/// close by" is the close date. Near misses: an existing deal said with "deal for" ("deal for Initech lost", "opp for
/// Globex is now 50k"), a deal named by what is sold ("mossgate renewal"), and a figure with no deal noun.
/// </summary>
public class NewDealFieldsClassTests
{
    private static readonly string[] Companies = ["greyling solar", "Greyling Solar", "vantris", "redkite analytics", "Dovecote Hotels"];

    private static readonly (string Template, string Amount, string? Currency, string? Stage, string? Date)[] Templates =
    [
        ("EUR 210k deal with {0}, at proposal, target close jan 8", "210000", "EUR", "proposal", "2027-01-08"),
        ("usd 65k opportunity at {0}, lead stage, should close by end of Q1", "65000", "USD", "lead", "2027-03-31"),
        ("$40k opp for {0}, closes dec 15", "40000", "USD", null, "2026-12-15"),
        ("opp for {0} - 44k eur, should close by end of month", "44000", "EUR", null, "2026-11-30"),
        ("opp for {0} 40k, proposal", "40000", null, "proposal", null),
        ("new deal - {0}, 120 grand, closing dec 3, qualified", "120000", null, "qualified", "2026-12-03"),
        ("new deal {0} 70k eur.. make that 75k, proposal, closes feb 5", "75000", "EUR", "proposal", "2027-02-05"),
        ("new deal {0} 70k eur, make that 75k", "75000", "EUR", null, null),
        ("new deal {0}, 50k, negotiation, close 14th dec", "50000", null, "negotiation", "2026-12-14"),
        ("deal for {0} 30k, should close by dec 14", "30000", null, null, "2026-12-14"),
    ];

    public static TheoryData<string, string, string> NewDeals()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (template, amount, currency, stage, date) in Templates)
        {
            foreach (var company in Companies)
            {
                data.Add(string.Format(CultureInfo.InvariantCulture, template, company), company, $"account={company}|amount={amount}|currency={currency}|stage={stage}|date={date}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NewDeals))]
    public void EveryFieldIsKept(string text, string company, string spec)
    {
        var c = Parse(text);
        Matches(c, "create_deal", spec);
        Assert.True(c.More is null, Describe(c));
        Assert.False(c.Confirm, Describe(c) + " " + company);
    }

    [Theory]
    [InlineData("add deal for dovecote hotels: wifi refresh, £7,400, negotiation, close 14th dec", "dovecote hotels", "dovecote hotels wifi refresh")]
    [InlineData("new deal Quillon: warehouse scanners, 40k", "Quillon", "Quillon warehouse scanners")]
    [InlineData("new deal pinewell clinics: xray upgrade 20k", "pinewell clinics", "pinewell clinics xray upgrade")]
    public void TheCompanyThenWhatIsSold(string text, string account, string deal)
    {
        Matches(Parse(text), "create_deal", $"account={account}|deal={deal}");
    }

    [Theory]
    [InlineData("new deal mossgate renewal 40k", "mossgate renewal")]
    [InlineData("new deal website redesign 20k", "website redesign")]
    [InlineData("new deal pinewell expansion 25k", "pinewell expansion")]
    public void ADealNamedByWhatIsSoldLeavesTheAccountToTheTeam(string text, string deal)
    {
        Matches(Parse(text), "create_deal", $"deal={deal}|account=");
    }

    [Theory]
    [InlineData("deal for Initech lost", "move_deal")]
    [InlineData("deal for Acme moved to proposal", "move_deal")]
    [InlineData("opp for Globex is now 50k", "update_deal")]
    [InlineData("deal for acme is stuck", "unknown")]
    [InlineData("opp for Acme?", "unknown")]
    [InlineData("any opp for Acme", "unknown")]
    [InlineData("2 deals with Acme this week", "unknown")]
    public void AnExistingDealIsNoNewOne(string text, string intent)
    {
        Matches(Parse(text), intent, "");
    }
}
