using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Tests.Conversation.Parsing;

public class DateReaderTests
{
    private static readonly DateReader Reader = new(Vocabulary.English);
    private static readonly DateOnly Wednesday = new(2026, 11, 18);

    [Theory]
    [InlineData("today", "2026-11-18")]
    [InlineData("yesterday", "2026-11-17")]
    [InlineData("on Monday", "2026-11-16")]
    [InlineData("monday", "2026-11-16")]
    [InlineData("on Thursday", "2026-11-12")]
    [InlineData("last Friday", "2026-11-13")]
    [InlineData("last Wednesday", "2026-11-11")]
    [InlineData("this Monday", "2026-11-16")]
    [InlineData("2 days ago", "2026-11-16")]
    [InlineData("two weeks ago", "2026-11-04")]
    [InlineData("a month ago", "2026-10-18")]
    [InlineData("Nov 2", "2026-11-02")]
    [InlineData("Dec 15", "2025-12-15")]
    [InlineData("15th of October", "2026-10-15")]
    [InlineData("3.11", "2026-11-03")]
    [InlineData("11/3", "2026-11-03")]
    [InlineData("2025-06-30", "2025-06-30")]
    [InlineData("last week", "2026-11-09")]
    public void ReadsPastWordsForActivities(string text, string expected)
    {
        Assert.True(Reader.TryRead(text, Wednesday, DateSense.Past, out var hit), text);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), hit.Date);
    }

    [Theory]
    [InlineData("tomorrow", "2026-11-19")]
    [InlineData("tmrw", "2026-11-19")]
    [InlineData("day after tomorrow", "2026-11-20")]
    [InlineData("on Friday", "2026-11-20")]
    [InlineData("friday", "2026-11-20")]
    [InlineData("on Monday", "2026-11-23")]
    [InlineData("on Wednesday", "2026-11-25")]
    [InlineData("next Monday", "2026-11-23")]
    [InlineData("next Tuesday", "2026-11-24")]
    [InlineData("next Friday", "2026-11-27")]
    [InlineData("this Friday", "2026-11-20")]
    [InlineData("coming Friday", "2026-11-20")]
    [InlineData("in 2 days", "2026-11-20")]
    [InlineData("in 2 weeks", "2026-12-02")]
    [InlineData("in a week", "2026-11-25")]
    [InlineData("in three months", "2027-02-18")]
    [InlineData("end of week", "2026-11-20")]
    [InlineData("end of month", "2026-11-30")]
    [InlineData("by the end of the month", "2026-11-30")]
    [InlineData("eom", "2026-11-30")]
    [InlineData("end of next month", "2026-12-31")]
    [InlineData("end of quarter", "2026-12-31")]
    [InlineData("end of year", "2026-12-31")]
    [InlineData("next week", "2026-11-23")]
    [InlineData("next month", "2026-12-01")]
    [InlineData("Dec 15", "2026-12-15")]
    [InlineData("December 15th", "2026-12-15")]
    [InlineData("15 December", "2026-12-15")]
    [InlineData("Nov 18", "2026-11-18")]
    [InlineData("Nov 2", "2027-11-02")]
    [InlineData("Jan 15", "2027-01-15")]
    [InlineData("January 15, 2027", "2027-01-15")]
    [InlineData("15.12", "2026-12-15")]
    [InlineData("15.12.2026", "2026-12-15")]
    [InlineData("2.01", "2027-01-02")]
    [InlineData("12/15", "2026-12-15")]
    [InlineData("2026-12-15", "2026-12-15")]
    [InlineData("by Q1", "2027-03-31")]
    [InlineData("end of Q4", "2026-12-31")]
    [InlineData("to February", "2027-02-01")]
    [InlineData("in November", "2026-11-01")]
    [InlineData("mid January", "2027-01-15")]
    [InlineData("end of February", "2027-02-28")]
    public void ReadsFutureWordsForTasksAndCloseDates(string text, string expected)
    {
        Assert.True(Reader.TryRead(text, Wednesday, DateSense.Future, out var hit), text);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), hit.Date);
    }

    [Theory]
    [InlineData("send it on Friday please", "on Friday")]
    [InlineData("call Kevin by Dec 1", "by Dec 1")]
    [InlineData("close by 2026-12-15 ok", "close by 2026-12-15")]
    [InlineData("follow up in 2 weeks", "in 2 weeks")]
    public void CoversThePrepositionSoItCanBeCut(string text, string covered)
    {
        Assert.True(Reader.TryRead(text, Wednesday, DateSense.Future, out var hit));
        Assert.Equal(covered, text.Substring(hit.Index, hit.Length));
    }

    [Theory]
    [InlineData("Feb 30")]
    [InlineData("31.11")]
    [InlineData("1.5 mln")]
    [InlineData("$1.2")]
    [InlineData("top 3")]
    [InlineData("call Satya")]
    [InlineData("may I ask")]
    [InlineData("I may call")]
    [InlineData("Q1 renewal")]
    [InlineData("March on")]
    public void IgnoresThingsThatAreNotDates(string text)
    {
        Assert.False(Reader.TryRead(text, Wednesday, DateSense.Future, out _), text);
    }

    [Theory]
    [InlineData("this week", "2026-W47")]
    [InlineData("last week", "2026-W46")]
    [InlineData("next week", "2026-W48")]
    [InlineData("week 3", "2026-W03")]
    [InlineData("W52", "2026-W52")]
    [InlineData("2027-W01", "2027-W01")]
    [InlineData("3 weeks ago", "2026-W44")]
    public void ReadsIsoWeeks(string text, string week)
    {
        Assert.True(Reader.TryReadWeek(text, Wednesday, out var got, out _, out _));
        Assert.Equal(week, got);
    }

    [Fact]
    public void RollsIsoWeeksOverTheYearEnd()
    {
        Assert.True(Reader.TryReadWeek("last week", new DateOnly(2027, 1, 6), out var week, out _, out _));
        Assert.Equal("2026-W53", week);
    }

    [Theory]
    [InlineData("at 9", 9, 0)]
    [InlineData("at 3", 15, 0)]
    [InlineData("9am", 9, 0)]
    [InlineData("9:30", 9, 30)]
    [InlineData("at 5.30pm", -1, -1)]
    [InlineData("3 pm", 15, 0)]
    [InlineData("noon", 12, 0)]
    [InlineData("at Contoso", -1, -1)]
    [InlineData("at 9 days", -1, -1)]
    public void ReadsTimesOfDay(string text, int hour, int minute)
    {
        var found = Reader.TryReadTime(text, out var hit);
        if (hour < 0)
        {
            Assert.False(found && hit.Time.Minute == 30, text);
            return;
        }

        Assert.True(found, text);
        Assert.Equal(new TimeOnly(hour, minute), hit.Time);
    }
}
