using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Demo;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// Reps' real phrasings by class: names without their place or verb, a person inside a create, deal-name words
/// that look like stages, typos, colleagues who joined, a stage move inside a log, an activity reported done,
/// plans as lists, stage and plan questions, undo, help, correction and language synonyms, lost reasons and
/// completion titles. Rows are "text", "intent", "field=value|..." (see <see cref="ParsedCommandAssert"/>).
/// </summary>
public class RealMessageTests
{
    private static readonly ParseContext Demo = new(DemoTeam.Lexicon, "en");

    private static ParsedCommand WithDemo(string text) => MessageParser.English.Parse(text, Wednesday, Demo);

    [Theory]
    [InlineData("site visit at Contoso HQ", "log_activity", "activity=visit|account=Contoso")]
    [InlineData("visited Acme office", "log_activity", "activity=visit|account=Acme|notes=")]
    [InlineData("met at Fabrikam headquarters", "log_activity", "activity=meeting|account=Fabrikam|notes=")]
    [InlineData("visit to Contoso campus", "log_activity", "activity=visit|account=Contoso|notes=")]
    [InlineData("site visit at Globex offices yesterday", "log_activity", "activity=visit|account=Globex|date=2026-11-17")]
    [InlineData("visited Initech site", "log_activity", "activity=visit|account=Initech")]
    [InlineData("onsite at Northwind Traders warehouse", "log_activity", "account=Northwind Traders")]
    [InlineData("met Lena at Redwood Labs", "log_activity", "account=Redwood Labs|contact=Lena")]
    [InlineData("kick Contoso upgrade back to qualified", "move_deal", "deal=Contoso upgrade|stage=qualified")]
    [InlineData("bump Acme renewal to proposal", "move_deal", "deal=Acme renewal|stage=proposal")]
    [InlineData("push Globex expansion into negotiation", "move_deal", "deal=Globex expansion|stage=negotiation")]
    [InlineData("drop Initech pilot back to lead", "move_deal", "deal=Initech pilot|stage=lead")]
    [InlineData("knock Hooli rollout down to qualified", "move_deal", "deal=Hooli rollout|stage=qualified")]
    [InlineData("new opp Globex phase 3 w/ jonas, 175k, close 31 jan", "create_deal", "deal=Globex phase 3|contact=jonas|amount=175000|date=2027-01-31")]
    [InlineData("new deal Initech rollout with Sarah, 40k", "create_deal", "deal=Initech rollout|contact=Sarah|amount=40000")]
    [InlineData("new opp Acme expansion 60k", "create_deal", "deal=Acme expansion|amount=60000|stage=")]
    [InlineData("Acme win-back to proposal", "move_deal", "deal=Acme win-back|stage=proposal")]
    [InlineData("Globex winback -> negotiation", "move_deal", "deal=Globex winback|stage=negotiation")]
    [InlineData("new deal Initech win-back 30k", "create_deal", "deal=Initech win-back|amount=30000|stage=")]
    [InlineData("Hooli renewal to negotiation", "move_deal", "deal=Hooli renewal|stage=negotiation")]
    [InlineData("Acme upsell to proposal", "move_deal", "deal=Acme upsell|stage=proposal")]
    [InlineData("add contact Sarah Lee @ Fabrikam", "add_contact", "contact=Sarah Lee|account=Fabrikam")]
    [InlineData("add contact: Sarah Lee, head of logistics at Fabrikam", "add_contact", "contact=Sarah Lee|account=Fabrikam|role=head of logistics")]
    [InlineData("add contact Tom Jones, ops manager at Acme", "add_contact", "contact=Tom Jones|role=ops manager|account=Acme")]
    [InlineData("add contact Jane Roe, VP of sales at Globex", "add_contact", "contact=Jane Roe|role=VP of sales|account=Globex")]
    [InlineData("new contact Raj Patel, procurement lead at Initech", "add_contact", "contact=Raj Patel|role=procurement lead|account=Initech")]
    [InlineData("cald Acme", "log_activity", "activity=call|account=Acme")]
    [InlineData("cld Fabrikam yesterday", "log_activity", "activity=call|account=Fabrikam|date=2026-11-17")]
    [InlineData("calld Contoso", "log_activity", "activity=call|account=Contoso")]
    [InlineData("caled Globex", "log_activity", "activity=call|account=Globex")]
    [InlineData("Contoso kickoff w/ Tom done", "log_activity", "activity=meeting|account=Contoso|contact=Tom")]
    [InlineData("Acme kickoff with Sarah done", "log_activity", "activity=meeting|account=Acme|contact=Sarah")]
    [InlineData("Globex workshop done", "log_activity", "activity=meeting|account=Globex")]
    [InlineData("booked the Fabrikam demo, you can close that task", "complete_task", "title=booked the Fabrikam demo")]
    [InlineData("sent the Acme quote, close that task", "complete_task", "title=sent the Acme quote")]
    [InlineData("finished renewal paperwork for Acme ✔️", "complete_task", "title=renewal paperwork for Acme")]
    [InlineData("Acme pricing sheet ✅", "complete_task", "title=Acme pricing sheet")]
    [InlineData("mark Acme as lost - project cancelled", "move_deal", "deal=Acme|stage=lost|reason=project cancelled")]
    [InlineData("mark Acme as lost, reason: timing", "move_deal", "deal=Acme|stage=lost|reason=timing")]
    [InlineData("Globex lost, reason - no budget", "move_deal", "deal=Globex|stage=lost|reason=no budget")]
    [InlineData("lost Initech - budget cancelled", "move_deal", "deal=Initech|stage=lost|reason=budget cancelled")]
    public void ReadsNamesAndFieldsAsMeant(string text, string intent, string spec) => Matches(Parse(text), intent, spec);

    [Theory]
    [InlineData("today's plan\n1) call Beth\n2) Acme pricing", "2")]
    [InlineData("plan\n1. call Acme\n2. Globex deck\n3. expenses", "3")]
    [InlineData("my plan today\n- call Acme\n- send Globex quote", "2")]
    [InlineData("on my list today → call Acme + Globex pricing", "2")]
    [InlineData("today's plan -> Acme deck + call Initech + expenses", "3")]
    [InlineData("priorities: Acme deck → Globex call", "2")]
    public void ReadsAPlanWrittenAsAList(string text, string items) => Matches(Parse(text), "set_plan", $"items={items}");

    [Theory]
    [InlineData("team's pipe, negotiation only", "show_pipeline", "stage=negotiation|scope=team")]
    [InlineData("everything in negotiation across the team", "show_pipeline", "stage=negotiation|scope=team")]
    [InlineData("what have i got in qualified", "show_pipeline", "stage=qualified|scope=me")]
    [InlineData("what do we have in proposal across the team", "show_pipeline", "stage=proposal|scope=team")]
    [InlineData("all deals in negotiation", "show_pipeline", "stage=negotiation")]
    [InlineData("what do i have to do tomorrow", "show_tasks", "date=2026-11-19|scope=me")]
    [InlineData("what have i got to do today", "show_tasks", "date=2026-11-18")]
    [InlineData("what do i need to do this friday", "show_tasks", "date=2026-11-20")]
    [InlineData("what was on my plan yesterday", "show_plan", "scope=me|date=2026-11-17")]
    [InlineData("what's chloe planning today", "show_plan", "scope=Chloe|date=2026-11-18")]
    [InlineData("what's Ben's plan for tomorrow", "show_plan", "scope=Ben|date=2026-11-19")]
    [InlineData("what is anna planning for tomorrow", "show_plan", "scope=Anna|date=2026-11-19")]
    [InlineData("anything I should know about Acme before my call", "show_account", "account=Acme")]
    [InlineData("what should i know about Globex before the meeting", "show_account", "account=Globex")]
    [InlineData("remind me what stage Contoso is in", "show_account", "account=Contoso")]
    [InlineData("what stage is Fabrikam in", "show_account", "account=Fabrikam")]
    [InlineData("remind me where we are with Initech", "show_account", "account=Initech")]
    [InlineData("how do i close out a task", "how_to", "topic=complete_task")]
    [InlineData("how can i complete a task", "how_to", "topic=complete_task")]
    [InlineData("how do i tick off a task", "how_to", "topic=complete_task")]
    [InlineData("revert that", "undo", "")]
    [InlineData("take that back", "undo", "")]
    [InlineData("ctrl+z that", "undo", "")]
    [InlineData("ctrl+z", "undo", "")]
    [InlineData("cmd+z", "undo", "")]
    [InlineData("what can I type here", "help", "")]
    [InlineData("what commands do you understand", "help", "")]
    [InlineData("which commands do you understand", "help", "")]
    [InlineData("what can i write here", "help", "")]
    [InlineData("my bad, that call was yesterday", "correct", "date=2026-11-17")]
    [InlineData("sorry, the meeting was yesterday", "correct", "date=2026-11-17")]
    [InlineData("sorry, amount should be 48k", "correct", "amount=48000|deal=")]
    [InlineData("oops, the amount should be 1.2m", "correct", "amount=1200000")]
    [InlineData("sorry that was yesterday actually", "correct", "date=2026-11-17")]
    [InlineData("change bot language to english", "set_language", "argument=en")]
    [InlineData("set the bot language to polish", "set_language", "argument=pl")]
    [InlineData("switch the language to russian", "set_language", "argument=ru")]
    public void AnswersQuestionsAndSynonyms(string text, string intent, string spec) => Matches(Parse(text), intent, spec);

    [Theory]
    [InlineData("call w/ kevin: Contoso upgrade to negotiation, send redlines by thurs")]
    [InlineData("call w/ Kevin: Contoso upgrade -> negotiation, send redlines by thurs")]
    [InlineData("meeting with jonas: fabrikam rollout to won, send invoice tomorrow")]
    public void AStageMoveInsideALogIsACommandOfItsOwn(string text)
    {
        var c = WithDemo(text);

        Assert.Equal(Intent.LogActivity, c.Intent);
        Assert.NotNull(c.More);
        Assert.Contains(c.More!, m => m.Intent == Intent.MoveDeal && m.Deal is not null && m.Stage is not null);
        Assert.Contains(c.More!, m => m.Intent == Intent.AddTask && m.Date is not null);
    }

    [Theory]
    [InlineData("Ben and Chloe joined me for the Contoso QBR", "Contoso", "Ben,Chloe", "meeting")]
    [InlineData("Chloe joined me for the Fabrikam demo yesterday", "Fabrikam", "Chloe", "demo")]
    [InlineData("ben joined me at the litware kickoff", "Litware", "Ben", "meeting")]
    [InlineData("Anna came along to the Northwind Traders visit", "Northwind Traders", "Anna", "visit")]
    public void ColleaguesWhoJoinedAreColleagues(string text, string account, string colleagues, string activity) =>
        Matches(WithDemo(text), "log_activity", $"account={account}|colleagues={colleagues}|activity={activity}");

    [Theory]
    [InlineData("Contoso kickoff w/ tom done", "Contoso", "Tom")]
    [InlineData("Fabrikam QBR with jonas done", "Fabrikam", "Jonas")]
    [InlineData("adventure works demo w eva done", "Adventure Works", "Eva")]
    public void AnActivityReportedDoneIsLoggedWithTheDemoTeam(string text, string account, string contact)
    {
        var c = WithDemo(text);

        Assert.Equal(Intent.LogActivity, c.Intent);
        Assert.Equal(account, c.Account);
        Assert.StartsWith(contact, c.Contact, StringComparison.OrdinalIgnoreCase);
    }
}
