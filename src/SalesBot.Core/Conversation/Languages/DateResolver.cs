using System.Globalization;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Conversation.Languages;

/// <summary>Turns a <see cref="DateSpec"/> into a day, looking back or ahead from today. Language-neutral.</summary>
internal static class DateResolver
{
    public static DateOnly? Resolve(DateSpec spec, DateOnly today, DateSense sense)
    {
        var monday = Crm.IsoWeek.MondayOf(today);
        switch (spec.Shape)
        {
            case DateShape.Relative:
                return spec.Unit switch
                {
                    0 or 1 => today.AddDays(spec.Days),
                    30 => today.AddMonths(spec.Days),
                    365 => today.AddYears(spec.Days),
                    _ => today.AddDays(spec.Days * spec.Unit),
                };
            case DateShape.Weekday:
                var inWeek = monday.AddDays(((int)spec.Weekday + 6) % 7);
                return spec.Relation switch
                {
                    DateRelation.Last => LastBefore(today, spec.Weekday),
                    DateRelation.Next => inWeek.AddDays(7),
                    DateRelation.This => inWeek,
                    _ => sense == DateSense.Past ? LastBefore(today, spec.Weekday) : NextAfter(today, spec.Weekday),
                };
            case DateShape.MonthDay:
                return MonthDay(spec, today, sense);
            case DateShape.WeekNumber:
                return WeekMonday(spec.Day, today, sense);
            case DateShape.Quarter:
                // A quarter as a date is its last day: "zamknięcie w I kwartale" closes by 31 March.
                return QuarterStart(spec, today, sense).AddMonths(3).AddDays(-1);
            case DateShape.EndOf when spec.Month > 0:
                var year = spec.Month < today.Month && sense == DateSense.Future ? today.Year + 1 : today.Year;
                return new DateOnly(year, spec.Month, DateTime.DaysInMonth(year, spec.Month));
            case DateShape.EndOf:
                return EndOf(spec.Unit, today, monday);
            case DateShape.Period:
                var shift = spec.Relation switch { DateRelation.Last => -1, DateRelation.Next => 1, _ => 0 };
                return (spec.Unit, shift) switch
                {
                    (7, 0) => sense == DateSense.Future ? EndOf(7, today, monday) : today,
                    (7, _) => monday.AddDays(7 * shift),
                    (30, 0) => sense == DateSense.Future ? EndOf(30, today, monday) : today,
                    (30, _) => new DateOnly(today.Year, today.Month, 1).AddMonths(shift),
                    (1, _) => today.AddDays(shift),
                    _ => sense == DateSense.Future ? EndOf(spec.Unit, today, monday) : today,
                };
            default:
                return null;
        }
    }

    /// <summary>
    /// The days a period covers, inclusive: a week Monday to Sunday, a month, a quarter, a year; a month name the
    /// nearest one in <paramref name="sense"/>; a single day for a day.
    /// </summary>
    public static (DateOnly From, DateOnly To)? Range(DateSpec spec, DateOnly today, DateSense sense)
    {
        var monday = Crm.IsoWeek.MondayOf(today);
        switch (spec.Shape)
        {
            case DateShape.Period:
                var shift = spec.Relation switch { DateRelation.Last => -1, DateRelation.Next => 1, _ => 0 };
                switch (spec.Unit)
                {
                    case 1:
                        return (today.AddDays(shift), today.AddDays(shift));
                    case 7:
                        var start = monday.AddDays(7 * shift);
                        return (start, start.AddDays(6));
                    case 30:
                        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(shift);
                        return (month, month.AddMonths(1).AddDays(-1));
                    case 91:
                        var quarter = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1).AddMonths(3 * shift);
                        return (quarter, quarter.AddMonths(3).AddDays(-1));
                    case 365:
                        var year = new DateOnly(today.Year + shift, 1, 1);
                        return (year, year.AddYears(1).AddDays(-1));
                    default:
                        return null;
                }

            case DateShape.Month:
                var y = today.Year;
                if (sense == DateSense.Past && spec.Month > today.Month)
                {
                    y--;
                }
                else if (sense == DateSense.Future && spec.Month < today.Month)
                {
                    y++;
                }

                var first = new DateOnly(y, spec.Month, 1);
                return (first, first.AddMonths(1).AddDays(-1));
            case DateShape.EndOf:
                return Resolve(spec, today, sense) is { } end ? (today, end) : null;
            case DateShape.Quarter:
                var quarterStart = QuarterStart(spec, today, sense);
                return (quarterStart, quarterStart.AddMonths(3).AddDays(-1));
            case DateShape.WeekNumber:
                var weekStart = WeekMonday(spec.Day, today, sense);
                return (weekStart, weekStart.AddDays(6));
            default:
                return Resolve(spec, today, sense) is { } day ? (day, day) : null;
        }
    }

    /// <summary>The ISO week a period names ("zeszły tydzień" is last week), or of the day a date names.</summary>
    public static string? Week(DateSpec spec, DateOnly today)
    {
        if (spec.Shape == DateShape.WeekNumber)
        {
            return IsoWeek(WeekMonday(spec.Day, today, DateSense.Past));
        }

        if (spec.Shape == DateShape.Period && spec.Unit == 7)
        {
            var shift = spec.Relation switch { DateRelation.Last => -7, DateRelation.Next => 7, _ => 0 };
            return IsoWeek(today.AddDays(shift));
        }

        return null;
    }

    /// <summary>
    /// The Monday of week N of this year; looking back, a number after this week's is last year's, and looking ahead,
    /// one before it is next year's.
    /// </summary>
    private static DateOnly WeekMonday(int week, DateOnly today, DateSense sense)
    {
        var current = Crm.IsoWeek.Of(today);
        var year = current.Year;
        if (sense == DateSense.Past && week > current.Week)
        {
            year--;
        }
        else if (sense == DateSense.Future && week < current.Week)
        {
            year++;
        }

        var monday = Crm.IsoWeek.MondayOf(new DateOnly(year, 1, 4)).AddDays(7 * (week - 1));
        return Crm.IsoWeek.Of(monday).Year == year ? monday : Crm.IsoWeek.MondayOf(new DateOnly(year, 1, 4)).AddDays(7 * (week - 2));
    }

    /// <summary>
    /// The first day of quarter N: of the year said, else this year's, unless looking ahead it has ended (next year's)
    /// or looking back it has not begun (last year's).
    /// </summary>
    private static DateOnly QuarterStart(DateSpec spec, DateOnly today, DateSense sense)
    {
        var start = new DateOnly(spec.Year > 0 ? spec.Year : today.Year, ((spec.Day - 1) * 3) + 1, 1);
        if (spec.Year == 0 && sense == DateSense.Future && start.AddMonths(3) <= today)
        {
            return start.AddYears(1);
        }

        return spec.Year == 0 && sense == DateSense.Past && start > today ? start.AddYears(-1) : start;
    }

    public static string IsoWeek(DateOnly date) => Crm.IsoWeek.Of(date).ToString();

    private static DateOnly? MonthDay(DateSpec spec, DateOnly today, DateSense sense)
    {
        var year = spec.Year > 0 ? spec.Year : today.Year;
        if (spec.Day > DateTime.DaysInMonth(year, spec.Month))
        {
            return null;
        }

        var date = new DateOnly(year, spec.Month, spec.Day);
        if (spec.Year == 0)
        {
            if (sense == DateSense.Future && date < today)
            {
                date = date.AddYears(1);
            }
            else if (sense == DateSense.Past && date > today)
            {
                date = date.AddYears(-1);
            }
        }

        return date;
    }

    private static DateOnly EndOf(int unit, DateOnly today, DateOnly monday) => unit switch
    {
        7 => today.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? monday.AddDays(11) : monday.AddDays(4),
        30 => new DateOnly(today.Year, today.Month, DateTime.DaysInMonth(today.Year, today.Month)),
        91 => new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1).AddMonths(3).AddDays(-1),
        365 => new DateOnly(today.Year, 12, 31),
        _ => today,
    };

    private static DateOnly LastBefore(DateOnly today, DayOfWeek day)
    {
        var back = ((int)today.DayOfWeek - (int)day + 7) % 7;
        return today.AddDays(back == 0 ? -7 : -back);
    }

    private static DateOnly NextAfter(DateOnly today, DayOfWeek day)
    {
        var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(ahead == 0 ? 7 : ahead);
    }
}
