using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

public class TaskRulesTests
{
    [Theory]
    [InlineData("remind me to call Kevin on Friday", "call Kevin", "2026-11-20")]
    [InlineData("remind me Friday to call Kevin", "call Kevin", "2026-11-20")]
    [InlineData("remind me on Monday to send the deck", "send the deck", "2026-11-23")]
    [InlineData("remind me to email Maria in 3 days", "email Maria", "2026-11-21")]
    [InlineData("remind me in 2 weeks to follow up with Litware", "follow up with Litware", "2026-12-02")]
    [InlineData("reminder: send contract to Fabrikam by Monday", "send contract to Fabrikam", "2026-11-23")]
    [InlineData("todo: renew the Contoso NDA by Dec 1", "renew the Contoso NDA", "2026-12-01")]
    [InlineData("todo prep QBR deck tomorrow", "prep QBR deck", "2026-11-19")]
    [InlineData("to do: prep QBR deck by end of week", "prep QBR deck", "2026-11-20")]
    [InlineData("task: chase Adatum PO next Tuesday", "chase Adatum PO", "2026-11-24")]
    [InlineData("add task call Litware next week", "call Litware", "2026-11-23")]
    [InlineData("I need to send Contoso the pricing in 2 days", "send Contoso the pricing", "2026-11-20")]
    [InlineData("need to chase Adatum for the PO tomorrow", "chase Adatum for the PO", "2026-11-19")]
    [InlineData("don't let me forget to call Kevin next Monday", "call Kevin", "2026-11-23")]
    [InlineData("don't forget to send the quote on Friday", "send the quote", "2026-11-20")]
    [InlineData("I'll call Adatum on Thursday", "call Adatum", "2026-11-19")]
    [InlineData("call Contoso tomorrow", "call Contoso", "2026-11-19")]
    [InlineData("send the proposal to Northwind by end of month", "send the proposal to Northwind", "2026-11-30")]
    [InlineData("follow up with Fabrikam next Tuesday", "follow up with Fabrikam", "2026-11-24")]
    [InlineData("email Maria the deck on 2026-12-03", "email Maria the deck", "2026-12-03")]
    [InlineData("add reminder call Adatum Monday", "call Adatum", "2026-11-23")]
    [InlineData("can you remind me to call Fabrikam next week?", "call Fabrikam", "2026-11-23")]
    [InlineData("remind me to call Kevin on Dec 24", "call Kevin", "2026-12-24")]
    [InlineData("remind me to call Kevin on Jan 5", "call Kevin", "2027-01-05")]
    [InlineData("remind me to call Kevin on 5.01", "call Kevin", "2027-01-05")]
    [InlineData("remind me to call Kevin the day after tomorrow", "call Kevin", "2026-11-20")]
    [InlineData("remind me to call Kevin this Friday", "call Kevin", "2026-11-20")]
    [InlineData("remind me to call Kevin on Wednesday", "call Kevin", "2026-11-25")]
    [InlineData("remind me to call Kevin in a week", "call Kevin", "2026-11-25")]
    [InlineData("remind me to call Kevin in 1 month", "call Kevin", "2026-12-18")]
    [InlineData("remind me to call Kevin end of next month", "call Kevin", "2026-12-31")]
    [InlineData("remind me to call Kevin on the 25th", "call Kevin", "2026-11-25")]
    [InlineData("remind me to call Kevin on the 2nd", "call Kevin", "2026-12-02")]
    [InlineData("remind me to call Kevin this weekend", "call Kevin", "2026-11-21")]
    [InlineData("remind me to call Kevin on Sat", "call Kevin", "2026-11-21")]
    [InlineData("remind me to call Kevin in an hour", "call Kevin", "2026-11-18")]
    [InlineData("remind me to call Kevin next Thu", "call Kevin", "2026-11-26")]
    public void AddsATaskWithAFutureDueDate(string text, string title, string date)
    {
        Matches(Parse(text), "add_task", $"title={title}|date={date}|conf>=0.7");
    }

    [Theory]
    [InlineData("remind me tomorrow at 9 to prep the demo", "09:00")]
    [InlineData("remind me to prep the demo tomorrow at 3pm", "15:00")]
    [InlineData("remind me to prep the demo tomorrow at 14:30", "14:30")]
    [InlineData("remind me to prep the demo tomorrow 10am", "10:00")]
    [InlineData("remind me to prep the demo tomorrow at noon", "12:00")]
    [InlineData("remind me to prep the demo tomorrow at 12pm", "12:00")]
    [InlineData("remind me to prep the demo tomorrow at 12am", "00:00")]
    public void ReadsATimeOfDay(string text, string time)
    {
        Matches(Parse(text), "add_task", $"title=prep the demo|date=2026-11-19|time={time}");
    }

    [Theory]
    [InlineData("todo follow up with Northwind", "follow up with Northwind")]
    [InlineData("follow up with Northwind", "follow up with Northwind")]
    [InlineData("remind me to call Kevin", "call Kevin")]
    [InlineData("note to self: update the forecast", "update the forecast")]
    public void AddsATaskWithoutADate(string text, string title)
    {
        Matches(Parse(text), "add_task", $"title={title}|date=");
    }

    [Theory]
    [InlineData("done: send the contract to Fabrikam", "send the contract to Fabrikam")]
    [InlineData("done - call Northwind", "call Northwind")]
    [InlineData("done with the Contoso follow-up", "the Contoso follow-up")]
    [InlineData("completed: prep QBR deck", "prep QBR deck")]
    [InlineData("finished calling Hooli", "calling Hooli")]
    [InlineData("finished: pricing for Fabrikam", "pricing for Fabrikam")]
    [InlineData("mark task renew the NDA as done", "renew the NDA")]
    [InlineData("mark \"call Kevin\" as done", "call Kevin")]
    [InlineData("mark call Kevin complete", "call Kevin")]
    [InlineData("call Kevin done", "call Kevin")]
    [InlineData("send NDA to Litware - done", "send NDA to Litware")]
    [InlineData("prep QBR deck is done", "prep QBR deck")]
    [InlineData("ticked off prep QBR deck", "prep QBR deck")]
    [InlineData("send NDA ✅", "send NDA")]
    public void CompletesATaskByItsTitle(string text, string title)
    {
        Matches(Parse(text), "complete_task", $"title={title}");
    }

    [Theory]
    [InlineData("finished a call with Contoso", "call")]
    [InlineData("did a demo for Contoso", "demo")]
    [InlineData("done a demo for Contoso", "demo")]
    [InlineData("completed the meeting with Contoso", "meeting")]
    public void LogsAFinishedActivityRatherThanCompletingATask(string text, string activity)
    {
        Matches(Parse(text), "log_activity", $"activity={activity}|account=Contoso");
    }

    [Theory]
    [InlineData("I'm done")]
    [InlineData("all done")]
    public void DoesNotCompleteATaskOnSmallTalk(string text)
    {
        Assert.NotEqual(Intent.CompleteTask, Parse(text).Intent);
    }
}
