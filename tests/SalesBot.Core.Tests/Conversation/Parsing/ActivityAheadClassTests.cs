using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// An activity dated after today has not been done: "got a meeting w quenby this friday 2pm" is proposed as a reminder
/// for that day (with its hour), never logged as a meeting held on Friday. Near misses: a bare weekday ("on friday")
/// reads back as the last one, a past day keeps the log.
/// </summary>
public class ActivityAheadClassTests
{
    public static TheoryData<string, string> Ahead()
    {
        var data = new TheoryData<string, string>();
        foreach (var (day, date) in new[] { ("this friday", "2026-11-20"), ("this thursday", "2026-11-19"), ("tomorrow", "2026-11-19"), ("next monday", "2026-11-23") })
        {
            foreach (var what in new[] { "got a meeting w quenby", "meeting with quenby", "have a call with tolworth", "demo at tolworth", "had a meeting w quenby" })
            {
                data.Add($"{what} {day}", date);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ahead))]
    public void AnActivityAheadIsNoLog(string text, string date)
    {
        var c = Parse(text);
        Assert.False(c.Intent == Intent.LogActivity, $"'{text}' logged: {Describe(c)}");
        Assert.True(c.Intent != Intent.AddTask || c.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) == date, Describe(c));
    }

    [Theory]
    [InlineData("got a meeting w quenby this friday 2pm", "2026-11-20", "14:00")]
    [InlineData("meeting with tolworth this thursday at 3pm", "2026-11-19", "15:00")]
    [InlineData("got a demo with quenby this friday at 10am", "2026-11-20", "10:00")]
    public void TheHourStaysWithTheReminder(string text, string date, string time)
    {
        var c = Parse(text);
        Matches(c, "add_task", $"date={date}|time={time}");
        Assert.DoesNotContain("pm", c.Title ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("am", (c.Title ?? string.Empty).Split(' ').Last(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("meeting with quenby on friday", "2026-11-13")]
    [InlineData("had a meeting w quenby last friday", "2026-11-13")]
    [InlineData("call with tolworth yesterday", "2026-11-17")]
    [InlineData("met quenby on monday", "2026-11-16")]
    public void APastDayKeepsTheLog(string text, string date)
    {
        Matches(Parse(text), "log_activity", $"date={date}");
    }
}
