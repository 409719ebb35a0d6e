using SalesBot.Core.Messaging;

namespace SalesBot.Core.Crm;

/// <summary>Who sees team-wide figures and other reps' numbers.</summary>
public enum TeamVisibility { ManagersOnly, Everyone }

/// <summary>Which events the team's channel hears about.</summary>
[Flags]
public enum ChannelEvents
{
    None = 0,
    NewDeal = 1,
    StageMove = 2,
    Won = 4,
    Lost = 8,
    All = NewDeal | StageMove | Won | Lost,
}

/// <summary>
/// A sales team: the unit of data isolation. Every CRM record belongs to exactly one team, and
/// its schedule (stand-up, digest) runs in the team's own IANA time zone.
/// </summary>
public class Team
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string NormalizedName { get; set; }
    public string TimeZone { get; set; } = "UTC";
    public TimeOnly StandupTime { get; set; } = new(9, 30);
    public WorkWeek WorkingDays { get; set; } = WorkWeek.MondayToFriday;
    /// <summary>ISO 4217 code used when a rep writes an amount without a currency.</summary>
    public string Currency { get; set; } = "EUR";
    /// <summary>The language the bot answers the team in: "en", "pl" or "ru".</summary>
    public string Language { get; set; } = "en";
    public DayOfWeek DigestDay { get; set; } = DayOfWeek.Monday;
    public TimeOnly DigestTime { get; set; } = new(8, 30);
    public int PlanPromptMinutesBefore { get; set; } = 20;
    public TeamVisibility Visibility { get; set; } = TeamVisibility.ManagersOnly;
    public ChannelEvents ChannelEvents { get; set; } = ChannelEvents.All;
    /// <summary>Whether deal amounts appear in channel posts (they always show in private replies).</summary>
    public bool ShowAmountsInChannel { get; set; }
    /// <summary>Channel posts that fall inside quiet hours wait until they end.</summary>
    public TimeOnly? QuietHoursStart { get; set; }
    public TimeOnly? QuietHoursEnd { get; set; }
    /// <summary>Whether the weekly digest goes to the team's channel (on by default, as /connect promises); managers always get it privately.</summary>
    public bool DigestInChannel { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }

    public List<Member> Members { get; set; } = [];

    /// <summary>
    /// The one rule for who sees team-wide figures (the team's pipeline and KPIs, other reps' amounts) and where:
    /// in a private chat a manager, or everyone when the team shares its figures; in a group or channel, which
    /// everyone in it reads, only when the team shares its figures and shows amounts in channels.
    /// </summary>
    public bool ShowsFiguresTo(Member member, ChatKind chat) => chat == ChatKind.Private
        ? member.IsManager || Visibility == TeamVisibility.Everyone
        : Visibility == TeamVisibility.Everyone && ShowAmountsInChannel;

    /// <summary>Whether a deal's amount may appear in a reply to <paramref name="member"/> in this chat: their own where amounts show, others' by <see cref="ShowsFiguresTo"/>.</summary>
    public bool ShowsAmountTo(Member member, ChatKind chat, int dealOwnerId) =>
        dealOwnerId == member.Id ? ShowsAmountsIn(chat) : ShowsFiguresTo(member, chat);

    /// <summary>Amounts always show in a private chat; in groups and channels only when the team says so (team posts follow this too).</summary>
    public bool ShowsAmountsIn(ChatKind chat) => chat == ChatKind.Private || ShowAmountsInChannel;
    public List<TeamHoliday> Holidays { get; set; } = [];
}

/// <summary>A day with no stand-up, prompts or nags for the whole team.</summary>
public class TeamHoliday
{
    public int Id { get; set; }
    public int TeamId { get; set; }
    public DateOnly Date { get; set; }
    public string? Name { get; set; }
    /// <summary>The manager's write that added it ("holiday Dec 24"): undo removes it.</summary>
    public int? JournalEntryId { get; set; }
}
