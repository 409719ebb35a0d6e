using System.Globalization;
using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// Issue 14, session 9: messages typed the way reps type on a phone. An activity phrase that ends in its connector
/// ("call with", "demo w/") names a lowercase party as surely as a connector after a noun; a check mark after a stage
/// reached moves the deal instead of completing a task; "f/u email to Pinecrest" is a follow-up email sent;
/// a voicemail is proposed, not logged; "no call with ..." logs nothing.
/// </summary>
public class PhoneShorthandClassTests
{
    private static string F(string template, string name) => string.Format(CultureInfo.InvariantCulture, template, name);

    private static readonly string[] LowercaseCompanies = ["brackenridge metals", "oakhurst", "tallow & finch", "norwood 7 labs", "quillmore"];

    public static TheoryData<string, string, string> LinkedPhrases()
    {
        var data = new TheoryData<string, string, string>();
        (string Template, string Activity)[] templates =
        [
            ("call with {0}", "call"), ("call w/ {0}", "call"), ("quick call w {0}", "call"), ("call with {0} this am", "call"),
            ("call w/ {0}, they asked for references", "call"), ("demo with {0}", "demo"), ("demo w/ {0} went well", "demo"),
            ("demo for {0}", "demo"), ("demo to {0}, they liked it", "demo"), ("lunch with {0}", "meeting"), ("coffee w/ {0}", "meeting"),
            ("phone call with {0}", "call"), ("video call w/ {0}", "call"), ("sync with {0}", "meeting"), ("catch-up with {0}", "meeting"),
            ("workshop with {0}", "meeting"), ("email to {0}", "email"), ("qbr with {0}", "meeting"),
        ];
        foreach (var (template, activity) in templates)
        {
            foreach (var company in LowercaseCompanies)
            {
                data.Add(F(template, company), activity, company);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LinkedPhrases))]
    public void APhraseEndingInItsConnectorNamesALowercaseParty(string text, string activity, string company)
    {
        Matches(Parse(text), "log_activity", $"activity={activity}|account={company}|date=2026-11-18");
    }

    [Theory]
    [InlineData("my call dropped")]
    [InlineData("call with mom later")]
    [InlineData("call with the kids tonight")]
    [InlineData("lunch with my wife")]
    [InlineData("coffee with friends")]
    [InlineData("dinner with them was fun")]
    [InlineData("call with me")]
    public void APersonalPhraseIsStillNoLog(string text)
    {
        Assert.NotEqual(Intent.LogActivity, Parse(text).Intent);
    }

    // --- a check mark after a stage reached ---

    public static TheoryData<string, string, string> CheckedStages()
    {
        var data = new TheoryData<string, string, string>();
        string[] deals = ["Brackenridge Metals", "Oakhurst Dental", "Quillmore", "Tallow & Finch"];
        (string Word, string Stage)[] stages = [("qualified", "qualified"), ("won", "won"), ("lost", "lost"), ("signed", "won")];
        string[] marks = ["\u2705", "\u2714", "\u2714\ufe0f", "\u2611"];
        foreach (var deal in deals)
        {
            foreach (var (word, stage) in stages)
            {
                foreach (var mark in marks)
                {
                    data.Add($"{deal} {word} {mark}", deal, stage);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CheckedStages))]
    public void ACheckMarkAfterAStageReachedMovesTheDeal(string text, string deal, string stage)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}");
    }

    [Theory]
    [InlineData("send proposal \u2705", "send proposal")]
    [InlineData("call Quillmore \u2705", "call Quillmore")]
    [InlineData("prep the Oakhurst deck \u2714", "prep the Oakhurst deck")]
    [InlineData("update the qualified list \u2705", "update the qualified list")]
    [InlineData("chase signed NDA \u2705", "chase signed NDA")]
    public void ACheckMarkAfterATaskStillCompletesIt(string text, string title)
    {
        Matches(Parse(text), "complete_task", $"title={title}");
    }

    // --- f/u + activity noun ---

    public static TheoryData<string, string, string> FollowUpActivities()
    {
        var data = new TheoryData<string, string, string>();
        string[] companies = ["Pinecrest Labs", "Oakhurst", "Brackenridge Metals", "Quillmore"];
        (string Template, string Activity)[] templates =
        [
            ("f/u email to {0}", "email"), ("f/u email with {0}", "email"), ("f/u call with {0}", "call"), ("f/u call w/ {0}", "call"),
            ("f/u mtg with {0}", "meeting"), ("follow-up email to {0}", "email"), ("follow up call with {0}", "call"),
        ];
        foreach (var (template, activity) in templates)
        {
            foreach (var company in companies)
            {
                data.Add(F(template, company), activity, company);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FollowUpActivities))]
    public void AFollowUpActivityWithItsPartyIsLogged(string text, string activity, string company)
    {
        Matches(Parse(text), "log_activity", $"activity={activity}|account={company}|date=2026-11-18");
    }

    [Theory]
    [InlineData("f/u call to discuss pricing")]
    [InlineData("f/u email to confirm the order")]
    [InlineData("follow up call to review the contract")]
    [InlineData("f/u with Quillmore")]
    [InlineData("f/u on the Oakhurst pricing")]
    public void AFollowUpWithNoPartyAfterItsNounIsNoLog(string text)
    {
        Assert.NotEqual(Intent.LogActivity, Parse(text).Intent);
    }

    [Theory]
    [InlineData("f/u email to Quillmore tomorrow", "2026-11-19")]
    [InlineData("f/u call with Oakhurst next monday", "2026-11-23")]
    public void AFollowUpActivityWithADayAheadIsATask(string text, string date)
    {
        Matches(Parse(text), "add_task", $"date={date}");
    }

    // --- a voicemail is an attempt ---

    public static TheoryData<string> Voicemails()
    {
        var data = new TheoryData<string>();
        string[] people = ["ravi", "Marta Quill", "Oakhurst", "tom at quillmore"];
        string[] templates = ["left a vm for {0}", "left a voicemail for {0}", "left voicemail for {0}", "left a voicemail with {0}", "voicemail for {0}", "left {0} a voicemail"];
        foreach (var template in templates)
        {
            foreach (var person in people)
            {
                data.Add(F(template, person));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Voicemails))]
    public void AVoicemailIsNeverLoggedWithoutAsking(string text)
    {
        var c = Parse(text);

        Assert.False(c.Intent.IsWrite() && !c.Confirm, $"'{text}': {Describe(c)}");
    }

    [Theory]
    [InlineData("called Oakhurst, talked to Marta")]
    [InlineData("call with quillmore about the voucher")]
    [InlineData("emailed Quillmore the quote")]
    public void AReachedCallIsLoggedWithoutAsking(string text)
    {
        Matches(Parse(text), "log_activity", "confirm=");
    }

    // --- "no" before an activity noun ---

    public static TheoryData<string> DeniedActivities()
    {
        var data = new TheoryData<string>();
        string[] parties = ["ravi", "Quillmore", "marta at oakhurst"];
        string[] templates =
        [
            "no call w/ {0} yet", "no call with {0} this afternoon, she rescheduled", "no meeting with {0} this week", "had no call with {0}",
            "no demo for {0} after all", "no lunch with {0} today", "no visit to {0} this week", "no quick call with {0} today",
        ];
        foreach (var template in templates)
        {
            foreach (var party in parties)
            {
                data.Add(F(template, party));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DeniedActivities))]
    public void NoActivityIsNoLog(string text)
    {
        Assert.NotEqual(Intent.LogActivity, Parse(text).Intent);
    }

    [Theory]
    [InlineData("call with Quillmore, no decision yet", "Quillmore")]
    [InlineData("met Oakhurst, no budget till march", "Oakhurst")]
    [InlineData("demo for Quillmore went fine, no questions", "Quillmore")]
    public void ANoInTheNotesDeniesNothing(string text, string account)
    {
        Matches(Parse(text), "log_activity", $"account={account}");
    }

    // --- "with" + a lowercase object after a capitalised company ---

    public static TheoryData<string, string> ObjectsAfterWith()
    {
        var data = new TheoryData<string, string>();
        string[] companies = ["Brackenridge Metals", "Oakhurst Dental", "Quillmore"];
        string[] templates =
        [
            "visited {0} w/ demo units", "stopped by {0} with brochures", "stopped by {0} w the new catalogue", "site visit at {0} with our engineer",
            "on-site at {0} on monday with their finance people", "met {0} with the pricing sheet", "visited {0} with swag",
        ];
        foreach (var template in templates)
        {
            foreach (var company in companies)
            {
                data.Add(F(template, company), company);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ObjectsAfterWith))]
    public void ALowercaseObjectAfterWithIsNoCompany(string text, string company)
    {
        Matches(Parse(text), "log_activity", $"account={company}|contact=");
    }

    [Theory]
    [InlineData("met Sarah with Quillmore", "Quillmore", "Sarah")]
    [InlineData("meeting at Oakhurst Dental with Sarah", "Oakhurst Dental", "Sarah")]
    [InlineData("met Priya Shah from Quillmore", "Quillmore", "Priya Shah")]
    public void ACapitalisedPartyAfterWithStillNamesIt(string text, string account, string contact)
    {
        Matches(Parse(text), "log_activity", $"account={account}|contact={contact}");
    }
}
