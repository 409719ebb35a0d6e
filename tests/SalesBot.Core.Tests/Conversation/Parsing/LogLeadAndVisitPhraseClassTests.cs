using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// Issue 14, session 11: "log call brightfold" asks for a log as surely as "logged call brightfold" reports one, so a
/// lowercase party after it is read; the everyday ways of saying a visit ("popped in at", "swung by", "dropped in on")
/// are visits. Near misses: what became of the activity ("log call dropped", "logged call cancelled") is never a
/// party, and a capitalised name that opens with such a word ("Done Right Plumbing") still is.
/// </summary>
public class LogLeadAndVisitPhraseClassTests
{
    private static readonly string[] Parties = ["brightfold", "harlow mills", "Quillmore Foods", "oakhurst dental", "kestrel rail", "Tallow & Finch"];

    private static readonly (string Text, string Activity)[] LogLeads =
    [
        ("log call", "call"), ("log a call", "call"), ("log meeting", "meeting"), ("log a meeting", "meeting"), ("log demo", "demo"),
        ("log visit", "visit"), ("pls log call", "call"), ("please log a call", "call"), ("log email", "email"), ("log: call", "call"),
    ];

    public static TheoryData<string, string, string> AskedForLogs()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (lead, activity) in LogLeads)
        {
            foreach (var party in Parties)
            {
                data.Add($"{lead} {party}", activity, party);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AskedForLogs))]
    public void ALogLeadBeforeTheActivityReadsTheLowercasePartyAfterIt(string text, string activity, string party)
    {
        Matches(Parse(text), "log_activity", $"activity={activity}|account={party}|date=2026-11-18");
    }

    private static readonly string[] VisitPhrases =
    [
        "popped in at", "popped into", "popped by", "popped in to", "swung by", "swung past", "dropped in at", "dropped in on",
        "dropped into", "stopped in at", "stopped off at", "paid a visit to",
    ];

    private static readonly (string Text, string Date)[] When = [("", "2026-11-18"), (" yesterday", "2026-11-17"), (" 3 days ago", "2026-11-15"), (" on monday", "2026-11-16")];

    public static TheoryData<string, string, string> Visits()
    {
        var data = new TheoryData<string, string, string>();
        for (var v = 0; v < VisitPhrases.Length; v++)
        {
            for (var p = 0; p < Parties.Length; p++)
            {
                var (when, date) = When[(v + p) % When.Length];
                data.Add($"{VisitPhrases[v]} {Parties[p]}{when}", Parties[p], date);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Visits))]
    public void EverydayVisitPhrasesAreVisits(string text, string party, string date)
    {
        Matches(Parse(text), "log_activity", $"activity=visit|account={party}|date={date}");
    }

    [Theory]
    [InlineData("log call dropped")]
    [InlineData("logged call dropped")]
    [InlineData("logged call cancelled")]
    [InlineData("log meeting postponed")]
    [InlineData("log call failed")]
    [InlineData("logged call done")]
    [InlineData("log demo rescheduled")]
    public void WhatBecameOfTheActivityIsNoParty(string text)
    {
        var c = Parse(text);

        Assert.True(c.Intent != Intent.LogActivity || c.Account is null, $"{text}: wrote account '{c.Account}'");
    }

    [Theory]
    [InlineData("call with Done Right Plumbing", "Done Right Plumbing")]
    [InlineData("log call Finished Goods Ltd", "Finished Goods Ltd")]
    [InlineData("met Dropped Pin Media", "Dropped Pin Media")]
    public void ACapitalisedNameThatOpensWithSuchAWordIsStillAParty(string text, string party)
    {
        Matches(Parse(text), "log_activity", $"account={party}");
    }
}
