using System.Globalization;
using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// Issue 14, session 9: a correction typed at the end of the message it corrects ("..., sorry tuesday", "... 40k..
/// no wait 45k", "... - actually it was a demo") writes the corrected value only; a tail that is no value
/// ("..., sorry for the delay", "..., actually it went well") stays a note.
/// </summary>
public class InlineCorrectionClassTests
{
    private static string F(string template, string a, string b) => string.Format(CultureInfo.InvariantCulture, template, a, b);

    private static readonly string[] Markers = ["sorry", "no wait", "wait no", "actually", "oops", "i meant", "my bad", "sorry i meant"];

    public static TheoryData<string, string, string> CorrectedDays()
    {
        var data = new TheoryData<string, string, string>();
        // (said, corrected, expected date of the log): Wednesday 18 November 2026.
        (string Said, string Fixed, string Date)[] days =
        [
            ("earlier today", "yesterday", "2026-11-17"), ("yesterday", "today", "2026-11-18"), ("on monday", "tuesday", "2026-11-17"),
            ("this morning", "yday", "2026-11-17"), ("yesterday", "2 days ago", "2026-11-16"), ("last friday", "last thursday", "2026-11-12"),
        ];
        string[] logs = ["rang brenmoor labs {0}", "met Oakhurst Dental {0}", "demo for quillmore {0}", "emailed Tallow & Finch the deck {0}", "visited norwood 7 {0}"];
        foreach (var log in logs)
        {
            foreach (var (said, corrected, date) in days)
            {
                foreach (var marker in Markers)
                {
                    data.Add(F(log, said, string.Empty) + $", {marker} {corrected}", date, corrected);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorrectedDays))]
    public void ACorrectedDayIsTheDayOfTheLog(string text, string date, string corrected)
    {
        var c = Parse(text);

        Matches(c, "log_activity", $"date={date}");
        Assert.DoesNotContain(corrected, c.Notes ?? string.Empty, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("remind me to send Oakhurst the terms on tue; actually wed", "2026-11-25")]
    [InlineData("remind me tomorrow to chase quillmore, sorry friday", "2026-11-20")]
    [InlineData("remind me on friday to call Brenmoor, no wait monday", "2026-11-23")]
    [InlineData("send Tallow & Finch the quote friday, sorry i meant monday", "2026-11-23")]
    [InlineData("task: renew the Oakhurst contract by dec 3, actually make that dec 10", "2026-12-10")]
    public void ACorrectedDayOfAReminderIsReadAhead(string text, string date)
    {
        Matches(Parse(text), "add_task", $"date={date}");
    }

    public static TheoryData<string, string, string?> CorrectedAmounts()
    {
        var data = new TheoryData<string, string, string?>();
        (string Said, string Fixed, string Amount, string? Currency)[] amounts =
        [
            ("40k", "45k", "45000", null), ("40k eur", "45k", "45000", "EUR"), ("$120k", "125k", "125000", "USD"),
            ("2m", "2.5m", "2500000", null), ("90k gbp", "95k", "95000", "GBP"),
        ];
        string[] markers = ["sorry", "no wait", "oops", "i meant", "actually"];
        foreach (var (said, corrected, amount, currency) in amounts)
        {
            foreach (var marker in markers)
            {
                data.Add($"new opp Brenmoor Labs sensors {said}; {marker}, {corrected}", amount, currency);
                data.Add($"new deal: Oakhurst Dental chairs {said}, {marker} {corrected}", amount, currency);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorrectedAmounts))]
    public void ACorrectedAmountIsTheDealsAmount(string text, string amount, string? currency)
    {
        var c = Parse(text);

        Matches(c, "create_deal", $"amount={amount}|currency={currency ?? string.Empty}");
        Assert.DoesNotContain(".", c.Deal ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(amount[..2], c.Deal ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Brenmoor Labs is 50k, sorry 55k", "Brenmoor Labs", "55000")]
    [InlineData("Oakhurst Dental deal is now worth 80k, no wait 85k", "Oakhurst Dental", "85000")]
    public void ACorrectedAmountOfAnUpdateIsTheNewAmount(string text, string deal, string amount)
    {
        Matches(Parse(text), "update_deal", $"deal={deal}|amount={amount}");
    }

    public static TheoryData<string, string> CorrectedActivities()
    {
        var data = new TheoryData<string, string>();
        (string Said, string Fixed, string Activity)[] kinds =
        [
            ("meeting", "call", "call"), ("call", "a visit", "visit"), ("call", "a demo", "demo"),
            ("demo", "meeting", "meeting"), ("call", "an email", "email"),
        ];
        string[] links = ["wait, that was {0}", "sorry, it was {0}", "actually {0}", "oops that was {0}", "my bad, it was {0}"];
        foreach (var (said, corrected, activity) in kinds)
        {
            foreach (var link in links)
            {
                data.Add($"{said} with Brenmoor Labs this morning - " + string.Format(CultureInfo.InvariantCulture, link, corrected), activity);
                data.Add($"{said} with Oakhurst Dental, " + string.Format(CultureInfo.InvariantCulture, link, corrected), activity);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorrectedActivities))]
    public void ACorrectedActivityIsTheKindLogged(string text, string activity)
    {
        Matches(Parse(text), "log_activity", $"activity={activity}|notes=");
    }

    [Theory]
    [InlineData("called Oakhurst, sorry for the delay", "call")]
    [InlineData("met Brenmoor Labs, actually it went well", "meeting")]
    [InlineData("demo for Quillmore, actually the best one yet", "demo")]
    [InlineData("call with Tallow & Finch, oops forgot the deck", "call")]
    [InlineData("met Oakhurst yesterday, wait for their answer", "meeting")]
    public void ATailThatIsNoValueIsANote(string text, string activity)
    {
        var c = Parse(text);

        Matches(c, "log_activity", $"activity={activity}");
        Assert.NotNull(c.Notes);
    }

    [Theory]
    [InlineData("called Oakhurst yesterday, sorry about that")]
    [InlineData("new deal Brenmoor Labs 40k, sorry")]
    [InlineData("Oakhurst is lost, actually")]
    public void ACorrectionWithNothingToCorrectChangesNothingElse(string text)
    {
        var plain = Parse(text.Split(',')[0]);
        var c = Parse(text);

        Assert.Equal(plain.Intent, c.Intent);
        Assert.Equal(plain.Amount, c.Amount);
        Assert.Equal(plain.Activity, c.Activity);
    }
}
