using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// Issue 14, session 10: two facts joined by a spaced "+" are two commands, the "+" in neither; "to" and an everyday
/// verb after an activity ("call to discuss pricing") say why, never whom; a deal's name never opens with a lowercase
/// verb ("made a killer deal", "sent Quillmore the quote"), and an everyday word one letter from a won or lost word
/// ("killer") is not read as that word.
/// </summary>
public class JoinedFactsAndVerbGuardClassTests
{
    private static readonly (string Text, string Intent, string Spec)[] FirstFacts =
    [
        ("called Quillmore Foods", "log_activity", "activity=call|account=Quillmore Foods"),
        ("met Oakhurst Dental", "log_activity", "activity=meeting|account=Oakhurst Dental"),
        ("emailed tasha at Harlow Mills", "log_activity", "activity=email|account=Harlow Mills|contact=tasha"),
        ("demo for Tallow & Finch", "log_activity", "activity=demo|account=Tallow & Finch"),
        ("visited norwood 7", "log_activity", "activity=visit|account=norwood 7"),
        ("new deal Brenmoor Labs sensors 40k", "create_deal", "deal=Brenmoor Labs sensors|amount=40000"),
        ("new opp Kestrel Rail signalling 120k eur", "create_deal", "deal=Kestrel Rail signalling|amount=120000"),
        ("spoke w/ Dunmere Hotels yesterday", "log_activity", "activity=call|account=Dunmere Hotels|date=2026-11-17"),
    ];

    private static readonly (string Text, string Date)[] SecondFacts =
    [
        ("remind me to send the deck fri", "2026-11-20"),
        ("remind me tmrw to send terms", "2026-11-19"),
        ("todo: chase the signed contract monday", "2026-11-23"),
        ("remind me to follow up next wed", "2026-11-25"),
        ("f/u w/ anya next tue", "2026-11-24"),
    ];

    public static TheoryData<string, string, string, string> PlusJoined()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var (first, intent, spec) in FirstFacts)
        {
            foreach (var (second, date) in SecondFacts)
            {
                data.Add($"{first} + {second}", intent, spec, date);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PlusJoined))]
    public void APlusBetweenTwoFactsMakesTwoCommands(string text, string intent, string spec, string date)
    {
        var c = Parse(text);

        Matches(c, intent, spec);
        Assert.NotNull(c.More);
        var task = Assert.Single(c.More!);
        Matches(task, "add_task", $"date={date}");
        Assert.DoesNotContain("+", (c.Account ?? string.Empty) + (c.Deal ?? string.Empty) + (c.Notes ?? string.Empty), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("call w/ Acme + Umbrella", "Acme", "Umbrella")]
    [InlineData("rang Brightwave + Halvard today", "Brightwave", "Halvard")]
    [InlineData("visited Quillmore Foods + Harlow Mills", "Quillmore Foods", "Harlow Mills")]
    public void APlusBetweenTwoCompaniesIsStillOneActivityWithEach(string text, string first, string second)
    {
        var c = Parse(text);

        Matches(c, "log_activity", $"account={first}");
        Matches(Assert.Single(c.More!), "log_activity", $"account={second}");
    }

    public static TheoryData<string> InfinitivesWithNoParty() =>
    [
        "call to discuss pricing", "quick call to go over the contract", "had a call to walk through the roadmap",
        "zoom to review the terms", "call to sync on the rollout", "short call to talk budget", "meeting to plan the pilot",
        "call to catch up", "call to negotiate terms", "demo to show the new module", "quick call to clarify the scope",
        "call to agree next steps", "call to confirm the date", "mtg to present the roadmap", "call to check in",
        "call to hash out pricing", "call to finalise the sow", "meeting to kick off the project", "call to introduce the team",
    ];

    [Theory]
    [MemberData(nameof(InfinitivesWithNoParty))]
    public void AnEverydayVerbAfterToIsNeverTheParty(string text)
    {
        var c = Parse(text);

        Assert.False(c.Intent.IsWrite() && !c.Confirm, $"wrote {Describe(c)}");
        Assert.True(c.Account is null || char.IsUpper(c.Account[0]), $"account from a verb: {Describe(c)}");
    }

    [Theory]
    [InlineData("call to discuss pricing with Quillmore Foods", "Quillmore Foods", "2026-11-18")]
    [InlineData("call to review the terms with Oakhurst Dental yesterday", "Oakhurst Dental", "2026-11-17")]
    [InlineData("quick call to go over the contract with Harlow Mills", "Harlow Mills", "2026-11-18")]
    [InlineData("meeting to plan the pilot with Brenmoor Labs on monday", "Brenmoor Labs", "2026-11-16")]
    public void AnInfinitiveThenAPartyLogsWithThatParty(string text, string account, string date)
    {
        var c = Parse(text);

        Matches(c, "log_activity", $"account={account}|date={date}");
        Assert.NotNull(c.Notes);
    }

    [Theory]
    [InlineData("call to Brightwave", "Brightwave")]
    [InlineData("sent a note to kestrel mills", "kestrel mills")]
    [InlineData("emailed the deck to Harlow Mills", "Harlow Mills")]
    [InlineData("call to Dunmere Hotels yesterday", "Dunmere Hotels")]
    public void ANameAfterToIsStillTheParty(string text, string account)
    {
        Matches(Parse(text), "log_activity", $"account={account}");
    }

    public static TheoryData<string> VerbLedNonDeals() =>
    [
        "made a killer deal on a used car this weekend", "made a killer deal", "made a great deal at the market",
        "sent Quillmore Foods the new quote", "sent litware the renewal quote", "got a killer deal on flights",
        "did a deal with my brother, he won", "booked the deal dinner for friday lol", "what a killer week",
        "closing killer deals is fun",
    ];

    [Theory]
    [MemberData(nameof(VerbLedNonDeals))]
    public void ADealNameNeverOpensWithAVerb(string text)
    {
        var c = Parse(text);

        Assert.False(c.Intent is Intent.MoveDeal or Intent.UpdateDeal && !c.Confirm, $"moved a deal: {Describe(c)}");
        Assert.False(c.Deal is { } d && !char.IsUpper(d[0]) && d.Split(' ')[0] is "made" or "sent" or "got" or "did" or "booked", $"verb as a deal: {Describe(c)}");
    }

    [Theory]
    [InlineData("Oakhurst Dental killed", "lost")]
    [InlineData("moving the Brenmoor pilot to proposal", "proposal")]
    [InlineData("move Kestrel Rail to negotiation", "negotiation")]
    [InlineData("Harlow Mills deal won", "won")]
    public void ARealMoveStillMoves(string text, string stage)
    {
        Matches(Parse(text), "move_deal", $"stage={stage}");
    }
}
