using System.Globalization;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Admin;

/// <summary>
/// Settings a team can be created or changed with; null leaves a value as it is. Values other than times are
/// the words the shell takes (<c>team set North --channel-events won,lost --quiet-hours 20:00-08:00</c>), read here
/// so the CLI and chat accept the same forms.
/// </summary>
public sealed record TeamSettings(
    string? TimeZone = null,
    TimeOnly? StandupTime = null,
    string? Currency = null,
    string? WorkingDays = null,
    string? Language = null,
    string? ChannelEvents = null,
    bool? ShowAmountsInChannel = null,
    string? Figures = null,
    string? DigestDay = null,
    TimeOnly? DigestTime = null,
    int? PlanPromptMinutesBefore = null,
    string? QuietHours = null)
{
    public static readonly IReadOnlyList<string> Languages = ["en", "pl", "ru"];

    private static readonly Lazy<HashSet<string>> Currencies = new(() =>
        CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(c => { try { return new RegionInfo(c.Name).ISOCurrencySymbol; } catch (ArgumentException) { return null; } })
            .Where(s => s is { Length: 3 })
            .Select(s => s!)
            .ToHashSet(StringComparer.Ordinal));

    private static readonly (string Word, ChannelEvents Event)[] EventWords =
        [("new-deal", Crm.ChannelEvents.NewDeal), ("stage-move", Crm.ChannelEvents.StageMove), ("won", Crm.ChannelEvents.Won), ("lost", Crm.ChannelEvents.Lost)];

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

        var language = Language?.Trim().ToLowerInvariant();
        if (language is not null && !Languages.Contains(language))
        {
            return $"unknown language '{Language}' (use en, pl or ru)";
        }

        var events = team.ChannelEvents;
        if (ChannelEvents is not null && !TryReadEvents(ChannelEvents, out events))
        {
            return $"cannot read channel events '{ChannelEvents}' (use all, none, or a comma list of new-deal, stage-move, won, lost)";
        }

        var visibility = team.Visibility;
        if (Figures is not null)
        {
            switch (Figures.Trim().ToLowerInvariant())
            {
                case "managers":
                    visibility = TeamVisibility.ManagersOnly;
                    break;
                case "everyone":
                    visibility = TeamVisibility.Everyone;
                    break;
                default:
                    return $"who sees team figures must be managers or everyone, not '{Figures}'";
            }
        }

        var digestDay = team.DigestDay;
        if (DigestDay is not null && !TryReadDay(DigestDay, out digestDay))
        {
            return $"cannot read the digest day '{DigestDay}' (use Mon, Tue, ... Sun)";
        }

        if (PlanPromptMinutesBefore is < 0 or > 720)
        {
            return $"the plan prompt must come 0 to 720 minutes before the stand-up, not {PlanPromptMinutesBefore}";
        }

        var (quietStart, quietEnd) = (team.QuietHoursStart, team.QuietHoursEnd);
        if (QuietHours is not null && !TryReadQuietHours(QuietHours, out quietStart, out quietEnd))
        {
            return $"cannot read quiet hours '{QuietHours}' (use HH:MM-HH:MM such as 20:00-08:00, or off)";
        }

        team.TimeZone = TimeZone ?? team.TimeZone;
        team.StandupTime = StandupTime ?? team.StandupTime;
        team.Currency = currency ?? team.Currency;
        team.WorkingDays = workWeek;
        team.Language = language ?? team.Language;
        team.ChannelEvents = events;
        team.ShowAmountsInChannel = ShowAmountsInChannel ?? team.ShowAmountsInChannel;
        team.Visibility = visibility;
        team.DigestDay = digestDay;
        team.DigestTime = DigestTime ?? team.DigestTime;
        team.PlanPromptMinutesBefore = PlanPromptMinutesBefore ?? team.PlanPromptMinutesBefore;
        team.QuietHoursStart = quietStart;
        team.QuietHoursEnd = quietEnd;
        return null;
    }

    /// <summary>"all", "none", "won,lost", "new-deal, stage-move".</summary>
    public static bool TryReadEvents(string text, out ChannelEvents events)
    {
        events = Crm.ChannelEvents.None;
        var words = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words is [var only] && (only.Equals("all", StringComparison.OrdinalIgnoreCase) || only.Equals("none", StringComparison.OrdinalIgnoreCase)))
        {
            events = only.Equals("all", StringComparison.OrdinalIgnoreCase) ? Crm.ChannelEvents.All : Crm.ChannelEvents.None;
            return true;
        }

        foreach (var word in words)
        {
            var match = EventWords.FirstOrDefault(e => e.Word.Equals(word, StringComparison.OrdinalIgnoreCase));
            if (match.Word is null)
            {
                return false;
            }

            events |= match.Event;
        }

        return words.Length > 0;
    }

    /// <summary>The shell's words for a team's channel events: "all", "none" or "new-deal,won".</summary>
    public static string DescribeEvents(ChannelEvents events) => events switch
    {
        Crm.ChannelEvents.All => "all",
        Crm.ChannelEvents.None => "none",
        _ => string.Join(',', EventWords.Where(e => events.HasFlag(e.Event)).Select(e => e.Word)),
    };

    public static bool TryReadDay(string text, out DayOfWeek day)
    {
        var names = CultureInfo.InvariantCulture.DateTimeFormat.DayNames;
        var index = Array.FindIndex(names, n => text.Trim().Length >= 3 && n.StartsWith(text.Trim(), StringComparison.OrdinalIgnoreCase));
        day = (DayOfWeek)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>"20:00-08:00" (may wrap past midnight), "20-8", or "off".</summary>
    public static bool TryReadQuietHours(string text, out TimeOnly? start, out TimeOnly? end)
    {
        start = end = null;
        if (text.Trim().Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !TryReadTime(parts[0], out var from) || !TryReadTime(parts[1], out var to) || from == to)
        {
            return false;
        }

        (start, end) = (from, to);
        return true;
    }

    /// <summary>"9:30", "09:30", or a bare hour "20".</summary>
    public static bool TryReadTime(string text, out TimeOnly time)
    {
        if (TimeOnly.TryParseExact(text, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time))
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour is >= 0 and < 24)
        {
            time = new TimeOnly(hour, 0);
            return true;
        }

        return false;
    }
}
