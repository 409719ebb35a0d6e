using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// Issue 14, session 8: reminders that carry two errands or only a clock time, a quarter inside a company's name,
/// and a deal said to be in an open stage ("... is in negotiation now"). Each a table of phrasings with near misses.
/// </summary>
public class ReminderAndStageClassTests
{
    private static TheoryData<string, string, string> Cross3(string[] templates, (string A, string B)[] pairs)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var template in templates)
        {
            foreach (var (a, b) in pairs)
            {
                data.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, a, b), a, b);
            }
        }

        return data;
    }

    // --- "remind me to A tomorrow and to B on friday": two reminders, each with its own day ---

    private static readonly (string A, string B)[] Errands =
    [
        ("call Brixel", "email Quillon Logistics"), ("ping Dana", "send the deck to Weyland"), ("chase Globex", "prep the Initech demo"),
        ("email Hana at Tidemark", "call Oren"), ("send Acme the quote", "book a room for the Contoso workshop"),
    ];

    public static TheoryData<string, string, string> TwoInfinitiveErrands() => Cross3(
        [
            "remind me to {0} tmrw and to {1} on friday", "remind me to {0} tomorrow and to {1} friday",
            "pls remind me to {0} tomorrow, and to {1} on friday", "don't forget to {0} tomorrow and to {1} on Friday",
            "remember to {0} tomorrow and then to {1} on friday", "reminder to {0} tomorrow and to {1} on friday",
        ], Errands);

    [Theory]
    [MemberData(nameof(TwoInfinitiveErrands))]
    public void AndToOpensASecondReminderWithItsOwnDay(string text, string first, string second)
    {
        var c = Parse(text);

        Matches(c, "add_task", $"title={first}|date=2026-11-19");
        Assert.True(c.More is { Count: 1 }, $"'{text}': {Describe(c)}");
        Matches(c.More![0], "add_task", $"title={second}|date=2026-11-20");
    }

    [Theory]
    [InlineData("remind me to send the deck to Acme and to Globex tomorrow", "send the deck to Acme and to Globex")]
    [InlineData("remind me to talk to Dana and to Oren tomorrow", "talk to Dana and to Oren")]
    [InlineData("remind me to explain the discount to Brixel and to their CFO tomorrow", "explain the discount to Brixel and to their CFO")]
    [InlineData("remind me tomorrow to write to Weyland and to Initech", "write to Weyland and to Initech")]
    public void AndToBeforeANameIsNoSecondErrand(string text, string title)
    {
        var c = Parse(text);

        Matches(c, "add_task", $"title={title}|date=2026-11-19");
        Assert.Null(c.More);
    }

    // --- a reminder with a clock time and no day is today's ---

    public static TheoryData<string, string, string> TimedReminders()
    {
        var data = new TheoryData<string, string, string>();
        string[] titles = ["ping Ravi", "call Brixel", "send the Weyland quote", "prep the Acme demo"];
        (string Said, string Time)[] times = [("16:00", "16:00"), ("4pm", "16:00"), ("11:30", "11:30"), ("3 pm", "15:00"), ("noon", "12:00")];
        string[] templates = ["remind me at {1} to {0}", "pls remind me at {1} to {0}", "remind me to {0} at {1}", "todo: {0} at {1}", "reminder at {1}: {0}"];
        foreach (var template in templates)
        {
            foreach (var title in titles)
            {
                foreach (var (said, time) in times)
                {
                    data.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, title, said), title, time);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TimedReminders))]
    public void AClockTimeWithNoDayIsToday(string text, string title, string time)
    {
        Matches(Parse(text), "add_task", $"title={title}|time={time}|date=2026-11-18");
    }

    [Theory]
    [InlineData("remind me tomorrow at 16:00 to ping Ravi", "2026-11-19")]
    [InlineData("remind me at 4pm on friday to call Brixel", "2026-11-20")]
    [InlineData("tmrw 10am prep the Fabrikam notes", "2026-11-19")]
    [InlineData("tomorrow prep the Fabrikam notes at 10am", "2026-11-19")]
    [InlineData("remind me to call Acme on Dec 3 at 9:30", "2026-12-03")]
    [InlineData("booked a demo with Stark for friday at 3pm", "2026-11-20")]
    public void AClockTimeKeepsTheDaySaid(string text, string date)
    {
        Matches(Parse(text), "add_task", $"date={date}");
    }

    [Theory]
    [InlineData("remind me to call Brixel")]
    [InlineData("todo: send the Weyland quote")]
    [InlineData("remind me to prep the Acme demo")]
    public void AReminderWithNeitherDayNorTimeStaysUndated(string text)
    {
        Matches(Parse(text), "add_task", "date=|time=");
    }

    // --- a quarter inside a company's name is no date ---

    public static TheoryData<string, string> QuarterCompanies()
    {
        var data = new TheoryData<string, string>();
        string[] companies = ["Q4 Logistics", "Q1 Media", "Q3 Labs", "Q2 Capital"];
        string[] templates = ["remind me to call Dana at {0} on friday", "remind me to email the team at {0} on friday", "call Oren from {0} on friday", "todo: send {0} the deck on friday"];
        foreach (var template in templates)
        {
            foreach (var company in companies)
            {
                data.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, company), company);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(QuarterCompanies))]
    public void AQuarterBeforeANameIsPartOfTheName(string text, string company)
    {
        var c = Parse(text);

        Matches(c, "add_task", "date=2026-11-20");
        Assert.Contains(company, c.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("call w/ dana at q4 logistics, talked pricing", "q4 logistics")]
    [InlineData("met Oren at q1 media, good chat", "q1 media")]
    [InlineData("emailed Hana at Q3 Labs the terms", "Q3 Labs")]
    [InlineData("called Ravi at q2 capital", "q2 capital")]
    public void AQuarterAfterAtIsACompany(string text, string account)
    {
        Matches(Parse(text), "log_activity", $"account={account}|date=2026-11-18");
    }

    [Theory]
    [InlineData("by Q1", "2027-03-31")]
    [InlineData("end of Q4", "2026-12-31")]
    [InlineData("by Q1 2027", "2027-03-31")]
    [InlineData("for Q1, Acme wants a pilot", "2027-03-31")]
    [InlineData("until Q4, then renew", "2026-12-31")]
    [InlineData("pushed from Q4 to Q1", "2026-12-31")]
    [InlineData("close by Q1 January latest", "2027-03-31")]
    public void AQuarterAsATimeIsStillADate(string text, string date)
    {
        Assert.True(new DateReader(Vocabulary.English).TryRead(text, DateOnly.FromDateTime(Wednesday), DateSense.Future, out var hit), text);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), hit.Date);
    }

    [Theory]
    [InlineData("at Q4 Logistics")]
    [InlineData("from Q1 Media")]
    [InlineData("at q4 logistics")]
    [InlineData("@ Q2 Capital")]
    public void AQuarterInAnAffiliationIsNoDate(string text)
    {
        Assert.False(new DateReader(Vocabulary.English).TryRead(text, DateOnly.FromDateTime(Wednesday), DateSense.Future, out _), text);
    }

    // --- "<deal> is [now] [in] <open stage> [now]" moves the deal, also in lowercase ---

    public static TheoryData<string, string, string> StageStatements()
    {
        var data = new TheoryData<string, string, string>();
        string[] deals = ["Vireo Health onboarding", "granite state supply inventory", "Acme renewal", "northwind fleet rollout", "Brixel training package", "tidewater claims review"];
        (string Said, string Stage)[] stages =
        [
            ("is qualified now", "qualified"), ("is in negotiation now", "negotiation"), ("is now in negotiation", "negotiation"),
            ("is in proposal", "proposal"), ("is now qualified", "qualified"), ("is in negotiations", "negotiation"),
        ];
        foreach (var deal in deals)
        {
            foreach (var (said, stage) in stages)
            {
                data.Add($"{deal} {said}", deal, stage);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StageStatements))]
    public void ADealSaidToBeInAnOpenStageMoves(string text, string deal, string stage)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}");
    }

    [Theory]
    [InlineData("my phone is dead now")]
    [InlineData("the printer is dead")]
    [InlineData("everything is in negotiation now")]
    [InlineData("he is qualified now")]
    [InlineData("she is in negotiation")]
    [InlineData("it is in proposal now")]
    [InlineData("acme call booked")]
    [InlineData("Acme call booked")]
    [InlineData("Fabrikam demo got pushed to friday")]
    [InlineData("the weather is dead now")]
    public void TalkThatLooksLikeAStageIsNoMove(string text)
    {
        var c = Parse(text);

        Assert.False(c.Intent == Intent.MoveDeal && !c.Confirm, $"'{text}' moves a deal: {Describe(c)}");
    }
}
