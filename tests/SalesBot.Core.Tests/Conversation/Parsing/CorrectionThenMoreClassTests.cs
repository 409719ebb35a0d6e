using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// English: a correction in the middle of a message puts its value right and leaves what follows it in the message
/// ("new deal Hatchery Bakes £18k, no wait £21k, closes feb 10"). A correction at the end reads as before.
/// </summary>
public class CorrectionThenMoreClassTests
{
    private static readonly string[] Markers = ["no wait", "sorry", "oops", "i mean", "scratch that", "actually"];

    public static TheoryData<string, string> MidMessage()
    {
        var data = new TheoryData<string, string>();
        foreach (var marker in Markers)
        {
            data.Add($"new deal Hatchery Bakes £18k, {marker} £21k, closes feb 10", "21000");
            data.Add($"new deal Acme 18k, {marker} 21k, closes feb 10", "21000");
            data.Add($"new deal Globex $40k, {marker} $45k, close end of month", "45000");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MidMessage))]
    public void ACorrectionMidMessageKeepsWhatFollows(string text, string amount)
    {
        var c = Parse(text);
        Matches(c, "create_deal", $"amount={amount}|notes=");
        Assert.NotNull(c.Date);
    }

    [Theory]
    [InlineData("new deal Acme $18k, no wait $21k", "21000")]
    [InlineData("new deal Acme 18k, sorry 21k", "21000")]
    public void ACorrectionAtTheEndReadsAsBefore(string text, string amount)
    {
        Matches(Parse(text), "create_deal", $"amount={amount}");
    }

    [Theory]
    [InlineData("called acme yesterday, sorry, monday", "2026-11-16")]
    [InlineData("met Contoso yesterday, no wait, monday, discussed pricing", "2026-11-16")]
    public void ACorrectedDayKeepsTheActivity(string text, string date)
    {
        Matches(Parse(text), "log_activity", $"date={date}");
    }
}
