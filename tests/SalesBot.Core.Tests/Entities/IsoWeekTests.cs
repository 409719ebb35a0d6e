using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Tests.Entities;

public class IsoWeekTests
{
    [Theory]
    [InlineData("2026-11-16", "2026-11-16")] // a Monday is its own week's Monday
    [InlineData("2026-11-22", "2026-11-16")] // Sunday ends the week, it does not start one
    [InlineData("2026-11-19", "2026-11-16")]
    [InlineData("2027-01-01", "2026-12-28")] // across the year
    public void TheMondayOfADayIsTheMondayOfItsIsoWeek(string day, string monday)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), IsoWeek.MondayOf(date));
        Assert.Equal(IsoWeek.Of(date).Monday, IsoWeek.MondayOf(date));
    }

    [Theory]
    [InlineData("2026-11-22", "2026-W47")]
    [InlineData("2027-01-01", "2026-W53")]
    [InlineData("2029-12-31", "2030-W01")]
    public void AWeekIsWrittenTheIsoWay(string day, string week) =>
        Assert.Equal(week, IsoWeek.Of(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).ToString());

    [Fact]
    public void TheParsersWeeksAreTheCalendarsWeeks()
    {
        // A Sunday: a second Monday rule that counted Sunday as a week's first day would say W48 here.
        var sunday = new DateTime(2026, 11, 22, 10, 0, 0);

        var lastWeek = MessageParser.English.Parse("team KPIs last week", sunday);

        Assert.Equal(IsoWeek.Of(DateOnly.FromDateTime(sunday)).Previous.ToString(), lastWeek.Week);
    }
}
