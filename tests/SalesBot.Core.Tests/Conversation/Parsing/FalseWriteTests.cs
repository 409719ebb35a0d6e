using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Demo;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// Messages that look like a write and are none: a thing lost, an errand asked of the bot or a colleague, a negated
/// command, a wish or a prediction, an activity put off. Each template is crossed with several names, with and
/// without the demo team's lexicon; near misses that are real writes sit beside them.
/// </summary>
public class FalseWriteTests
{
    private static readonly ParseContext Demo = new(DemoTeam.Lexicon, "en");

    private static readonly string[] Names = ["Acme", "Contoso", "Fabrikam", "Globex", "Initech", "Northwind Traders", "litware", "woodgrove bank"];

    // Without a lexicon a lowercase name is no sure name, so the writes that must go ahead are written capitalised.
    private static readonly string[] Capitalised = ["Acme", "Contoso", "Fabrikam", "Globex", "Initech", "Northwind Traders"];

    private static TheoryData<string> Cross(params string[] templates) => Cross(Names, templates);

    private static TheoryData<string> Cross(string[] names, params string[] templates)
    {
        var data = new TheoryData<string>();
        foreach (var template in templates)
        {
            foreach (var name in names)
            {
                data.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, name));
            }
        }

        return data;
    }

    private static void WritesNothing(string text)
    {
        foreach (var c in (ParsedCommand[])[Parse(text), MessageParser.English.Parse(text, Wednesday, Demo)])
        {
            var writes = c.More is null ? [c] : c.More.Prepend(c).ToList();
            foreach (var one in writes)
            {
                Assert.False(one.Intent.IsWrite() && !one.Confirm, $"{text}: {Describe(one)}");
            }
        }
    }

    public static TheoryData<string> LostThings() => Cross(
        "lost my notes from the {0} call", "I lost the {0} deck on my laptop", "lost my laptop at {0}", "lost the {0} slides",
        "ugh lost my phone after the {0} meeting", "lost track of {0}", "lost touch with {0}", "lost the signal during the {0} call",
        "lost my voice before the {0} demo", "lost the recording of the {0} demo", "lost the {0} spreadsheet", "lost my badge at {0} hq",
        "lost connection with {0} mid-call", "lost the {0} contract pdf", "I lost my keys at {0}");

    [Theory]
    [MemberData(nameof(LostThings))]
    public void LosingAThingIsNoLostDeal(string text) => WritesNothing(text);

    public static TheoryData<string> LostDeals() => Cross(Capitalised, "lost {0}", "{0} lost", "lost the {0} deal", "mark {0} as lost", "we lost {0} to a competitor", "{0} is lost");

    [Theory]
    [MemberData(nameof(LostDeals))]
    public void ADealLostIsStillAMove(string text)
    {
        var c = Parse(text);
        Assert.True(c.Intent == Intent.MoveDeal && c.Stage == Crm.DealStage.Lost, $"{text}: {Describe(c)}");
    }

    public static TheoryData<string> Errands() => Cross(
        "can you call {0}", "could u email {0} for me", "ask Ben to ping {0}", "can you ring {0} tomorrow?", "could you email {0}",
        "pls call {0} for me", "tell Chloe to call {0}", "ask anna to email {0}", "get Ben to visit {0}", "can u ping {0}",
        "would you call {0} for me", "could you meet {0} instead of me", "email {0} for me", "can you text {0}", "have Ben call {0}");

    [Theory]
    [MemberData(nameof(Errands))]
    public void AnErrandAskedForIsNoLoggedActivity(string text)
    {
        var c = Parse(text);
        Assert.True(c.Intent != Intent.LogActivity, $"{text}: {Describe(c)}");
        WritesNothing(text);
    }

    public static TheoryData<string> PoliteLogs() => Cross(Capitalised, "can you log a call with {0}", "could you log a meeting with {0}", "pls log: call, {0}, talked pricing", "can you record a visit to {0}");

    [Theory]
    [MemberData(nameof(PoliteLogs))]
    public void APoliteRequestToLogStillLogs(string text) => Assert.Equal(Intent.LogActivity, Parse(text).Intent);

    public static TheoryData<string> NegatedCommands() => Cross(
        "don't log {0} yet", "do not create a deal for {0}", "dont log the {0} call", "don't move {0} to proposal", "do not mark {0} as won",
        "please don't add {0}", "don't update {0} yet", "never log calls with {0}", "no need to log {0}", "don't record the {0} meeting",
        "do not remind me about {0}", "don't book anything with {0}", "don't touch {0}", "don't change the {0} amount", "don't close {0} yet");

    [Theory]
    [MemberData(nameof(NegatedCommands))]
    public void ANegatedCommandWritesAndShowsNothing(string text)
    {
        var c = Parse(text);
        Assert.True(c.Intent is Intent.Unknown or Intent.Help, $"{text}: {Describe(c)}");
        WritesNothing(text);
    }

    public static TheoryData<string> Wishes() => Cross(
        "we'll win {0} eventually", "hope we close {0}", "{0} will probably sign", "hopefully {0} signs", "fingers crossed {0} closes",
        "i think we'll win {0}", "{0} is likely to sign", "{0} will sign eventually", "we're gonna win {0}", "hoping {0} comes through",
        "i bet {0} signs", "{0} should sign soon hopefully", "one day we'll land {0}", "{0} might sign", "i reckon {0} will close");

    [Theory]
    [MemberData(nameof(Wishes))]
    public void AWishOrAPredictionIsNoTaskAndNoMove(string text) => WritesNothing(text);

    public static TheoryData<string> PutOff() => Cross(
        "{0} call got pushed", "{0} call postponed, not happening today", "{0} demo got postponed", "{0} meeting pushed back",
        "{0} visit delayed", "{0} kickoff moved, not today", "{0} qbr postponed");

    [Theory]
    [MemberData(nameof(PutOff))]
    public void AnActivityPutOffMovesNoDeal(string text)
    {
        var c = Parse(text);
        Assert.True(c.Intent is Intent.Unknown or Intent.AddTask, $"{text}: {Describe(c)}");
        WritesNothing(text);
    }

    public static TheoryData<string> PutOffToADay() => Cross(Capitalised,"{0} call got pushed to friday", "{0} demo moved to next tuesday", "{0} meeting postponed to Dec 3");

    [Theory]
    [MemberData(nameof(PutOffToADay))]
    public void AnActivityPutOffToADayIsAtMostATaskToAskAbout(string text)
    {
        var c = Parse(text);
        Assert.True(c.Intent is Intent.Unknown || (c.Intent == Intent.AddTask && c.Confirm && c.Date > DateOnly.FromDateTime(Wednesday)), $"{text}: {Describe(c)}");
    }

    public static TheoryData<string> Hedges() => Cross(Capitalised,
        "maybe call {0} next week", "might demo for {0} at some point, not sure", "maybe email {0} tomorrow", "might visit {0} on friday",
        "possibly call {0} next week", "i might call {0} tomorrow", "perhaps meet {0} next month", "probably call {0} on monday, not sure");

    [Theory]
    [MemberData(nameof(Hedges))]
    public void AHedgedWriteIsProposed(string text)
    {
        var c = Parse(text);
        Assert.True(c.Intent.IsWrite() && c.Confirm, $"{text}: {Describe(c)}");
        Assert.DoesNotContain("maybe", c.Title ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("not sure", c.Title ?? string.Empty, StringComparison.OrdinalIgnoreCase);
    }

    public static TheoryData<string> BareAmounts() => Cross(Capitalised,"{0} 90k", "{0} 120k", "{0} $45k", "{0} 1.2m", "{0} €80k");

    [Theory]
    [MemberData(nameof(BareAmounts))]
    public void ANameAndAnAmountIsAnUpdateToConfirm(string text)
    {
        var c = Parse(text);
        Assert.True(c.Intent == Intent.UpdateDeal && c.Confirm && c.Amount >= 1000, $"{text}: {Describe(c)}");
    }

    [Theory]
    [InlineData("qwerty 123")]
    [InlineData("room 101")]
    [InlineData("Contoso upgrade, now 90k EUR")]
    public void ASmallNumberOrAMarkedChangeIsNoBareAmount(string text) => Assert.False(Parse(text) is { Intent: Intent.UpdateDeal, Confirm: true } c && c.Amount < 1000);
}
