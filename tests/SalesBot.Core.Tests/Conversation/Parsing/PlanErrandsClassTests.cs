using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// Issue 14, session 11: a plan whose errands are joined by "and" ("plan for today - chase brisco and visit
/// greystone") is a plan of two items. It used to keep the first errand as the plan and log the second as a visit
/// done today: a wrong write. Near misses stay one item: a verb with two objects ("call Acme and Globex"), two verbs on
/// one object ("prep and send the quote").
/// </summary>
public class PlanErrandsClassTests
{
    private static readonly (string Text, string Date)[] Heads =
    [
        ("plan for today - ", "2026-11-18"), ("plan for today: ", "2026-11-18"), ("today: ", "2026-11-18"),
        ("my plan today: ", "2026-11-18"), ("plan for tomorrow - ", "2026-11-19"), ("tomorrow: ", "2026-11-19"),
        ("top 3 today: ", "2026-11-18"), ("plan: ", "2026-11-18"),
    ];

    private static readonly string[] Errands =
    [
        "chase brisco", "visit greystone", "call the cfo at Halvard", "email Quillmore the quote", "send the deck to Oakhurst",
        "prep the Kestrel demo", "follow up with tasha", "ping Dunmere about the renewal", "review the Brenmoor contract",
        "book a meeting with Tallow & Finch", "demo Harlow Mills", "confirm the date with norwood",
    ];

    public static TheoryData<string, string, string, string> TwoErrands()
    {
        var data = new TheoryData<string, string, string, string>();
        for (var h = 0; h < Heads.Length; h++)
        {
            for (var e = 0; e < Errands.Length; e++)
            {
                var (first, second) = (Errands[e], Errands[(e + h + 1) % Errands.Length]);
                if (first != second)
                {
                    data.Add($"{Heads[h].Text}{first} and {second}", Heads[h].Date, first, second);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TwoErrands))]
    public void TwoErrandsJoinedByAndAreTwoItemsOfThePlan(string text, string date, string first, string second)
    {
        var c = Parse(text);

        Matches(c, "set_plan", $"date={date}");
        Assert.Equal([first, second], c.Items);
        Assert.Null(c.More);
    }

    public static TheoryData<string, string, string, string> ThreeErrands()
    {
        var data = new TheoryData<string, string, string, string>();
        for (var e = 0; e < Errands.Length; e++)
        {
            var (a, b, c) = (Errands[e], Errands[(e + 3) % Errands.Length], Errands[(e + 7) % Errands.Length]);
            data.Add($"plan for today: {a}, {b} and {c}", a, b, c);
            data.Add($"today: {a} and {b}, {c}", a, b, c);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ThreeErrands))]
    public void CommasAndJoinersTogetherKeepEveryErrand(string text, string a, string b, string c)
    {
        var plan = Parse(text);

        Matches(plan, "set_plan", "date=2026-11-18");
        Assert.Equal([a, b, c], plan.Items);
        Assert.Null(plan.More);
    }

    public static TheoryData<string> OneErrand() =>
    [
        "call Acme and Globex", "call acme and globex", "email Quillmore and Oakhurst", "prep and send the quote",
        "draft and send the proposal", "visit Tallow and Finch", "review and sign the nda", "chase the po and invoice",
        "call tasha and ben", "demo for Harlow and Kestrel", "prep the deck and notes", "send pricing and terms to Dunmere",
    ];

    [Theory]
    [MemberData(nameof(OneErrand))]
    public void AnAndThatJoinsObjectsOrVerbsOfOneErrandStaysInside(string errand)
    {
        foreach (var (head, date) in Heads)
        {
            var c = Parse(head + errand);

            Matches(c, "set_plan", $"date={date}");
            Assert.Equal([errand], c.Items);
        }
    }
}
