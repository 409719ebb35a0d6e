namespace SalesBot.Core.Conversation.Languages;

/// <summary>What kind of value a team setting takes, and so how <see cref="SettingReader"/> reads it.</summary>
public enum SettingValue
{
    Time,
    DayAndTime,
    Hours,
    Minutes,
    TimeZone,
    Currency,
    Language,
    Events,
}

/// <summary>
/// One language's words for a manager's setting changes ("post the digest in the channel", "stand-up at 9:30",
/// "quiet hours 20-8"). Phrases are written as reps type them; <see cref="SettingReader"/> folds them. The setting
/// names and values are the wire names of <c>set_team_setting</c>.
/// </summary>
public sealed record SettingWords
{
    /// <summary>The language the words are in ("en", "pl", "ru").</summary>
    public required string Code { get; init; }

    /// <summary>Words that add nothing to a setting: articles, "please".</summary>
    public required IReadOnlyList<string> Fillers { get; init; }

    /// <summary>A verb before a setting and its value: "set", "change", "move".</summary>
    public required IReadOnlyList<string> SetVerbs { get; init; }

    /// <summary>Words between a setting and its value: "to", "at", "is", "on".</summary>
    public required IReadOnlyList<string> Links { get; init; }

    /// <summary>Verbs that switch a channel post on ("post", "show") and off ("stop posting", "hide").</summary>
    public required IReadOnlyList<string> OnVerbs { get; init; }

    public required IReadOnlyList<string> OffVerbs { get; init; }

    /// <summary>A value that switches on ("on", "yes") or off ("off", "no").</summary>
    public required IReadOnlyList<string> OnWords { get; init; }

    public required IReadOnlyList<string> OffWords { get; init; }

    /// <summary>Where a switch puts things: "in the channel", "to the group".</summary>
    public required IReadOnlyList<string> Places { get; init; }

    /// <summary>What goes to the channel, by the switch it names: "digest" is digest_in_channel, "amounts" amounts_in_channel.</summary>
    public required IReadOnlyDictionary<string, string> Switches { get; init; }

    /// <summary>Settings with a value, by the phrase that names them: "stand-up" is (standup_time, a time).</summary>
    public required IReadOnlyDictionary<string, (string Setting, SettingValue Value)> Subjects { get; init; }

    /// <summary>Whole sentences about who sees team figures: "everyone sees team figures" is "everyone".</summary>
    public required IReadOnlyDictionary<string, string> Figures { get; init; }

    public required IReadOnlyDictionary<string, DayOfWeek> Weekdays { get; init; }

    /// <summary>Words after a clock hour that make it the afternoon ("pm") or keep it the morning ("am").</summary>
    public required IReadOnlyList<string> AmWords { get; init; }

    public required IReadOnlyList<string> PmWords { get; init; }

    /// <summary>Words that join the two ends of a range of hours: "to", "till".</summary>
    public required IReadOnlyList<string> RangeJoiners { get; init; }

    /// <summary>Words after a number of minutes: "minutes", "min", "before".</summary>
    public required IReadOnlyList<string> MinuteWords { get; init; }

    /// <summary>Language names to their codes: "polish" is "pl".</summary>
    public required IReadOnlyDictionary<string, string> LanguageNames { get; init; }

    /// <summary>Currency words to ISO codes: "euro" is "EUR" (any three-letter code is read as itself).</summary>
    public required IReadOnlyDictionary<string, string> Currencies { get; init; }

    /// <summary>Channel event words to their wire names: "wins" is "wins", "stage moves" is "stage_moves"; "all", "none".</summary>
    public required IReadOnlyDictionary<string, string> Events { get; init; }

    /// <summary>Nouns that name a stage's chance of being won: "probability", "odds"; none when empty (no such setting in the pack).</summary>
    public IReadOnlyList<string> ProbabilityNouns { get; init; } = [];

    /// <summary>The open stages as reps name them, any case: "proposal", "quote", "oferty", "переговорах"; values are wire names.</summary>
    public IReadOnlyDictionary<string, string> ProbabilityStages { get; init; } = new Dictionary<string, string>();

    /// <summary>Words around a stage and its percent: "of", "for", "stage", "and".</summary>
    public IReadOnlyList<string> ProbabilityLinks { get; init; } = [];

    /// <summary>Words after a percent: "percent", "pct" (a "%" sign needs no word).</summary>
    public IReadOnlyList<string> PercentWords { get; init; } = [];
}
