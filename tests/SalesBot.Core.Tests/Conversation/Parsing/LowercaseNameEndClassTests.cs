using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// Issue 14, session 11: a lowercase name, typed on a phone, ends where the rep goes on to say when or how it went
/// ("call w harbourline earlier", "demo for sandpiper labs done", "meeting w otterburn hotels ran long"), before a
/// measure ("pinewell clinics 45 mins", "20min") and at an aside in brackets ("jess tolland (caddis outdoor)").
/// Those words used to become part of the account's name: a junk account. Near misses: a number that is part of the
/// name ("norwood 7", "route 66 diner") stays in it.
/// </summary>
public class LowercaseNameEndClassTests
{
    private static readonly (string Text, string Activity)[] Openers =
    [
        ("call w", "call"), ("called", "call"), ("call with", "call"), ("meeting w", "meeting"), ("met with", "meeting"),
        ("demo for", "demo"), ("visited", "visit"), ("zoom w", "meeting"), ("coffee with", "meeting"), ("emailed", "email"),
    ];

    private static readonly string[] Companies =
    [
        "harbourline", "stowe valley farms", "sandpiper labs", "otterburn hotels", "pinewell clinics", "greyfen logistics",
        "caddis outdoor", "brightfold",
    ];

    private static readonly (string Text, string? Date)[] Trailers =
    [
        ("earlier", null), ("earlier, 20 min", null), ("went fine", null), ("6 ppl on their side", null), ("ran long", null),
        ("45 mins", null), ("20min", null), ("1 hr", null), ("ystd", "2026-11-17"), ("ystrdy", "2026-11-17"),
        ("yesterday", "2026-11-17"), ("just now", null), ("again", null), ("tonight", null), ("went well", null),
    ];

    public static TheoryData<string, string, string, string> Trailing()
    {
        var data = new TheoryData<string, string, string, string>();
        for (var o = 0; o < Openers.Length; o++)
        {
            for (var c = 0; c < Companies.Length; c++)
            {
                var (trailer, date) = Trailers[(o * 3 + c) % Trailers.Length];
                data.Add($"{Openers[o].Text} {Companies[c]} {trailer}", Openers[o].Activity, Companies[c], date ?? "2026-11-18");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Trailing))]
    public void WhatFollowsALowercaseNameIsNotPartOfIt(string text, string activity, string company, string date)
    {
        Matches(Parse(text), "log_activity", $"activity={activity}|account={company}|date={date}");
    }

    public static TheoryData<string, string, string> Bracketed()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (opener, activity) in Openers)
        {
            foreach (var company in Companies.Take(4))
            {
                data.Add($"{opener} jess tolland ({company}) yesterday", activity, company);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Bracketed))]
    public void ACompanyInBracketsAfterAPersonIsTheAccount(string text, string activity, string company)
    {
        Matches(Parse(text), "log_activity", $"activity={activity}|account={company}|contact=jess tolland|date=2026-11-17");
    }

    [Theory]
    [InlineData("visited norwood 7", "norwood 7")]
    [InlineData("called route 66 cafe", "route 66 cafe")]
    [InlineData("call with studio 54 events", "studio 54 events")]
    [InlineData("met with pier 39 foods", "pier 39 foods")]
    [InlineData("call w harbourline", "harbourline")]
    [InlineData("demo for unit 9 fitness", "unit 9 fitness")]
    [InlineData("demo for sandpiper labs done", "sandpiper labs")]
    [InlineData("demo for sandpiper labs done, 6 ppl on their side", "sandpiper labs")]
    public void ANumberInsideTheNameStays(string text, string company)
    {
        Matches(Parse(text), "log_activity", $"account={company}");
    }
}
