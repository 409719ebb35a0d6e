using System.Globalization;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// English: a note labelled with its account ("note on corran seeds: ...", "note: halsey rope works changed ...")
/// is logged even when the name is typed in lowercase; a past verb after a lowercase name ends it. Near misses:
/// a note to self or an errand ("note: buy milk later", "note: call mom"), a note on a topic ("note on pricing: ...").
/// </summary>
public class LabelledNoteClassTests
{
    private static readonly string[] Companies = ["corran seeds", "halsey rope works", "brackwater logistics", "pinewell", "tarn valley dairy"];

    private static readonly string[] Labels =
    [
        "note on {0}: they want volume pricing", "quick note on {0}: budget frozen till january", "note for {0}: new procurement head",
        "note about {0}: switching to annual billing", "note: {0} changed procurement head, old contact gone", "note: {0} wants a discount",
        "note - {0}: renewal at risk", "notes on {0}: asked about sso",
    ];

    public static TheoryData<string, string> LabelledNotes()
    {
        var data = new TheoryData<string, string>();
        foreach (var label in Labels)
        {
            foreach (var company in Companies)
            {
                data.Add(string.Format(CultureInfo.InvariantCulture, label, company), company);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LabelledNotes))]
    public void ALabelledNoteNamesItsAccount(string text, string account)
    {
        var c = Parse(text);
        Matches(c, "log_activity", $"activity=note|account={account}|date=2026-11-18");
        Assert.False(c.Confirm, Describe(c));
    }

    [Theory]
    [InlineData("note: buy milk later")]
    [InlineData("note: call mom")]
    [InlineData("note on pricing: too high")]
    [InlineData("note on the call: fine")]
    [InlineData("note: print the contracts")]
    [InlineData("note: pay the parking ticket")]
    public void AnErrandOrATopicIsNoAccount(string text)
    {
        var c = Parse(text);
        Assert.True(c.Intent != SalesBot.Core.Conversation.Parsing.Intent.LogActivity || c.Account is null, Describe(c));
    }

    [Theory]
    [InlineData("call with acme united about renewal", "acme united")]
    [InlineData("met harlow limited today", "harlow limited")]
    [InlineData("called tarn valley dairy changed their mind", "tarn valley dairy")]
    [InlineData("visited brackwater logistics requested a quote", "brackwater logistics")]
    public void APastVerbEndsALowercaseName(string text, string account)
    {
        Matches(Parse(text), "log_activity", $"account={account}");
    }
}
