using System.Globalization;
using Humanizer;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Conversation.Replies;

/// <summary>Short, phone-friendly renderings: "€40K", "2 days ago", "3 meetings", "Nov 18".</summary>
public static class Format
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static string Money(decimal? amount, string? currency)
    {
        if (amount is null)
        {
            return "";
        }

        var value = amount.Value;
        var number = Math.Abs(value) < 1000
            ? value.ToString("0.##", CultureInfo.InvariantCulture)
            : ((double)value).ToMetric(decimals: 1).Replace(".0", "", StringComparison.Ordinal).ToUpperInvariant();
        return currency switch
        {
            "EUR" => $"€{number}",
            "USD" => $"${number}",
            "GBP" => $"£{number}",
            "PLN" => $"{number} zł",
            null or "" => number,
            _ => $"{number} {currency}",
        };
    }

    /// <summary>Sums per currency: "€40K + $12K".</summary>
    public static string MoneyTotals(IEnumerable<(decimal? Amount, string? Currency)> amounts)
    {
        var totals = amounts.Where(a => a.Amount is not null)
            .GroupBy(a => a.Currency ?? "")
            .Select(g => Money(g.Sum(a => a.Amount), g.Key))
            .ToList();
        return string.Join(" + ", totals);
    }

    public static string Ago(DateOnly day, DateOnly today)
    {
        var days = today.DayNumber - day.DayNumber;
        return days switch
        {
            0 => "today",
            1 => "yesterday",
            -1 => "tomorrow",
            _ => day.ToDateTime(TimeOnly.MinValue).Humanize(utcDate: false, dateToCompareAgainst: today.ToDateTime(TimeOnly.MinValue), culture: English),
        };
    }

    public static string Day(DateOnly day, DateOnly today)
    {
        var delta = day.DayNumber - today.DayNumber;
        return delta switch
        {
            0 => "today",
            1 => "tomorrow",
            -1 => "yesterday",
            _ => day.Year == today.Year ? day.ToString("ddd MMM d", English) : day.ToString("MMM d yyyy", English),
        };
    }

    public static string Quantity(string noun, int count) => noun.ToQuantity(count);

    public static string Noun(ActivityType type) => type switch
    {
        ActivityType.Meeting => "meeting",
        ActivityType.Call => "call",
        ActivityType.Email => "email",
        ActivityType.Demo => "demo",
        ActivityType.Visit => "visit",
        _ => "note",
    };

    public static string Stage(DealStage stage) => stage.ToString();

    /// <summary>"a call", "an email".</summary>
    public static string WithArticle(string noun) => ("aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;

    /// <summary>Keeps stored names printable: control characters out, whitespace collapsed, length bounded.</summary>
    public static string CleanName(string text, int max = 120)
    {
        var chars = text.Where(c => !char.IsControl(c) || c == ' ').ToArray();
        var clean = string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return clean.Length <= max ? clean : clean[..max].TrimEnd();
    }

    public static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
