using System.Globalization;
using System.Text.RegularExpressions;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Conversation.Parsing;

/// <summary>A period a question asks about, both days inclusive.</summary>
internal readonly record struct Period(DateOnly From, DateOnly To);

/// <summary>Where a period was written.</summary>
internal readonly record struct PeriodHit(Period Period, int Index, int Length);

/// <summary>
/// Reads the period of a question: "this week", "last month", "next quarter", "Q3", "past 2 weeks", "last 7 days",
/// "yesterday", "since Monday", "in October". Weeks run Monday to Sunday.
/// </summary>
internal sealed class PeriodReader
{
    private readonly Vocabulary _v;
    private readonly ContainingRegex _relative;
    private readonly Regex _quarter;
    private readonly PhraseFinder _day;
    private readonly ContainingRegex _since;
    private readonly Regex _month;
    private readonly ContainingRegex _weekday;
    private readonly ContainingRegex _periodEnd;
    private readonly HashSet<string> _last;
    private readonly HashSet<string> _next;
    private readonly HashSet<string> _rolling;

    public PeriodReader(Vocabulary v)
    {
        // Each question reads its period, and most name none: a pattern runs only when the words it needs are in the
        // text (the deadline one, with its optional lead-in, otherwise tries itself at every letter).
        _v = v;
        var units = v.Periods.Keys.Concat(v.DateUnits.Keys).Where(k => !v.PeriodAdverbs.Contains(k, StringComparer.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase);
        var numbers = Phrases.Alt(v.NumberWords.Keys.Where(k => k.Length > 2));
        _relative = Phrases.Containing(v.LastWords.Concat(v.NextWords).Concat(v.ThisWords).Concat(v.RollingPeriodWords), $@"(?<![\w'])(?<mod>{Phrases.Alt(v.LastWords.Concat(v.NextWords).Concat(v.ThisWords))})\s+(?:(?<n>\d{{1,3}}|{numbers})\s+)?(?<unit>{Phrases.Alt(units)})(?![\w'])|(?<![\w'])(?<mod>{Phrases.Join(v.RollingPeriodWords)})\s+(?:(?<n>\d{{1,3}}|{numbers})\s+)?(?<unit>{Phrases.Alt(units)})(?![\w'])");
        _quarter = Phrases.Build($@"(?<![\w])(?:{Phrases.Join(v.QuarterLetters)})(?<q>[1-4])(?:\s*(?<y>\d{{4}}))?(?![\w])");
        _day = Phrases.Find(v.RelativeDays.Keys);
        _since = Phrases.Containing(v.SinceWords, $@"(?<![\w'])(?:{Phrases.Join(v.SinceWords)})\s+(?<rest>.+)$");
        _month = Phrases.Build($@"(?<![\w'])(?:{Phrases.Join(v.MonthPeriodLeads)})?\s*(?<m>{Phrases.Alt(v.Months.Keys.Except(v.ModalMonths, StringComparer.OrdinalIgnoreCase))})(?![\w'])(?!\s*\d)");
        _weekday = Phrases.Containing(v.Weekdays.Keys.Except(v.WeekendWords, StringComparer.OrdinalIgnoreCase), $@"(?<![\w'])(?:(?:{Phrases.Join(v.WeekdayLeads)})\s+)?(?<wd>{Phrases.Alt(v.Weekdays.Keys.Except(v.WeekendWords, StringComparer.OrdinalIgnoreCase))})(?![\w'])");
        _periodEnd = Phrases.Containing(v.PeriodEnds.Keys, $@"(?:(?:{Phrases.Alt(v.DeadlinePrepositions)})\s+)?(?:(?:{Phrases.Join(v.DefiniteArticles)})\s+)?(?<pe>{Phrases.Words(v.PeriodEnds.Keys)})");
        _last = Phrases.Set(v.LastWords);
        _next = Phrases.Set(v.NextWords);
        _rolling = Phrases.Set(v.RollingPeriodWords.Select(Phrases.Key));
    }

    public Period ThisWeek(DateOnly today)
    {
        var monday = Monday(today);
        return new Period(monday, monday.AddDays(6));
    }

    public Period? Read(string text, DateOnly today) => Find(text, today)?.Period;

    public PeriodHit? Find(string text, DateOnly today)
    {
        var m = _relative.Match(text);
        if (m.Success)
        {
            var mod = Phrases.Key(m.Groups["mod"].Value);
            var shift = _last.Contains(mod) || _rolling.Contains(mod) ? -1 : _next.Contains(mod) ? 1 : 0;
            var unit = Unit(m.Groups["unit"].Value);
            if (m.Groups["n"].Success)
            {
                var n = Number(m.Groups["n"].Value);
                var days = unit switch { PeriodUnit.Week => 7 * n, PeriodUnit.Month => 30 * n, PeriodUnit.Quarter => 91 * n, PeriodUnit.Year => 365 * n, _ => n };
                var span = shift >= 0 ? new Period(today, today.AddDays(days - 1)) : new Period(today.AddDays(1 - days), today);
                return new PeriodHit(span, m.Index, m.Length);
            }

            if (_rolling.Contains(mod))
            {
                // "the past week": the seven days up to today.
                var days = unit switch { PeriodUnit.Week => 7, PeriodUnit.Month => 30, PeriodUnit.Quarter => 91, PeriodUnit.Year => 365, _ => 1 };
                return new PeriodHit(new Period(today.AddDays(1 - days), today), m.Index, m.Length);
            }

            if (Of(unit, shift, today) is { } p)
            {
                return new PeriodHit(p, m.Index, m.Length);
            }
        }

        m = _periodEnd.Match(text);
        if (m.Success)
        {
            // "before end of month": from today to the period's last day.
            var end = _v.PeriodEnds[Phrases.Key(m.Groups["pe"].Value)];
            var last = end.Unit switch
            {
                PeriodUnit.Week => Monday(today).AddDays(6 + (7 * end.Ahead)),
                PeriodUnit.Month => new DateOnly(today.Year, today.Month, 1).AddMonths(1 + end.Ahead).AddDays(-1),
                PeriodUnit.Quarter => new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1).AddMonths(3).AddDays(-1),
                _ => new DateOnly(today.Year, 12, 31),
            };
            return new PeriodHit(new Period(today, last), m.Index, m.Length);
        }

        m = _quarter.Match(text);
        if (m.Success)
        {
            var q = m.Groups["q"].Value[0] - '0';
            var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture) : today.Year;
            var from = new DateOnly(year, ((q - 1) * 3) + 1, 1);
            return new PeriodHit(new Period(from, from.AddMonths(3).AddDays(-1)), m.Index, m.Length);
        }

        m = _since.Match(text);
        if (m.Success && DayOf(m.Groups["rest"].Value, today) is { } since && since <= today)
        {
            return new PeriodHit(new Period(since, today), m.Index, m.Length);
        }

        var relative = _day.Match(text);
        if (relative.Success)
        {
            var day = today.AddDays(_v.RelativeDays[Phrases.Key(relative.Value)]);
            return new PeriodHit(new Period(day, day), relative.Index, relative.Length);
        }

        m = _weekday.Match(text);
        if (m.Success)
        {
            var wd = _v.Weekdays[m.Groups["wd"].Value.ToLowerInvariant()];
            var back = ((int)today.DayOfWeek - (int)wd + 7) % 7;
            var day = today.AddDays(-back);
            return new PeriodHit(new Period(day, day), m.Index, m.Length);
        }

        m = _month.Match(text);
        if (m.Success)
        {
            var month = _v.Months[m.Groups["m"].Value.ToLowerInvariant()];
            var from = new DateOnly(today.Year, month, 1);
            return new PeriodHit(new Period(from, from.AddMonths(1).AddDays(-1)), m.Index, m.Length);
        }

        return null;
    }

    private DateOnly? DayOf(string text, DateOnly today)
    {
        var m = _weekday.Match(text);
        if (m.Success && m.Index == 0)
        {
            var wd = _v.Weekdays[m.Groups["wd"].Value.ToLowerInvariant()];
            var back = ((int)today.DayOfWeek - (int)wd + 7) % 7;
            return today.AddDays(-back);
        }

        var relative = _day.Match(text);
        return relative.Success && relative.Index == 0 ? today.AddDays(_v.RelativeDays[Phrases.Key(relative.Value)]) : null;
    }

    private PeriodUnit Unit(string word)
    {
        var key = word.ToLowerInvariant();
        if (_v.Periods.TryGetValue(key, out var period))
        {
            return period;
        }

        return _v.DateUnits.TryGetValue(key, out var days) ? days switch { 7 => PeriodUnit.Week, 30 => PeriodUnit.Month, _ => PeriodUnit.Day } : PeriodUnit.Day;
    }

    private int Number(string word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : _v.NumberWords.GetValueOrDefault(Phrases.Key(word), 1);

    private static Period? Of(PeriodUnit unit, int shift, DateOnly today)
    {
        switch (unit)
        {
            case PeriodUnit.Day:
                var day = today.AddDays(shift);
                return new Period(day, day);
            case PeriodUnit.Week:
                var monday = Monday(today).AddDays(7 * shift);
                return new Period(monday, monday.AddDays(6));
            case PeriodUnit.Month:
                var first = new DateOnly(today.Year, today.Month, 1).AddMonths(shift);
                return new Period(first, first.AddMonths(1).AddDays(-1));
            case PeriodUnit.Quarter:
                var q = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1).AddMonths(3 * shift);
                return new Period(q, q.AddMonths(3).AddDays(-1));
            case PeriodUnit.Year:
                var y = new DateOnly(today.Year + shift, 1, 1);
                return new Period(y, y.AddYears(1).AddDays(-1));
            default:
                return null;
        }
    }

    private static DateOnly Monday(DateOnly today) => IsoWeek.MondayOf(today);
}
