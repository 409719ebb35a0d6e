using System.Globalization;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Admin;

/// <summary>Settings a team can be created or changed with; null leaves a value as it is.</summary>
public sealed record TeamSettings(string? TimeZone = null, TimeOnly? StandupTime = null, string? Currency = null, string? WorkingDays = null)
{
    private static readonly Lazy<HashSet<string>> Currencies = new(() =>
        CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(c => { try { return new RegionInfo(c.Name).ISOCurrencySymbol; } catch (ArgumentException) { return null; } })
            .Where(s => s is { Length: 3 })
            .Select(s => s!)
            .ToHashSet(StringComparer.Ordinal));

    /// <summary>Checks every given value and applies them all, or none; returns the first problem.</summary>
    public string? ApplyTo(Team team)
    {
        if (TimeZone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            return $"unknown time zone '{TimeZone}' (use an IANA name such as Europe/Warsaw)";
        }

        var currency = Currency?.ToUpperInvariant();
        if (currency is not null && !Currencies.Value.Contains(currency))
        {
            return $"unknown currency '{Currency}' (use an ISO 4217 code such as EUR, USD, PLN)";
        }

        var workWeek = team.WorkingDays;
        if (WorkingDays is not null && !WorkWeekExtensions.TryParse(WorkingDays, out workWeek))
        {
            return $"cannot read working days '{WorkingDays}' (try Mon-Fri or Sun-Thu)";
        }

        team.TimeZone = TimeZone ?? team.TimeZone;
        team.StandupTime = StandupTime ?? team.StandupTime;
        team.Currency = currency ?? team.Currency;
        team.WorkingDays = workWeek;
        return null;
    }
}
