using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

public class ActivityRulesTests
{
    [Theory]
    [InlineData("met with Contoso", "meeting")]
    [InlineData("met Contoso", "meeting")]
    [InlineData("sat down with Contoso", "meeting")]
    [InlineData("had lunch with Contoso", "meeting")]
    [InlineData("coffee with Contoso", "meeting")]
    [InlineData("dinner with Contoso", "meeting")]
    [InlineData("meeting with Contoso", "meeting")]
    [InlineData("mtg w/ Contoso", "meeting")]
    [InlineData("caught up with Contoso", "meeting")]
    [InlineData("zoom with Contoso", "meeting")]
    [InlineData("QBR with Contoso", "meeting")]
    [InlineData("called Contoso", "call")]
    [InlineData("phoned Contoso", "call")]
    [InlineData("rang Contoso", "call")]
    [InlineData("jumped on a call with Contoso", "call")]
    [InlineData("hopped on a call with Contoso", "call")]
    [InlineData("phone call with Contoso", "call")]
    [InlineData("spoke with Contoso", "call")]
    [InlineData("talked to Contoso", "call")]
    [InlineData("cold called Contoso", "call")]
    [InlineData("gave Contoso a call", "call")]
    [InlineData("gave Contoso a ring", "call")]
    [InlineData("emailed Contoso", "email")]
    [InlineData("e-mailed Contoso", "email")]
    [InlineData("sent an email to Contoso", "email")]
    [InlineData("sent Contoso an email", "email")]
    [InlineData("shot Contoso a quick email", "email")]
    [InlineData("wrote to Contoso", "email")]
    [InlineData("email to Contoso", "email")]
    [InlineData("demoed Contoso", "demo")]
    [InlineData("demo for Contoso", "demo")]
    [InlineData("did a demo with Contoso", "demo")]
    [InlineData("gave Contoso a product demo", "demo")]
    [InlineData("product demo at Contoso", "demo")]
    [InlineData("visited Contoso", "visit")]
    [InlineData("site visit at Contoso", "visit")]
    [InlineData("on-site at Contoso", "visit")]
    [InlineData("onsite visit Contoso", "visit")]
    [InlineData("stopped by Contoso", "visit")]
    [InlineData("paid Contoso a visit", "visit")]
    [InlineData("quick sync with Contoso", "meeting")]
    [InlineData("check-in with Contoso", "meeting")]
    [InlineData("intro call with Contoso", "call")]
    [InlineData("catch-up call w/ Contoso", "call")]
    [InlineData("email sent to Contoso", "email")]
    [InlineData("demo done for Contoso", "demo")]
    [InlineData("did demo for Contoso", "demo")]
    [InlineData("meeting held with Contoso", "meeting")]
    [InlineData("just got off the phone with Contoso", "call")]
    [InlineData("left a voicemail for Contoso", "call")]
    [InlineData("skype with Contoso", "call")]
    [InlineData("texted Contoso", "email")]
    [InlineData("presented our roadmap to Contoso", "demo")]
    [InlineData("lunch meeting with Contoso", "meeting")]
    [InlineData("note: Contoso is hiring", "note")]
    [InlineData("note for Contoso: wants a discount", "note")]
    public void RecognisesActivityVerbsAndNouns(string text, string activity)
    {
        Matches(Parse(text), "log_activity", $"activity={activity}|account=Contoso|conf>=0.7");
    }

    [Theory]
    [InlineData("talked to Kevin at Contoso on the phone", "call")]
    [InlineData("spoke with Kevin at Contoso in person", "meeting")]
    [InlineData("caught up with Kevin at Contoso over coffee", "meeting")]
    [InlineData("chatted with Kevin at Contoso by email", "email")]
    [InlineData("sent the deck to Kevin at Contoso by email", "email")]
    [InlineData("met Kevin at Contoso over the phone", "call")]
    public void LetsAModifierDecideAVagueVerb(string text, string activity)
    {
        Matches(Parse(text), "log_activity", $"activity={activity}|contact=Kevin|account=Contoso");
    }

    [Theory]
    [InlineData("met with Maria from Woodgrove Bank", "Maria", "Woodgrove Bank")]
    [InlineData("met Maria Lopez from Woodgrove Bank", "Maria Lopez", "Woodgrove Bank")]
    [InlineData("called Kevin at Contoso", "Kevin", "Contoso")]
    [InlineData("called Kevin @ Contoso", "Kevin", "Contoso")]
    [InlineData("called Kevin@Contoso", "Kevin", "Contoso")]
    [InlineData("lunch with Kevin (Contoso)", "Kevin", "Contoso")]
    [InlineData("met Contoso's CFO", "", "Contoso")]
    [InlineData("emailed Anna with Tailspin Toys", "Anna", "Tailspin Toys")]
    [InlineData("had coffee with kevin from contoso", "kevin", "contoso")]
    [InlineData("demo for Priya at Fourth Coffee", "Priya", "Fourth Coffee")]
    [InlineData("meeting @ Fourth Coffee with Priya", "Priya", "Fourth Coffee")]
    [InlineData("texted Priya from Fourth Coffee", "Priya", "Fourth Coffee")]
    public void SplitsContactFromCompany(string text, string contact, string account)
    {
        Matches(Parse(text), "log_activity", $"contact={contact}|account={account}");
    }

    [Theory]
    [InlineData("met with Contoso", "Contoso")]
    [InlineData("met with Bank of America", "Bank of America")]
    [InlineData("visited Procter & Gamble", "Procter & Gamble")]
    [InlineData("called ACME CORP.", "ACME CORP")]
    [InlineData("emailed Northwind Traders the price list", "Northwind Traders")]
    [InlineData("met with the Contoso team", "Contoso")]
    [InlineData("called contoso", "contoso")]
    [InlineData("meeting with fabrikam about the renewal", "fabrikam")]
    [InlineData("demoed the new dashboard to Litware", "Litware")]
    [InlineData("Contoso meeting went well", "Contoso")]
    public void ReadsTheAccountAsWritten(string text, string account)
    {
        Matches(Parse(text), "log_activity", $"account={account}");
    }

    [Theory]
    [InlineData("called Contoso, discussed renewal", "discussed renewal")]
    [InlineData("emailed Contoso about pricing", "pricing")]
    [InlineData("phoned Contoso re the contract", "the contract")]
    [InlineData("met Contoso - they want SSO", "they want SSO")]
    [InlineData("call with Contoso regarding the SLA", "the SLA")]
    [InlineData("meeting with Contoso re: Q1 renewal", "Q1 renewal")]
    public void KeepsWhatFollowsAsNotes(string text, string notes)
    {
        Matches(Parse(text), "log_activity", $"account=Contoso|notes={notes}");
    }

    [Theory]
    [InlineData("met Contoso", "2026-11-18")]
    [InlineData("met Contoso today", "2026-11-18")]
    [InlineData("met Contoso this morning", "2026-11-18")]
    [InlineData("met Contoso yesterday", "2026-11-17")]
    [InlineData("met Contoso last night", "2026-11-17")]
    [InlineData("met Contoso the day before yesterday", "2026-11-16")]
    [InlineData("met Contoso on Monday", "2026-11-16")]
    [InlineData("met Contoso Monday", "2026-11-16")]
    [InlineData("met Contoso on Friday", "2026-11-13")]
    [InlineData("met Contoso on Wednesday", "2026-11-11")]
    [InlineData("met Contoso last Friday", "2026-11-13")]
    [InlineData("met Contoso last Tuesday", "2026-11-17")]
    [InlineData("met Contoso 2 days ago", "2026-11-16")]
    [InlineData("met Contoso three days ago", "2026-11-15")]
    [InlineData("met Contoso a week ago", "2026-11-11")]
    [InlineData("met Contoso on Nov 10", "2026-11-10")]
    [InlineData("met Contoso on 10 November", "2026-11-10")]
    [InlineData("met Contoso on Dec 1", "2025-12-01")]
    [InlineData("met Contoso on 12.11", "2026-11-12")]
    [InlineData("met Contoso on 2026-11-02", "2026-11-02")]
    [InlineData("yesterday met with Contoso", "2026-11-17")]
    [InlineData("met Contoso on the 12th", "2026-11-12")]
    [InlineData("met Contoso on the 20th", "2026-10-20")]
    [InlineData("met Contoso over the weekend", "2026-11-14")]
    [InlineData("met Contoso this AM", "2026-11-18")]
    [InlineData("met Contoso on 16.11.2026", "2026-11-16")]
    [InlineData("met Contoso on 11/16", "2026-11-16")]
    [InlineData("met Contoso Tuesday afternoon", "2026-11-17")]
    public void ReadsPastDatesForActivities(string text, string date)
    {
        Matches(Parse(text), "log_activity", $"account=Contoso|date={date}");
    }

    [Theory]
    [InlineData("@SalesBot met with Contoso")]
    [InlineData("@salesbot: met with Contoso")]
    [InlineData("/log meeting Contoso")]
    [InlineData("/log@SalesBot meeting Contoso")]
    [InlineData("MET WITH Contoso!!!")]
    [InlineData("met with Contoso 🎉🎉")]
    [InlineData("  met   with   Contoso  ")]
    [InlineData("hey bot, met with Contoso")]
    [InlineData("ok so I met with Contoso")]
    [InlineData("just met with Contoso, thanks")]
    public void IgnoresMentionsSlashesEmojiAndPoliteness(string text)
    {
        Matches(Parse(text), "log_activity", "activity=meeting|account=Contoso|conf>=0.7");
    }

    [Theory]
    [InlineData("call Contoso tomorrow", "call Contoso", "2026-11-19")]
    [InlineData("meet Kevin at Contoso next Tuesday", "meet Kevin at Contoso", "2026-11-24")]
    [InlineData("email Contoso in 2 days", "email Contoso", "2026-11-20")]
    [InlineData("meeting with Contoso tomorrow", "meeting with Contoso", "2026-11-19")]
    [InlineData("call Contoso on the 25th", "call Contoso", "2026-11-25")]
    [InlineData("scheduled a demo with Contoso for Friday", "scheduled a demo with Contoso", "2026-11-20")]
    [InlineData("booked a meeting with Contoso next week", "booked a meeting with Contoso", "2026-11-23")]
    public void TurnsAFutureActivityIntoATask(string text, string title, string date)
    {
        Matches(Parse(text), "add_task", $"title={title}|date={date}");
    }

    [Theory]
    [InlineData("had lunch with my wife")]
    [InlineData("called my mom")]
    [InlineData("call me maybe")]
    [InlineData("had coffee with a friend")]
    [InlineData("met someone at the gym")]
    [InlineData("cold called 5 leads")]
    public void DoesNotLogPrivateLife(string text)
    {
        Assert.False(Parse(text).Intent.IsWrite() && Parse(text).Confidence >= 0.7, text);
    }
}
