using System.Globalization;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Reports.Calendar;

/// <summary>
/// A team's clock and working days: which days have a stand-up, and when a local wall-clock time
/// is in UTC. Every schedule decision goes through here so that a DST change or a holiday is
/// handled in one place, in the team's own IANA zone, never the server's.
/// </summary>
public sealed class TeamCalendar
{
    private readonly HashSet<DateOnly> _holidays;

    public TeamCalendar(TimeZoneInfo zone, WorkWeek workingDays, IEnumerable<DateOnly> holidays)
    {
        Zone = zone;
        WorkingDays = workingDays;
        _holidays = [.. holidays];
    }

    public TimeZoneInfo Zone { get; }

    public WorkWeek WorkingDays { get; }

    public static TeamCalendar For(Team team, IEnumerable<DateOnly> holidays) =>
        new(TimeZones.Find(team.TimeZone), team.WorkingDays, holidays);

    public bool IsHoliday(DateOnly day) => _holidays.Contains(day);

    /// <summary>A day with a stand-up: one of the team's working days and not one of its holidays.</summary>
    public bool IsWorkingDay(DateOnly day) => WorkingDays.Includes(day.DayOfWeek) && !_holidays.Contains(day);

    /// <summary>The last working day before <paramref name="day"/> (a year back at most; a team with none gets the day before).</summary>
    public DateOnly PreviousWorkingDay(DateOnly day)
    {
        for (var d = day.AddDays(-1); d >= day.AddDays(-366); d = d.AddDays(-1))
        {
            if (IsWorkingDay(d))
            {
                return d;
            }
        }

        return day.AddDays(-1);
    }

    /// <summary>The first working day after <paramref name="day"/> (a year ahead at most; null for a team with none).</summary>
    public DateOnly? NextWorkingDay(DateOnly day)
    {
        for (var d = day.AddDays(1); d <= day.AddDays(366); d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>
    /// The instant a local wall-clock time happens in the team's zone. A time that does not exist
    /// (skipped by a spring-forward change) happens right after the gap; a time that happens twice
    /// (autumn) is taken the first time, so a 02:30 post goes out once, at the earlier one.
    /// </summary>
    public DateTimeOffset ToInstant(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            // Walk forward to the first valid minute: that is where the clock jumped to.
            var probe = local;
            while (Zone.IsInvalidTime(probe))
            {
                probe = probe.AddMinutes(1);
            }

            return new DateTimeOffset(probe, Zone.GetUtcOffset(probe)).ToUniversalTime();
        }

        var offset = Zone.IsAmbiguousTime(local)
            ? Zone.GetAmbiguousTimeOffsets(local).Max()
            : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The team's local date at an instant.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(LocalDateTime(instant));

    public DateTime LocalDateTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;
}

/// <summary>IANA zone lookup with a clear failure, so a typo in a team's zone is reported, not silently UTC.</summary>
public static class TimeZones
{
    public static TimeZoneInfo Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException($"unknown time zone '{id}'", nameof(id), ex);
        }
    }

    /// <summary>For reports a member asks for: a team whose zone no longer resolves still gets its figures, in UTC.</summary>
    public static TimeZoneInfo FindOrUtc(string id) => TryFind(id, out var zone) ? zone : TimeZoneInfo.Utc;

    public static bool TryFind(string id, out TimeZoneInfo zone)
    {
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            zone = TimeZoneInfo.Utc;
            return false;
        }
    }
}
