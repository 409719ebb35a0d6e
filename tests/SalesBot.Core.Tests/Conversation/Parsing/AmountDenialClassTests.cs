using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// Issue 14, session 11: a deal's size said with the wrong one after it ("correction: dunmore textiles is 150k not
/// 115k", "kilbride marine is 320k instead of 300k") is the deal's new size, whatever the case of its name; the
/// wrong figure is dropped. Lowercase, it used to be read as nothing at all. Near misses: a figure denied in a note
/// ("acme wants 50 seats not 80") or a lost deal's reason are not a size change.
/// </summary>
public class AmountDenialClassTests
{
    private static readonly string[] Deals =
    [
        "dunmore textiles", "kilbride marine berths", "Dunmore Pharma", "harlow mills", "Quillmore Foods renewal", "acme",
        "oakhurst dental", "Kestrel Rail",
    ];

    private static readonly (string Right, string Wrong, string Amount)[] Figures =
    [
        ("150k", "115k", "150000"), ("88k", "80k", "88000"), ("1.2m", "1m", "1200000"), ("320k", "300k", "320000"),
        ("88,000", "80,000", "88000"), ("45k", "54k", "45000"),
    ];

    private static readonly string[] Shapes =
    [
        "{0} is {1} not {2}", "correction: {0} is {1} not {2}", "{0} is {1} instead of {2}", "{0} {1} not {2}",
        "{0} is {1} rather than {2}", "correction - {0} is {1} not {2}", "{0} deal is {1} not {2}", "oops {0} is {1} not {2}",
    ];

    public static TheoryData<string, string, string> Denied()
    {
        var data = new TheoryData<string, string, string>();
        for (var d = 0; d < Deals.Length; d++)
        {
            for (var s = 0; s < Shapes.Length; s++)
            {
                var (right, wrong, amount) = Figures[(d + s) % Figures.Length];
                data.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, Shapes[s], Deals[d], right, wrong), Deals[d], amount);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Denied))]
    public void TheFigureBeforeTheDeniedOneIsTheDealsSize(string text, string deal, string amount)
    {
        var c = Parse(text);

        Matches(c, "update_deal", $"deal={deal}|amount={amount}|notes=");
        Assert.False(c.Confirm);
    }

    [Theory]
    [InlineData("acme wants 50 seats not 80")]
    [InlineData("acme not interested at 80k")]
    [InlineData("acme said not 80k, too much")]
    [InlineData("call with acme, not 50 seats but 80")]
    public void AFigureDeniedInANoteChangesNoDeal(string text)
    {
        Assert.NotEqual("update_deal", Parse(text).Intent.ToWireName());
    }
}
