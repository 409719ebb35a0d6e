using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Demo;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// Issue 14, session 8: a task named in quotes or after "mark" is completed, whatever activity words its title holds;
/// a plan called off writes nothing; a "follow-up on ..." after a log with no day is that log's note.
/// </summary>
public class CompletionAndCancelClassTests
{
    private static readonly ParseContext Demo = new(DemoTeam.Lexicon, "en");

    private static readonly string[] ActivityTitles =
    [
        "book demo with Woodgrove Bank", "call Contoso", "meeting with Fabrikam", "demo for Northwind", "email Acme the quote",
        "visit Globex", "lunch with Dana", "prep the Weyland demo",
    ];

    public static TheoryData<string, string> QuotedCompletions()
    {
        var data = new TheoryData<string, string>();
        string[] templates =
        [
            "mark '{0}' done", "mark '{0}' as done", "mark \"{0}\" complete", "mark task '{0}' done", "'{0}' done",
            "\"{0}\" is done", "done: '{0}'", "mark the task \u201c{0}\u201d as done", "tick off '{0}'", "completed '{0}'",
            "mark {0} done", "mark {0} as done", "close {0} done", "tick {0} done",
        ];
        foreach (var template in templates)
        {
            foreach (var title in ActivityTitles)
            {
                data.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, title), title);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(QuotedCompletions))]
    public void AQuotedOrMarkedTitleCompletesThatTask(string text, string title)
    {
        Matches(Parse(text), "complete_task", $"title={title}");
        Matches(MessageParser.English.Parse(text, Wednesday, Demo), "complete_task", $"title={title}");
    }

    [Theory]
    [InlineData("Contoso kickoff w/ tom done", "meeting")]
    [InlineData("demo for Fabrikam done", "demo")]
    [InlineData("Globex call done", "call")]
    [InlineData("site visit at Initech done", "visit")]
    public void AnActivityWithDoneAndNoQuotesIsStillALog(string text, string activity)
    {
        Matches(Parse(text), "log_activity", $"activity={activity}");
    }

    [Theory]
    [InlineData("Dana said 'sounds good' done deal")]
    [InlineData("set up demo with Acme done")]
    public void AQuoteThatIsNoTitleCompletesNothingByItself(string text)
    {
        var c = Parse(text);

        Assert.False(c.Intent == Intent.CompleteTask && c.Title is { } t && t.Contains('\'', StringComparison.Ordinal), $"'{text}': {Describe(c)}");
    }

    // --- a plan called off ---

    public static TheoryData<string> CalledOffPlans()
    {
        var data = new TheoryData<string>();
        string[] companies = ["Ironleaf", "Acme", "Globex Systems", "Dana"];
        string[] templates =
        [
            "not meeting {0} after all", "we're not meeting {0} tomorrow", "no longer seeing {0} on friday", "not calling {0} after all",
            "i'm not visiting {0} anymore", "we won't be meeting {0} next week", "ok not meeting with {0} today", "wait, not demoing to {0}",
            "no longer having lunch with {0}", "we aren't seeing {0} after all", "not going to see {0} this week",
            "meeting with {0} is off", "the demo for {0} got cancelled", "call with {0} called off", "{0} meeting is off",
            "lunch with {0} cancelled", "the {0} visit is not happening", "kickoff with {0} is off now",
        ];
        foreach (var template in templates)
        {
            foreach (var company in companies)
            {
                data.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, company));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CalledOffPlans))]
    public void APlanCalledOffWritesNothing(string text)
    {
        foreach (var context in new[] { ParseContext.None, Demo })
        {
            var c = MessageParser.English.Parse(text, Wednesday, context);
            Assert.True(c.Intent is Intent.Unknown or Intent.Help || (c.Intent == Intent.AddTask && c.Confirm), $"'{text}': {Describe(c)}");
            Assert.Null(c.More);
        }
    }

    [Theory]
    [InlineData("not today, yesterday", "correct")]
    [InlineData("not Acme, Globex", "correct")]
    [InlineData("met Acme, not Globex", "log_activity")]
    [InlineData("meeting with Acme went well", "log_activity")]
    [InlineData("called Acme, they're off next week", "log_activity")]
    [InlineData("remind me not to call Acme before friday", "add_task")]
    [InlineData("meeting Acme tomorrow", "add_task")]
    public void ANegationThatCallsNothingOffReadsAsBefore(string text, string intent)
    {
        Assert.Equal(intent, Parse(text).Intent.ToWireName());
    }

    // --- "follow-up on <topic>" after a log, with no day, is its note ---

    public static TheoryData<string, string> FollowUpNotes()
    {
        var data = new TheoryData<string, string>();
        string[] logs = ["call: Mercer Foods", "called Brixel", "met Globex Systems", "demo for Northwind", "visited Initech"];
        string[] notes = ["follow-up on the trial", "follow up on pricing", "followup about the pilot", "follow-up re the contract", "f/u on their feedback", "chase on the PO"];
        foreach (var log in logs)
        {
            foreach (var note in notes)
            {
                data.Add($"{log}, {note}", note);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FollowUpNotes))]
    public void AFollowUpOnATopicAfterALogIsItsNote(string text, string note)
    {
        var c = Parse(text);

        Matches(c, "log_activity", "date=2026-11-18");
        Assert.Null(c.More);
        Assert.Contains(note, c.Notes, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("called Brixel, follow up on pricing next week", "2026-11-23")]
    [InlineData("met Globex Systems, follow-up on the trial on friday", "2026-11-20")]
    [InlineData("call: Mercer Foods, follow up on the trial tomorrow", "2026-11-19")]
    public void AFollowUpWithADayIsStillATask(string text, string date)
    {
        var c = Parse(text);

        Matches(c, "log_activity", "");
        Assert.True(c.More is { Count: 1 }, $"'{text}': {Describe(c)}");
        Matches(c.More![0], "add_task", $"date={date}");
    }

    [Theory]
    [InlineData("follow up on the trial")]
    [InlineData("follow-up on pricing with Brixel")]
    public void AFollowUpOnItsOwnIsATask(string text)
    {
        Matches(Parse(text), "add_task", "");
    }
}
