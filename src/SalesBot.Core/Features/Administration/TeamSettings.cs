using System.Globalization;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Administration;

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
    string? QuietHours = null,
    bool? DigestInChannel = null)
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

    /// <summary>The names chat uses (set_team_setting's "wins,stage_moves,new_deals"), read as the shell's words.</summary>
    private static readonly Dictionary<string, string> EventAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["new_deal"] = "new-deal", ["new_deals"] = "new-deal", ["new-deals"] = "new-deal", ["deals"] = "new-deal",
        ["stage_move"] = "stage-move", ["stage_moves"] = "stage-move", ["stage-moves"] = "stage-move", ["moves"] = "stage-move",
        ["win"] = "won", ["wins"] = "won", ["loss"] = "lost", ["losses"] = "lost",
    };

    /// <summary>The setting names of set_team_setting (snake_case, as the parser writes them).</summary>
    public static readonly IReadOnlyList<string> SettingNames =
    [
        "digest_in_channel", "amounts_in_channel", "team_figures", "standup_time", "digest_day", "digest_time", "quiet_hours",
        "plan_prompt_lead", "time_zone", "currency", "language", "channel_events", "working_days",
    ];

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
        team.DigestInChannel = DigestInChannel ?? team.DigestInChannel;
        return null;
    }

    /// <summary>
    /// One setting as chat names it ("standup_time", "09:30"), as the shell's options would carry it; null for a
    /// name that is no setting. Values are checked by <see cref="ApplyTo"/>, the one rule for shell and chat.
    /// </summary>
    public static TeamSettings? FromSetting(string name, string value, out string? error)
    {
        error = null;
        var v = value.Trim();
        switch (name)
        {
            case "digest_in_channel" or "amounts_in_channel":
                if (!TryReadSwitch(v, out var on))
                {
                    error = $"'{value}' is not on or off";
                    return null;
                }

                return name == "digest_in_channel" ? new TeamSettings(DigestInChannel: on) : new TeamSettings(ShowAmountsInChannel: on);
            case "standup_time" or "digest_time":
                if (!TryReadTime(v, out var time))
                {
                    error = $"cannot read the time '{value}' (use HH:MM such as 09:30)";
                    return null;
                }

                return name == "standup_time" ? new TeamSettings(StandupTime: time) : new TeamSettings(DigestTime: time);
            case "plan_prompt_lead":
                if (!int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
                {
                    error = $"the plan prompt lead is a number of minutes, not '{value}'";
                    return null;
                }

                return new TeamSettings(PlanPromptMinutesBefore: minutes);
            case "team_figures":
                return new TeamSettings(Figures: v);
            case "digest_day":
                return new TeamSettings(DigestDay: v);
            case "quiet_hours":
                return new TeamSettings(QuietHours: v);
            case "time_zone":
                return new TeamSettings(TimeZone: v);
            case "currency":
                return new TeamSettings(Currency: v);
            case "language":
                return new TeamSettings(Language: v);
            case "channel_events":
                return new TeamSettings(ChannelEvents: v);
            case "working_days":
                return new TeamSettings(WorkingDays: v);
            default:
                error = $"there is no team setting '{name}'";
                return null;
        }
    }

    /// <summary>A team's current value of one setting, in the form <see cref="FromSetting"/> reads back ("on", "09:30", "monday", "20:00-08:00").</summary>
    public static string Describe(Team team, string name) => name switch
    {
        "digest_in_channel" => Switch(team.DigestInChannel),
        "amounts_in_channel" => Switch(team.ShowAmountsInChannel),
        "team_figures" => team.Visibility == TeamVisibility.Everyone ? "everyone" : "managers",
        "standup_time" => Time(team.StandupTime),
        "digest_day" => team.DigestDay.ToString().ToLowerInvariant(),
        "digest_time" => Time(team.DigestTime),
        "quiet_hours" => team.QuietHoursStart is { } start && team.QuietHoursEnd is { } end ? $"{Time(start)}-{Time(end)}" : "off",
        "plan_prompt_lead" => team.PlanPromptMinutesBefore.ToString(CultureInfo.InvariantCulture),
        "time_zone" => team.TimeZone,
        "currency" => team.Currency,
        "language" => team.Language,
        "channel_events" => DescribeEvents(team.ChannelEvents),
        "working_days" => team.WorkingDays.ToDisplay(),
        _ => "",
    };

    private static string Switch(bool on) => on ? "on" : "off";

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"on"/"off" as the parser writes them; "true"/"yes"/"1" as a script might.</summary>
    public static bool TryReadSwitch(string text, out bool on)
    {
        on = text.ToLowerInvariant() is "on" or "true" or "yes" or "1";
        return on || text.ToLowerInvariant() is "off" or "false" or "no" or "0";
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

        foreach (var said in words)
        {
            var word = EventAliases.GetValueOrDefault(said, said);
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
