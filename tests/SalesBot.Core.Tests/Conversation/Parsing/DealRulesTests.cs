using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

public class DealRulesTests
{
    [Theory]
    [InlineData("Contoso upgrade -> proposal", "Contoso upgrade", "proposal")]
    [InlineData("Contoso upgrade => negotiation", "Contoso upgrade", "negotiation")]
    [InlineData("Contoso upgrade → won", "Contoso upgrade", "won")]
    [InlineData("move Contoso upgrade to qualified", "Contoso upgrade", "qualified")]
    [InlineData("moved Fabrikam renewal into negotiation", "Fabrikam renewal", "negotiation")]
    [InlineData("push Northwind to proposal", "Northwind", "proposal")]
    [InlineData("put Fabrikam into negotiation", "Fabrikam", "negotiation")]
    [InlineData("advance Litware to the negotiation stage", "Litware", "negotiation")]
    [InlineData("set Adatum stage to proposal", "Adatum", "proposal")]
    [InlineData("mark Tailspin as lost", "Tailspin", "lost")]
    [InlineData("mark Tailspin won", "Tailspin", "won")]
    [InlineData("Tailspin: proposal", "Tailspin", "proposal")]
    [InlineData("Tailspin deal is in negotiation", "Tailspin", "negotiation")]
    [InlineData("Tailspin is now at proposal stage", "Tailspin", "proposal")]
    [InlineData("Contoso moved to discovery", "Contoso", "qualified")]
    [InlineData("Contoso in qualification", "Contoso", "qualified")]
    [InlineData("Northwind quote sent", "Northwind", "proposal")]
    [InlineData("Northwind offer sent", "Northwind", "proposal")]
    [InlineData("Litware negotiating", "Litware", "negotiation")]
    [InlineData("Litware in contract", "Litware", "negotiation")]
    [InlineData("Woodgrove signed!", "Woodgrove", "won")]
    [InlineData("Woodgrove contract signed", "Woodgrove", "won")]
    [InlineData("Woodgrove closed won", "Woodgrove", "won")]
    [InlineData("Woodgrove closed-won 🎉", "Woodgrove", "won")]
    [InlineData("closed won: Woodgrove", "Woodgrove", "won")]
    [InlineData("won Woodgrove Bank", "Woodgrove Bank", "won")]
    [InlineData("we won Woodgrove Bank!", "Woodgrove Bank", "won")]
    [InlineData("lost Adatum to a competitor", "Adatum", "lost")]
    [InlineData("we lost Adatum", "Adatum", "lost")]
    [InlineData("Adatum is dead", "Adatum", "lost")]
    [InlineData("Adatum deal dead", "Adatum", "lost")]
    [InlineData("closed lost - Adatum", "Adatum", "lost")]
    [InlineData("Adatum went silent, mark it lost", "Adatum", "lost")]
    [InlineData("Adatum went with a competitor, lost", "Adatum", "lost")]
    [InlineData("Litware back to qualification", "Litware", "qualified")]
    [InlineData("/deal Litware negotiation", "Litware", "negotiation")]
    [InlineData("/deal@SalesBot Litware won", "Litware", "won")]
    [InlineData("deal Fabrikam renewal to offer", "Fabrikam renewal", "proposal")]
    [InlineData("send Fabrikam renewal to the quote stage", "Fabrikam renewal", "proposal")]
    [InlineData("update stage of Fabrikam renewal to negotiation", "Fabrikam renewal", "negotiation")]
    [InlineData("we signed Fabrikam!", "Fabrikam", "won")]
    [InlineData("Fabrikam - signed!", "Fabrikam", "won")]
    [InlineData("Fabrikam upgraded to proposal", "Fabrikam", "proposal")]
    [InlineData("moved Fabrikam from proposal to negotiation", "Fabrikam", "negotiation")]
    [InlineData("Fabrikam: qualified lead", "Fabrikam", "qualified")]
    [InlineData("Fabrikam from negotiation to closed won", "Fabrikam", "won")]
    [InlineData("close Fabrikam as won", "Fabrikam", "won")]
    [InlineData("Fabrikam: lost (budget cut)", "Fabrikam", "lost")]
    public void MovesADealToAStageSynonym(string text, string deal, string stage)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}|conf>=0.7");
    }

    [Theory]
    [InlineData("new deal Contoso pilot 50k", "Contoso pilot", "50000", "")]
    [InlineData("new deal: Contoso pilot, $1.2M", "Contoso pilot", "1200000", "USD")]
    [InlineData("new deal Contoso pilot €40K", "Contoso pilot", "40000", "EUR")]
    [InlineData("new deal Contoso pilot £25,000", "Contoso pilot", "25000", "GBP")]
    [InlineData("new deal Contoso pilot 30 000 zł", "Contoso pilot", "30000", "PLN")]
    [InlineData("new deal Contoso pilot 1.5 mln PLN", "Contoso pilot", "1500000", "PLN")]
    [InlineData("new opportunity Contoso pilot 120,000 EUR", "Contoso pilot", "120000", "EUR")]
    [InlineData("new opp Contoso pilot worth 75k USD", "Contoso pilot", "75000", "USD")]
    [InlineData("create a deal for Contoso, 80 000 EUR", "Contoso", "80000", "EUR")]
    [InlineData("add a new deal Tailspin Toys 200k", "Tailspin Toys", "200000", "")]
    [InlineData("/newdeal Tailspin Toys 300000 USD", "Tailspin Toys", "300000", "USD")]
    [InlineData("/newdeal@SalesBot Tailspin Toys 2.5M GBP", "Tailspin Toys", "2500000", "GBP")]
    [InlineData("new deal Litware 5000", "Litware", "5000", "")]
    [InlineData("new deal Litware 12 dollars", "Litware", "12", "USD")]
    [InlineData("opened a new deal for Litware, 500k", "Litware", "500000", "")]
    [InlineData("we created a deal for Litware 20k EUR", "Litware", "20000", "EUR")]
    [InlineData("add a new deal called Litware Cloud worth 30k", "Litware Cloud", "30000", "")]
    [InlineData("new deal - Litware - 75k - close Dec 31", "Litware", "75000", "")]
    [InlineData("new deal Litware 2027 renewal 90 000", "Litware 2027 renewal", "90000", "")]
    public void CreatesADealWithAmountAndCurrency(string text, string deal, string amount, string currency)
    {
        Matches(Parse(text), "create_deal", $"deal={deal}|amount={amount}|currency={currency}|conf>=0.7");
    }

    [Theory]
    [InlineData("new deal Contoso pilot 50k close by Dec 15", "2026-12-15")]
    [InlineData("new deal Contoso pilot 50k closing Jan 10", "2027-01-10")]
    [InlineData("new deal Contoso pilot 50k closes end of month", "2026-11-30")]
    [InlineData("new deal Contoso pilot 50k, close 2027-02-01", "2027-02-01")]
    [InlineData("new deal Contoso pilot 50k expected close 15.12", "2026-12-15")]
    [InlineData("new deal Contoso pilot 50k closing Q1", "2027-03-31")]
    [InlineData("new deal Contoso pilot 50k closing next Friday", "2026-11-27")]
    public void ReadsAFutureCloseDateForANewDeal(string text, string date)
    {
        Matches(Parse(text), "create_deal", $"deal=Contoso pilot|amount=50000|date={date}");
    }

    [Theory]
    [InlineData("new lead: Fourth Coffee")]
    [InlineData("add a lead Fourth Coffee")]
    [InlineData("new prospect Fourth Coffee")]
    public void CreatesALeadAtTheLeadStage(string text)
    {
        Matches(Parse(text), "create_deal", "deal=Fourth Coffee|stage=lead");
    }

    [Theory]
    [InlineData("Contoso upgrade is now worth 90k", "Contoso upgrade", "90000", "")]
    [InlineData("Contoso upgrade worth $1.2M now", "Contoso upgrade", "1200000", "")]
    [InlineData("change Contoso upgrade amount to €95,000", "Contoso upgrade", "95000", "")]
    [InlineData("set Contoso upgrade value to 45,000 EUR", "Contoso upgrade", "45000", "")]
    [InlineData("bump Contoso upgrade to 75k", "Contoso upgrade", "75000", "")]
    [InlineData("Contoso upgrade amount 60k", "Contoso upgrade", "60000", "")]
    [InlineData("update Contoso upgrade: worth 60k, closing Jan 31", "Contoso upgrade", "60000", "2027-01-31")]
    [InlineData("push Contoso upgrade close date to Feb 3", "Contoso upgrade", "", "2027-02-03")]
    [InlineData("Contoso upgrade expected close Dec 20", "Contoso upgrade", "", "2026-12-20")]
    [InlineData("Contoso upgrade closes end of quarter", "Contoso upgrade", "", "2026-12-31")]
    [InlineData("Contoso upgrade slipped to next month", "Contoso upgrade", "", "2026-12-01")]
    [InlineData("Contoso upgrade close date 2026-12-15", "Contoso upgrade", "", "2026-12-15")]
    [InlineData("Contoso upgrade pushed to February", "Contoso upgrade", "", "2027-02-01")]
    [InlineData("Contoso upgrade slipped to end of January", "Contoso upgrade", "", "2027-01-31")]
    [InlineData("change amount of Contoso upgrade to 350k", "Contoso upgrade", "350000", "")]
    [InlineData("move Contoso upgrade close to next Friday", "Contoso upgrade", "", "2026-11-27")]
    [InlineData("Contoso upgrade revised to 70k", "Contoso upgrade", "70000", "")]
    [InlineData("Contoso upgrade, now 90k EUR", "Contoso upgrade", "90000", "")]
    [InlineData("Contoso upgrade close date end of next month", "Contoso upgrade", "", "2026-12-31")]
    public void UpdatesAmountOrCloseDate(string text, string deal, string amount, string date)
    {
        var spec = $"deal={deal}|conf>=0.7" + (amount.Length > 0 ? $"|amount={amount}" : string.Empty) + (date.Length > 0 ? $"|date={date}" : string.Empty);
        Matches(Parse(text), "update_deal", spec);
    }

    [Theory]
    [InlineData("I lost my keys")]
    [InlineData("we won the game yesterday")]
    [InlineData("who won the match last night?")]
    [InlineData("this offer is crazy lol")]
    [InlineData("the contract is long")]
    [InlineData("new deal")]
    public void DoesNotMoveOrCreateWithoutADeal(string text)
    {
        var c = Parse(text);
        Assert.False(c.Intent.ToWireName() is "move_deal" or "update_deal" || (c.Intent.ToWireName() == "create_deal" && c.Confidence >= 0.5), $"{text} -> {c.Intent} {c.Deal} {c.Confidence}");
    }

    [Theory]
    [InlineData("called Contoso about the proposal")]
    [InlineData("met Contoso to discuss the contract")]
    [InlineData("emailed Contoso the signed NDA")]
    public void PrefersTheActivityWhenItLeadsTheMessage(string text)
    {
        Matches(Parse(text), "log_activity", "account=Contoso");
    }
}
