using SalesBot.Core.Crm;
using SalesBot.Core.Reports.Calendar;

namespace SalesBot.Core.Tests.Reports.Calendar;

public class TeamCalendarTests
{
    private static TeamCalendar Warsaw(params DateOnly[] holidays) =>
        new(TimeZones.Find("Europe/Warsaw"), WorkWeek.MondayToFriday, holidays);

    private static TeamCalendar NewYork() => new(TimeZones.Find("America/New_York"), WorkWeek.MondayToFriday, []);

    [Theory]
    // Europe/Warsaw goes to summer time on Sunday 29 March 2026 and back on Sunday 25 October 2026.
    [InlineData("2026-03-27", "2026-03-27T08:30:00Z")]
    [InlineData("2026-03-30", "2026-03-30T07:30:00Z")]
    [InlineData("2026-10-23", "2026-10-23T07:30:00Z")]
    [InlineData("2026-10-26", "2026-10-26T08:30:00Z")]
    public void StandupAt0930WarsawIsAt0930LocalOnBothSidesOfTheClockChange(string day, string utc)
    {
        var instant = Warsaw().ToInstant(DateOnly.Parse(day), new TimeOnly(9, 30));

        Assert.Equal(DateTimeOffset.Parse(utc), instant);
        Assert.Equal(new TimeOnly(9, 30), TimeOnly.FromDateTime(Warsaw().LocalDateTime(instant)));
    }

    [Theory]
    // America/New_York: summer time from Sunday 8 March 2026 to Sunday 1 November 2026.
    [InlineData("2026-03-06", "2026-03-06T14:30:00Z")]
    [InlineData("2026-03-09", "2026-03-09T13:30:00Z")]
    [InlineData("2026-10-30", "2026-10-30T13:30:00Z")]
    [InlineData("2026-11-02", "2026-11-02T14:30:00Z")]
    public void StandupAt0930NewYorkIsAt0930LocalOnBothSidesOfTheClockChange(string day, string utc) =>
        Assert.Equal(DateTimeOffset.Parse(utc), NewYork().ToInstant(DateOnly.Parse(day), new TimeOnly(9, 30)));

    [Fact]
    public void TimeSkippedBySpringForwardHappensRightAfterTheGap() =>
        // 02:30 does not exist in Warsaw on 29 March 2026: the clock jumps from 02:00 to 03:00 (01:00 UTC).
        Assert.Equal(DateTimeOffset.Parse("2026-03-29T01:00:00Z"), Warsaw().ToInstant(new DateOnly(2026, 3, 29), new TimeOnly(2, 30)));

    [Fact]
    public void TimeRepeatedInAutumnIsTakenTheFirstTime() =>
        // 02:30 happens twice in Warsaw on 25 October 2026; the first is still summer time (+02:00).
        Assert.Equal(DateTimeOffset.Parse("2026-10-25T00:30:00Z"), Warsaw().ToInstant(new DateOnly(2026, 10, 25), new TimeOnly(2, 30)));

    [Fact]
    public void PreviousWorkingDayOfMondayIsFriday() =>
        Assert.Equal(new DateOnly(2026, 11, 20), Warsaw().PreviousWorkingDay(new DateOnly(2026, 11, 23)));

    [Fact]
    public void PreviousWorkingDaySkipsHolidays()
    {
        var calendar = Warsaw(new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25));

        Assert.Equal(new DateOnly(2026, 12, 23), calendar.PreviousWorkingDay(new DateOnly(2026, 12, 28)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 12, 24)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 12, 26)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 12, 28)));
    }

    [Fact]
    public void SundayToThursdayWeekWorksOnSunday()
    {
        Assert.True(WorkWeekExtensions.TryParse("Sun-Thu", out var week));
        var calendar = new TeamCalendar(TimeZones.Find("Asia/Jerusalem"), week, []);

        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 11, 22)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 11, 20)));
        Assert.Equal(new DateOnly(2026, 11, 19), calendar.PreviousWorkingDay(new DateOnly(2026, 11, 22)));
    }

    [Fact]
    public void UnknownTimeZoneIsReportedNotTakenAsUtc() =>
        Assert.Throws<ArgumentException>(() => TimeZones.Find("Europe/Atlantis"));

    [Theory]
    [InlineData("2026-W47", "2026-11-16", "2026-11-22")]
    [InlineData("2026-W01", "2025-12-29", "2026-01-04")]
    [InlineData("2026-W53", "2026-12-28", "2027-01-03")]
    public void IsoWeekRunsMondayToSunday(string text, string monday, string sunday)
    {
        Assert.True(IsoWeek.TryParse(text, out var week));
        Assert.Equal(DateOnly.Parse(monday), week.Monday);
        Assert.Equal(DateOnly.Parse(sunday), week.Sunday);
        Assert.Equal(text, week.ToString());
        Assert.Equal(week, IsoWeek.Of(DateOnly.Parse(sunday)));
    }

    [Theory]
    [InlineData("2027-W53")]
    [InlineData("2026-W00")]
    [InlineData("2026-47")]
    [InlineData("2026W47")]
    [InlineData("")]
    public void IsoWeekRejectsWhatIsNotOne(string text) => Assert.False(IsoWeek.TryParse(text, out _));
}
