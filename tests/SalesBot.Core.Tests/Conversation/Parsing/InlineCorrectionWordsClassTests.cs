using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// Issue 14, session 11: more of the ways a rep corrects a message while typing it. "hang on", "hold on", "scrap that",
/// "strike that", a bare "no", "whoops", "my mistake" mark the correction; "actually" or "sorry" may close it ("today
/// no yesterday actually"); the wrong value may follow ("it was a call not a meeting"). The corrected day, amount or
/// activity takes the place of the one said; before, the correction was kept as a note and the wrong value written.
/// Near misses: "no" before anything that is not a single value ("no answer", "no budget yet") corrects nothing.
/// </summary>
public class InlineCorrectionWordsClassTests
{
    private static readonly string[] Markers =
    [
        "hang on", "hold on", "scrap that", "strike that", "no", "whoops", "my mistake", "no wait", "sorry", "actually",
    ];

    private static readonly string[] Joins = [", {0}, ", " {0} ", " - {0} ", ", {0} "];

    private static readonly (string Head, string Intent, string Fixed, string Spec)[] Cases =
    [
        ("call w stowe valley farms today", "log_activity", "yesterday", "account=stowe valley farms|date=2026-11-17"),
        ("met Quillmore Foods on monday", "log_activity", "tuesday", "account=Quillmore Foods|date=2026-11-17"),
        ("visited harlow mills yesterday", "log_activity", "monday", "account=harlow mills|date=2026-11-16"),
        ("remind me thurs to call elmstead print", "add_task", "fri", "date=2026-11-20"),
        ("remind me tomorrow to send the deck", "add_task", "monday", "date=2026-11-23"),
        ("new deal bramcote dental 25k gbp", "create_deal", "make it 28k", "deal=bramcote dental|amount=28000|currency=GBP"),
        ("new deal Kestrel Rail 120k", "create_deal", "130k", "deal=Kestrel Rail|amount=130000"),
        ("met w imke vos from vosmark", "log_activity", "it was a call", "activity=call|account=vosmark|contact=imke vos"),
        ("demo for Oakhurst Dental", "log_activity", "it was a meeting", "activity=meeting|account=Oakhurst Dental"),
    ];

    public static TheoryData<string, string, string> Corrected()
    {
        var data = new TheoryData<string, string, string>();
        for (var c = 0; c < Cases.Length; c++)
        {
            for (var m = 0; m < Markers.Length; m++)
            {
                var (head, intent, value, spec) = Cases[c];
                var join = string.Format(System.Globalization.CultureInfo.InvariantCulture, Joins[(c + m) % Joins.Length], Markers[m]);
                data.Add($"{head}{join}{value}", intent, spec);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Corrected))]
    public void TheCorrectedValueTakesThePlaceOfTheOneSaid(string text, string intent, string spec)
    {
        var c = Parse(text);

        Matches(c, intent, spec + "|notes=");
    }

    public static TheoryData<string, string, string> ClosedOrDenied()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var ender in new[] { "actually", "sorry", "i mean", "i think", "my bad" })
        {
            data.Add($"call w stowe valley farms today no yesterday {ender}", "log_activity", "date=2026-11-17");
            data.Add($"remind me thurs to call elmstead print, hang on, fri {ender}", "add_task", "date=2026-11-20");
            data.Add($"new deal Kestrel Rail 120k, no wait, 130k {ender}", "create_deal", "amount=130000");
        }

        foreach (var denial in new[] { "not", "instead of", "rather than" })
        {
            data.Add($"met w imke vos from vosmark - no wait it was a call {denial} a meeting", "log_activity", "activity=call|account=vosmark");
            data.Add($"call with Dunmere Hotels today, sorry yesterday {denial} today", "log_activity", "activity=call|date=2026-11-17");
            data.Add($"demo for Oakhurst Dental, actually a meeting {denial} a demo", "log_activity", "activity=meeting|account=Oakhurst Dental");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ClosedOrDenied))]
    public void ACorrectionMayEndWithAFillerOrNameTheWrongValue(string text, string intent, string spec)
    {
        Matches(Parse(text), intent, spec + "|notes=");
    }

    [Theory]
    [InlineData("call w acme, no budget yet", "account=acme|notes=no budget yet")]
    [InlineData("call with Acme, no decision until q2", "account=Acme")]
    [InlineData("met Harlow Mills, hold on to the samples for them", "account=Harlow Mills")]
    [InlineData("visited Quillmore Foods, no pricing discussed", "account=Quillmore Foods|date=2026-11-18")]
    [InlineData("call w Dunmere Hotels yesterday, no rush on the quote", "account=Dunmere Hotels|date=2026-11-17")]
    public void ANoOrHoldOnBeforeMoreThanOneValueCorrectsNothing(string text, string spec)
    {
        Matches(Parse(text), "log_activity", spec);
    }
}
