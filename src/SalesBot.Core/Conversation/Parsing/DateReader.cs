using System.Globalization;
using System.Text.RegularExpressions;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Conversation.Parsing;

/// <summary>Which way an ambiguous date points: activities happened, tasks and close dates are ahead.</summary>
public enum DateSense { Past, Future }

/// <summary>A date found in a message, where it was (with its preposition), and whether its words fix its direction.</summary>
internal readonly record struct DateHit(DateOnly Date, int Index, int Length, bool FutureWords, bool PastWords);

/// <summary>A time of day found in a message.</summary>
internal readonly record struct TimeHit(TimeOnly Time, int Index, int Length);

/// <summary>
/// Reads one date out of a message, relative to today and a <see cref="DateSense"/>:
/// ISO (2026-12-15), dotted day.month (15.12), slashed month/day, month names (Dec 15, 15th of December),
/// relative days (yesterday, tomorrow), "N days ago", "in 2 weeks", weekdays with last/next/this/on,
/// "next week", "end of month". A month-day without a year is the next one not passed (Future) or the
/// last one reached (Past); a bare weekday is the nearest one strictly before or after today.
/// "next Friday" is Friday of next week; "last Friday" is the most recent Friday before today.
/// </summary>
internal sealed class DateReader
{
    private readonly Vocabulary _v;
    private readonly Regex _iso;
    private readonly Regex _dotted;
    private readonly Regex _slashed;
    private readonly ContainingRegex _monthDay;
    private readonly ContainingRegex _dayMonth;
    private readonly ContainingRegex _relative;
    private readonly ContainingRegex _ago;
    private readonly ContainingRegex _fromNow;
    private readonly ContainingRegex _in;
    private readonly ContainingRegex _weekday;
    private readonly ContainingRegex _periodEnd;
    private readonly ContainingRegex _period;
    private readonly Regex _quarter;
    private readonly ContainingRegex _beforeLast;
    private readonly ContainingRegex _monthOnly;
    private readonly Regex _ordinalDay;
    private readonly string[] _monthLeads;
    private readonly Regex _weekNumber;
    private readonly Regex _time;
    private readonly PhraseFinder _noon;
    private readonly Regex _bareHourAfterAt;
    private readonly string[] _prepositions;
    private readonly string[] _modifiers;
    private readonly string[] _atWords;

    // The rules ask about the same message text several times; remember the last answer per thread.
    [ThreadStatic]
    private static DateMemo? t_memo;

    /// <summary>"anna sat in", "sat with the CFO": a weekday spelled like a verb, before a word that only follows the verb.</summary>
    private static string VerbTail(Vocabulary v) =>
        v.WeekdayVerbs.Count == 0 || v.WeekdayVerbTails.Count == 0 ? string.Empty : $@"|(?<=\b(?:{Phrases.Alt(v.WeekdayVerbs)}))\s+(?:{Phrases.Alt(v.WeekdayVerbTails)})\b";

    private readonly Regex _weekOf;

    public DateReader(Vocabulary v)
    {
        _weekOf = Phrases.Build(v.WeekOfLeads.Count == 0 ? "(?!)" : $@"(?<![\w'])(?:{Phrases.Alt(v.WeekOfLeads)})\s+");
        _v = v;
        // Prepositions ("on", "by") and "the" before a date are found by looking back from a match
        // (see ExtendBack): a leading optional group would stop the regex engine from jumping to candidates.
        _prepositions = v.DatePrepositions.Concat(v.DefiniteArticles).Concat(v.PeriodEndLeads).OrderByDescending(p => p.Length).ToArray();
        _atWords = [.. v.AtWords];
        _modifiers = v.LastWords.Concat(v.NextWords).Concat(v.ThisWords).OrderByDescending(p => p.Length).ToArray();
        var ordinal = $"(?:{Phrases.Join(v.OrdinalSuffixes)})";
        var the = $"(?:{Phrases.Join(v.DefiniteArticles)})";
        var of = $"(?:{Phrases.Join(v.OfWords)})";
        var dayPart = $@"(?:\s+(?:(?:{Phrases.Join(v.DayPartLeads)})\s+)?(?:{Phrases.Alt(v.DayParts)})(?![\w']))?";
        var months = Phrases.Alt(v.Months.Keys);
        var numbers = Phrases.Alt(v.NumberWords.Keys);
        var units = Phrases.Alt(v.DateUnits.Keys);
        var weekdays = Phrases.Alt(v.Weekdays.Keys);
        var notMoney = $@"(?!\s*(?:{Phrases.Alt(v.Multipliers.Keys.Concat(v.Currencies.Keys).Where(k => char.IsLetter(k[0])))}|%)(?![\w]))";
        _iso = Phrases.Build($@"(?<![\w.])(?<y>\d{{4}})-(?<m>\d{{1,2}})-(?<d>\d{{1,2}})(?![\w])");
        _dotted = Phrases.Build($@"(?<![\w.,$€£])(?<d>\d{{1,2}})\.(?<m>\d{{1,2}})(?:\.(?<y>\d{{4}}|\d{{2}}))?(?![\d]|[.,]\d){notMoney}");
        _slashed = Phrases.Build($@"(?<![\w/])(?<a>\d{{1,2}})/(?<b>\d{{1,2}})(?:/(?<y>\d{{4}}|\d{{2}}))?(?![\w/])");
        _monthDay = Phrases.Containing(v.Months.Keys, $@"\b(?<m>{months})\.?\s+(?<d>\d{{1,2}}){ordinal}?(?![\w])(?:,?\s+(?<y>\d{{4}})(?!\d))?");
        _dayMonth = Phrases.Containing(v.Months.Keys, $@"(?<![\w.,])(?<d>\d{{1,2}}){ordinal}?\s+(?:{of}\s+)?(?<m>{months})(?![\w'])\.?(?:,?\s+(?<y>\d{{4}})(?!\d))?");
        _relative = Phrases.Containing(v.RelativeDays.Keys, $@"(?<rd>{Phrases.Words(v.RelativeDays.Keys)}){dayPart}");
        _ago = Phrases.Containing(v.AgoWords, $@"(?<![\w'])(?<n>\d+|{numbers})\s+(?<u>{units})\s+(?:{Phrases.Alt(v.AgoWords)})(?![\w'])");
        // "2 weeks from now", "a week from today": a count of units ahead, said after them.
        // "2 weeks from now", "a week from tomorrow": counted from today, or from tomorrow when it says so.
        var fromTomorrow = v.FromTomorrowWords.Count == 0 ? "(?!)" : Phrases.Alt(v.FromTomorrowWords);
        _fromNow = Phrases.Containing(v.FromTodayWords.Concat(v.FromTomorrowWords), v.FromTodayWords.Count == 0 ? "(?!)" : $@"(?<![\w'])(?:(?:{Phrases.Alt(v.InWords)})\s+)?(?<n>\d+|{numbers})\s+(?<u>{units})\s+(?:(?<tomorrow>{fromTomorrow})|{Phrases.Alt(v.FromTodayWords)})(?![\w'])");
        _in = Phrases.Containing(v.InWords, $@"(?<![\w'])(?:{Phrases.Alt(v.InWords)})\s+(?<n>\d+|{numbers})\s+(?<u>{units})(?![\w'])(?:\s+(?:{Phrases.Join(v.FromNowWords)}))?");
        _weekday = Phrases.Containing(v.Weekdays.Keys, $@"\b(?<wd>{weekdays})\b(?!\s+(?:{Phrases.Join(v.NotAfterWeekday)})\b|{Phrases.Join(v.PossessiveSuffixes)}{VerbTail(v)})\.?{dayPart}");
        _ordinalDay = Phrases.Build($@"\b{the}\s+(?<d>\d{{1,2}}){ordinal}\b(?!\s+{of}\b)|\b(?<d>\d{{1,2}}){ordinal}\b(?!\s+(?:{of}\b|\w))");
        _periodEnd = Phrases.Containing(v.PeriodEnds.Keys, $@"(?<pe>{Phrases.Words(v.PeriodEnds.Keys)})");
        _period = Phrases.Containing(v.LastWords.Concat(v.NextWords).Concat(v.ThisWords), $@"\b(?<mod>{Phrases.Alt(v.LastWords.Concat(v.NextWords).Concat(v.ThisWords))})\s+(?<p>{Phrases.Alt(v.Periods.Keys)})(?:{Phrases.Join(v.PossessiveSuffixes)})?(?![\w'])");
        _beforeLast = Phrases.Containing(v.BeforeLastWords, v.BeforeLastWords.Count == 0 ? "(?!)" : $@"\b(?:(?:{Phrases.Words(v.GiveDeterminers)})\s+)?(?<p>{Phrases.Alt(v.Periods.Keys)})\s+(?:{Phrases.Alt(v.BeforeLastWords)})(?![\w'])");
        _quarter = Phrases.Build($@"\b(?:{Phrases.Join(v.QuarterLetters)})(?<q>[1-4])(?:\s*(?<y>\d{{4}}))?(?![\w])");
        _monthOnly = Phrases.Containing(v.Months.Keys, $@"\b(?<m>{months})\b(?!\s*\d)");
        _monthLeads = v.MonthLeads.Keys.OrderByDescending(k => k.Length).ToArray();
        _weekNumber = Phrases.Build($@"(?<![\w])(?:(?<y>\d{{4}})-?(?:{Phrases.Join(v.IsoWeekLetters)})(?<w>\d{{1,2}})|(?:{Phrases.Join(v.WeekNumberWords)})\s*#?(?<w>\d{{1,2}}))(?![\w])");
        _time = Phrases.Build(
            $@"(?:(?<![\w'])(?:{Phrases.Join(v.TimeLeads)})\s+)?(?<![\w.:])(?:(?<h>\d{{1,2}})(?::(?<min>\d{{2}}))?\s*(?<ap>{Phrases.Alt(v.AmWords.Concat(v.PmWords))})(?![\w])|(?<h>\d{{1,2}}):(?<min>\d{{2}})(?![\w]|:\d)|(?<noon>{Phrases.Alt(v.NoonWords)})(?![\w']))");
        _noon = Phrases.Find(v.NoonWords);
        _bareHourAfterAt = Phrases.Build($@"(?<![\w'])(?:{Phrases.Join(v.BareHourLeads)})\s+(?<h>\d{{1,2}})(?![\w.,:])(?!\s*(?:{units}|%|(?:{Phrases.Join(v.ShortMultipliers)})\b|{Phrases.Alt(v.Currencies.Keys.Where(k => char.IsLetter(k[0])))}))");
    }

    /// <summary>Finds the first date expression; <paramref name="hit"/> covers it and its preposition so it can be cut out.</summary>
    public bool TryRead(string text, DateOnly today, DateSense sense, out DateHit hit)
    {
        var memo = t_memo ??= new DateMemo();
        if (memo.Matches(this, text, today, sense, out var found, out hit))
        {
            return found;
        }

        found = TryReadCore(text, today, sense, out hit);
        if (found)
        {
            var start = ExtendBack(text, hit.Index);
            hit = hit with { Index = start, Length = hit.Index + hit.Length - start };
        }

        memo.Remember(this, text, today, sense, found, hit);
        return found;
    }

    private bool TryReadCore(string text, DateOnly today, DateSense sense, out DateHit hit)
    {
        hit = default;
        if (text.Length == 0)
        {
            return false;
        }

        var digits = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

        Match m;
        if (digits && (m = _iso.Match(text)).Success && TryMake(int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture), Int(m, "m"), Int(m, "d"), out var iso))
        {
            hit = new DateHit(iso, m.Index, m.Length, false, false);
            return true;
        }

        for (m = digits ? _monthDay.Match(text) : Match.Empty; m.Success; m = m.NextMatch())
        {
            if (TryMonthDay(_v.Months[m.Groups["m"].Value.ToLowerInvariant()], Int(m, "d"), m.Groups["y"], today, sense, out var date))
            {
                hit = new DateHit(date, m.Index, m.Length, false, false);
                return true;
            }
        }

        for (m = digits ? _dayMonth.Match(text) : Match.Empty; m.Success; m = m.NextMatch())
        {
            if (TryMonthDay(_v.Months[m.Groups["m"].Value.ToLowerInvariant()], Int(m, "d"), m.Groups["y"], today, sense, out var date))
            {
                hit = new DateHit(date, m.Index, m.Length, false, false);
                return true;
            }
        }

        for (m = digits ? _dotted.Match(text) : Match.Empty; m.Success; m = m.NextMatch())
        {
            if (TryMonthDay(Int(m, "m"), Int(m, "d"), m.Groups["y"], today, sense, out var date))
            {
                hit = new DateHit(date, m.Index, m.Length, false, false);
                return true;
            }
        }

        for (m = digits ? _slashed.Match(text) : Match.Empty; m.Success; m = m.NextMatch())
        {
            var a = Int(m, "a");
            var b = Int(m, "b");
            // Month/day as reps in the US write it, unless only day/month can be valid.
            var (month, day) = a > 12 ? (b, a) : (a, b);
            if (TryMonthDay(month, day, m.Groups["y"], today, sense, out var date))
            {
                hit = new DateHit(date, m.Index, m.Length, false, false);
                return true;
            }
        }

        // Before a relative day: "a week from today" is a week ahead, not today.
        if ((m = _fromNow.Match(text)).Success)
        {
            var from = m.Groups["tomorrow"].Success ? today.AddDays(1) : today;
            var date = Shift(from, Number(m.Groups["n"].Value), _v.DateUnits[m.Groups["u"].Value.ToLowerInvariant()]);
            hit = new DateHit(date, m.Index, m.Length, true, false);
            return true;
        }

        if ((m = _relative.Match(text)).Success)
        {
            var offset = _v.RelativeDays[Phrases.Key(m.Groups["rd"].Value)];
            hit = new DateHit(today.AddDays(offset), m.Index, m.Length, offset > 0, offset < 0);
            return true;
        }

        if (HasAny(text, _v.AgoWords) && (m = _ago.Match(text)).Success)
        {
            var date = Shift(today, -Number(m.Groups["n"].Value), _v.DateUnits[m.Groups["u"].Value.ToLowerInvariant()]);
            hit = new DateHit(date, m.Index, m.Length, false, true);
            return true;
        }

        if ((m = _in.Match(text)).Success)
        {
            var from = m.Groups["tomorrow"].Success ? today.AddDays(1) : today;
            var date = Shift(from, Number(m.Groups["n"].Value), _v.DateUnits[m.Groups["u"].Value.ToLowerInvariant()]);
            hit = new DateHit(date, m.Index, m.Length, true, false);
            return true;
        }

        if ((m = _periodEnd.Match(text)).Success)
        {
            var period = _v.PeriodEnds[Phrases.Key(m.Groups["pe"].Value)];
            hit = new DateHit(EndOf(period, today), m.Index, m.Length, true, false);
            return true;
        }

        for (m = _monthOnly.Match(text); m.Success; m = m.NextMatch())
        {
            var start = m.Index;
            if (Preceding(text, ref start, _monthLeads) is not { } lead)
            {
                continue;
            }

            var month = _v.Months[m.Groups["m"].Value.ToLowerInvariant()];
            var year = sense == DateSense.Future && month < today.Month ? today.Year + 1
                : sense == DateSense.Past && month > today.Month ? today.Year - 1 : today.Year;
            var day = Math.Min(_v.MonthLeads[lead], DateTime.DaysInMonth(year, month));
            hit = new DateHit(new DateOnly(year, month, day), start, m.Index + m.Length - start, false, false);
            return true;
        }

        for (m = digits ? _ordinalDay.Match(text) : Match.Empty; m.Success; m = m.NextMatch())
        {
            // "on the 12th": this month's day, or the next/previous month's when it is on the wrong side of today.
            var d = Int(m, "d");
            var first = new DateOnly(today.Year, today.Month, 1);
            var month = d >= today.Day == (sense == DateSense.Future) || d == today.Day ? first : first.AddMonths(sense == DateSense.Future ? 1 : -1);
            if (d >= 1 && d <= DateTime.DaysInMonth(month.Year, month.Month))
            {
                hit = new DateHit(new DateOnly(month.Year, month.Month, d), m.Index, m.Length, false, false);
                return true;
            }
        }

        for (m = digits ? _quarter.Match(text) : Match.Empty; m.Success; m = m.NextMatch())
        {
            if (!Preceded(text, m.Index) || InName(text, m))
            {
                continue;
            }

            var q = Int(m, "q");
            var year = m.Groups["y"].Success ? Int(m, "y") : today.Year;
            var end = new DateOnly(year, q * 3, 1).AddMonths(1).AddDays(-1);
            if (!m.Groups["y"].Success && sense == DateSense.Future && end < today)
            {
                end = end.AddYears(1);
            }

            hit = new DateHit(end, m.Index, m.Length, false, false);
            return true;
        }

        if ((m = _weekday.Match(text)).Success)
        {
            var day = _v.Weekdays[m.Groups["wd"].Value.ToLowerInvariant()];
            var start = m.Index;
            var mod = Preceding(text, ref start, _modifiers) ?? string.Empty;
            var date = WeekdayDate(day, mod, today, sense);
            hit = new DateHit(date, start, m.Index + m.Length - start, IsIn(_v.NextWords, mod), IsIn(_v.LastWords, mod));
            return true;
        }

        if ((m = _period.Match(text)).Success)
        {
            var mod = Phrases.Key(m.Groups["mod"].Value);
            var period = _v.Periods[m.Groups["p"].Value.ToLowerInvariant()];
            var date = PeriodDate(period, mod, today, sense);
            hit = new DateHit(date, m.Index, m.Length, IsIn(_v.NextWords, mod), IsIn(_v.LastWords, mod));
            return true;
        }

        return false;
    }

    /// <summary>Reads an ISO week ("this week", "last week", "week 46", "2026-W46") relative to today.</summary>
    public bool TryReadWeek(string text, DateOnly today, out string week, out int index, out int length)
    {
        week = string.Empty;
        index = length = 0;
        var m = _weekNumber.Match(text);
        if (m.Success)
        {
            var year = m.Groups["y"].Success ? Int(m, "y") : ISOWeek.GetYear(today.ToDateTime(TimeOnly.MinValue));
            var number = Int(m, "w");
            if (number is >= 1 and <= 53)
            {
                week = new Crm.IsoWeek(year, number).ToString();
                (index, length) = (m.Index, m.Length);
                return true;
            }
        }

        // "the week before last": two back from this one.
        m = _beforeLast.Match(text);
        if (m.Success && _v.Periods[m.Groups["p"].Value.ToLowerInvariant()] == PeriodUnit.Week)
        {
            week = IsoWeek(today.AddDays(-14));
            (index, length) = (m.Index, m.Length);
            return true;
        }

        m = _period.Match(text);
        if (m.Success && _v.Periods[m.Groups["p"].Value.ToLowerInvariant()] == PeriodUnit.Week)
        {
            var mod = Phrases.Key(m.Groups["mod"].Value);
            var shift = IsIn(_v.LastWords, mod) ? -7 : IsIn(_v.NextWords, mod) ? 7 : 0;
            week = IsoWeek(today.AddDays(shift));
            (index, length) = (m.Index, m.Length);
            return true;
        }

        // "kpis for the week of nov 2", "w/c 9 nov": the week that holds the day.
        m = _weekOf.Match(text);
        if (m.Success && TryRead(text[(m.Index + m.Length)..], today, DateSense.Past, out var day) && day.Index == 0)
        {
            week = IsoWeek(day.Date);
            (index, length) = (m.Index, m.Length + day.Length);
            return true;
        }

        m = _ago.Match(text);
        if (m.Success && _v.DateUnits[m.Groups["u"].Value.ToLowerInvariant()] == 7)
        {
            week = IsoWeek(today.AddDays(-7 * Number(m.Groups["n"].Value)));
            (index, length) = (m.Index, m.Length);
            return true;
        }

        return false;
    }

    /// <summary>Finds a time of day: "3pm", "9:30", "at 9", "noon".</summary>
    public bool TryReadTime(string text, out TimeHit hit)
    {
        hit = default;
        // Every time has a digit but "noon": a text with neither holds none.
        var digits = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        if (!digits && !_noon.IsMatch(text))
        {
            return false;
        }

        var m = _time.Match(text);
        if (!m.Success && digits)
        {
            m = _bareHourAfterAt.Match(text);
        }

        if (!m.Success)
        {
            return false;
        }

        if (m.Groups["noon"].Success)
        {
            hit = new TimeHit(new TimeOnly(12, 0), m.Index, m.Length);
            return true;
        }

        var hour = Int(m, "h");
        var minute = m.Groups["min"].Success ? Int(m, "min") : 0;
        if (m.Groups["ap"].Success)
        {
            var pm = IsIn(_v.PmWords, Phrases.Key(m.Groups["ap"].Value));
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = pm ? (hour % 12) + 12 : hour % 12;
        }
        else if (!m.Groups["min"].Success && hour is >= 1 and <= 7)
        {
            // "at 3" in a working day means the afternoon.
            hour += 12;
        }

        if (hour > 23 || minute > 59)
        {
            return false;
        }

        hit = new TimeHit(new TimeOnly(hour, minute), m.Index, m.Length);
        return true;
    }

    /// <summary>Whether a preposition is written just before <paramref name="index"/> ("by Q2", not "Q1 renewal").</summary>
    private bool Preceded(string text, int index) => Preceding(text, ref index, _prepositions) is not null;

    /// <summary>
    /// "call Dana at Q4 Logistics", "met the team at q4 media": a quarter said after "at" or before a capitalised word
    /// is part of a company's name; a quarter as a time is "by Q4", "in Q1 2027", "end of Q3".
    /// </summary>
    private bool InName(string text, Match quarter)
    {
        var start = quarter.Index;
        if (Preceding(text, ref start, _atWords) is not null)
        {
            return true;
        }

        var next = quarter.Index + quarter.Length;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        if (next == quarter.Index + quarter.Length || next >= text.Length || !char.IsUpper(text[next]))
        {
            return false;
        }

        var stop = next;
        while (stop < text.Length && char.IsLetter(text[stop]))
        {
            stop++;
        }

        var word = text[next..stop];
        return word.Length > 1 && !_v.Months.ContainsKey(word) && !_v.Weekdays.ContainsKey(word);
    }

    /// <summary>Moves a date's start back over "the", "end of" and a preposition written before it.</summary>
    private int ExtendBack(string text, int index)
    {
        for (var i = 0; i < 3; i++)
        {
            if (Preceding(text, ref index, _prepositions) is null)
            {
                break;
            }
        }

        return index;
    }

    /// <summary>The phrase of <paramref name="phrases"/> that ends just before <paramref name="index"/> (one space apart), moving the index to its start.</summary>
    private static string? Preceding(string text, ref int index, string[] phrases)
    {
        var end = index;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        if (end == index)
        {
            return null;
        }

        var before = text.AsSpan(0, end);
        foreach (var phrase in phrases)
        {
            if (before.EndsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && (before.Length == phrase.Length || !char.IsLetterOrDigit(before[before.Length - phrase.Length - 1])))
            {
                index = end - phrase.Length;
                return phrase;
            }
        }

        return null;
    }

    private sealed class DateMemo
    {
        private readonly Entry[] _entries = new Entry[2];

        public bool Matches(DateReader reader, string text, DateOnly today, DateSense sense, out bool found, out DateHit hit)
        {
            ref var e = ref _entries[(int)sense];
            if (ReferenceEquals(e.Reader, reader) && e.Today == today && string.Equals(e.Text, text, StringComparison.Ordinal))
            {
                (found, hit) = (e.Found, e.Hit);
                return true;
            }

            (found, hit) = (false, default);
            return false;
        }

        public void Remember(DateReader reader, string text, DateOnly today, DateSense sense, bool found, DateHit hit) =>
            _entries[(int)sense] = new Entry(reader, text, today, found, hit);

        private readonly record struct Entry(DateReader? Reader, string? Text, DateOnly Today, bool Found, DateHit Hit);
    }

    public static string IsoWeek(DateOnly date) => Crm.IsoWeek.Of(date).ToString();

    private int Number(string word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : _v.NumberWords.GetValueOrDefault(Phrases.Key(word), 1);

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool HasAny(string text, IReadOnlyList<string> words)
    {
        foreach (var w in words)
        {
            if (text.Contains(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIn(IReadOnlyList<string> words, string key)
    {
        foreach (var w in words)
        {
            if (string.Equals(w, key, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static DateOnly Shift(DateOnly today, int n, int unitDays) =>
        unitDays == 30 ? today.AddMonths(n) : today.AddDays(n * unitDays);

    private static bool TryMake(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryMonthDay(int month, int day, Group yearGroup, DateOnly today, DateSense sense, out DateOnly date)
    {
        if (yearGroup.Success)
        {
            var year = int.Parse(yearGroup.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            return TryMake(year < 100 ? 2000 + year : year, month, day, out date);
        }

        if (!TryMake(today.Year, month, day, out date) && !TryMake(today.Year + (sense == DateSense.Future ? 1 : -1), month, day, out date))
        {
            return false;
        }

        if (sense == DateSense.Future && date < today)
        {
            return TryMake(today.Year + 1, month, day, out date);
        }

        if (sense == DateSense.Past && date > today)
        {
            return TryMake(today.Year - 1, month, day, out date);
        }

        return true;
    }

    private DateOnly WeekdayDate(DayOfWeek day, string mod, DateOnly today, DateSense sense)
    {
        var monday = Crm.IsoWeek.MondayOf(today);
        var inWeek = monday.AddDays(((int)day + 6) % 7);
        if (IsIn(_v.NextWords, mod))
        {
            return IsIn(_v.NextWeekWords, mod) ? inWeek.AddDays(7) : NextAfter(today, day);
        }

        if (IsIn(_v.LastWords, mod))
        {
            return LastBefore(today, day);
        }

        if (IsIn(_v.ThisWords, mod))
        {
            return inWeek;
        }

        return sense == DateSense.Past ? LastBefore(today, day) : NextAfter(today, day);
    }

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

    private DateOnly PeriodDate(PeriodUnit period, string mod, DateOnly today, DateSense sense)
    {
        var shift = IsIn(_v.NextWords, mod) ? 1 : IsIn(_v.LastWords, mod) ? -1 : 0;
        var monday = Crm.IsoWeek.MondayOf(today);
        return period switch
        {
            PeriodUnit.Week when shift != 0 => monday.AddDays(7 * shift),
            PeriodUnit.Month when shift != 0 => new DateOnly(today.Year, today.Month, 1).AddMonths(shift),
            PeriodUnit.Year when shift != 0 => new DateOnly(today.Year + shift, 1, 1),
            PeriodUnit.Quarter when shift != 0 => new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1).AddMonths(3 * shift),
            _ => sense == DateSense.Future ? EndOf(new PeriodEnd(period), today) : today,
        };
    }

    private static DateOnly EndOf(PeriodEnd period, DateOnly today)
    {
        var monday = Crm.IsoWeek.MondayOf(today);
        return period.Unit switch
        {
            PeriodUnit.Week when period.Ahead > 0 => monday.AddDays(4 + (7 * period.Ahead)),
            PeriodUnit.Week => today.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? monday.AddDays(11) : monday.AddDays(4),
            PeriodUnit.Month => new DateOnly(today.Year, today.Month, 1).AddMonths(1 + period.Ahead).AddDays(-1),
            PeriodUnit.Quarter => new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1).AddMonths(3).AddDays(-1),
            PeriodUnit.Year => new DateOnly(today.Year, 12, 31),
            _ => today,
        };
    }
}
