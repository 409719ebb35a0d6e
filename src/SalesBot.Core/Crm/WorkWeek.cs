namespace SalesBot.Core.Crm;

/// <summary>The days a team works, as flags so "Mon-Fri" and "Sun-Thu" both fit in one column.</summary>
[Flags]
public enum WorkWeek
{
    None = 0,
    Monday = 1,
    Tuesday = 2,
    Wednesday = 4,
    Thursday = 8,
    Friday = 16,
    Saturday = 32,
    Sunday = 64,
    MondayToFriday = Monday | Tuesday | Wednesday | Thursday | Friday,
}

public static class WorkWeekExtensions
{
    private static readonly string[] ShortNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    public static WorkWeek ToFlag(this DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => WorkWeek.Monday,
        DayOfWeek.Tuesday => WorkWeek.Tuesday,
        DayOfWeek.Wednesday => WorkWeek.Wednesday,
        DayOfWeek.Thursday => WorkWeek.Thursday,
        DayOfWeek.Friday => WorkWeek.Friday,
        DayOfWeek.Saturday => WorkWeek.Saturday,
        _ => WorkWeek.Sunday,
    };

    public static bool Includes(this WorkWeek week, DayOfWeek day) => (week & day.ToFlag()) != 0;

    /// <summary>"Mon-Fri", "Mon,Wed,Fri": the form the CLI and chat accept and show.</summary>
    public static string ToDisplay(this WorkWeek week)
    {
        if (week == WorkWeek.MondayToFriday)
        {
            return "Mon-Fri";
        }

        var days = Enumerable.Range(1, 7).Select(i => (DayOfWeek)(i % 7)).Where(d => week.Includes(d));
        return string.Join(',', days.Select(d => ShortNames[(int)d]));
    }

    /// <summary>Reads "Mon-Fri", "Sun-Thu", "Mon,Tue,Thu". Returns false for anything else.</summary>
    public static bool TryParse(string text, out WorkWeek week)
    {
        week = WorkWeek.None;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var range = part.Split('-', StringSplitOptions.TrimEntries);
            if (range.Length is < 1 or > 2 || !TryDay(range[0], out var from))
            {
                return false;
            }

            var to = from;
            if (range.Length == 2 && !TryDay(range[1], out to))
            {
                return false;
            }

            for (var d = from; ; d = (DayOfWeek)(((int)d + 1) % 7))
            {
                week |= d.ToFlag();
                if (d == to)
                {
                    break;
                }
            }
        }

        return week != WorkWeek.None;
    }

    private static bool TryDay(string text, out DayOfWeek day)
    {
        var index = Array.FindIndex(ShortNames, n => text.StartsWith(n, StringComparison.OrdinalIgnoreCase));
        day = (DayOfWeek)Math.Max(index, 0);
        return index >= 0 && text.Length >= 3;
    }
}
