using SalesBot.Core.Crm;

namespace SalesBot.Core.Conversation.Parsing;

/// <summary>
/// What the parser understood from one message. Pure data: names are as the rep wrote them and
/// are resolved against the CRM later by the conversation engine. Fields not said are null.
/// </summary>
public sealed record ParsedCommand(Intent Intent, double Confidence)
{
    public ActivityType? Activity { get; init; }
    /// <summary>The company as written ("Woodgrove Bank").</summary>
    public string? Account { get; init; }
    /// <summary>The person as written ("Maria Lopez").</summary>
    public string? Contact { get; init; }
    /// <summary>The deal as referred to ("Contoso upgrade"); may be just an account name.</summary>
    public string? Deal { get; init; }
    public DealStage? Stage { get; init; }
    public decimal? Amount { get; init; }
    /// <summary>ISO 4217 code, written or implied by a symbol.</summary>
    public string? Currency { get; init; }
    /// <summary>When an activity happened, a task is due, or a deal closes.</summary>
    public DateOnly? Date { get; init; }
    public TimeOnly? Time { get; init; }
    /// <summary>Task text without the reminder words and dates.</summary>
    public string? Title { get; init; }
    /// <summary>Plan items (set_plan).</summary>
    public IReadOnlyList<string>? Items { get; init; }
    /// <summary>"me", "team", or a member's name (queries and digests).</summary>
    public string? Scope { get; init; }
    /// <summary>ISO week "2026-W47" (kpi_digest).</summary>
    public string? Week { get; init; }
    /// <summary>Free text after the command ("discussed renewal").</summary>
    public string? Notes { get; init; }
    /// <summary>Colleagues named as taking part ("with Tom from legal" when Tom is a colleague is resolved later).</summary>
    public IReadOnlyList<string>? Colleagues { get; init; }

    /// <summary>
    /// Further commands in the same message, in order ("called Acme and set a demo for Tuesday": a logged call,
    /// then a task). Written together and undone together. Null when the message holds one fact.
    /// </summary>
    public IReadOnlyList<ParsedCommand>? More { get; init; }
    /// <summary>
    /// The parser is unsure: the bot proposes this write with [Yes] [No] and writes only on Yes.
    /// A wrong write is worse than a question.
    /// </summary>
    public bool Confirm { get; init; }
    /// <summary>The language the message was read in ("en", "pl", "ru"): replies follow it.</summary>
    public string? Language { get; init; }

    /// <summary>First day of the period a query asks about (inclusive): "last month", "this quarter", "yesterday".</summary>
    public DateOnly? From { get; init; }
    /// <summary>Last day of the period a query asks about (inclusive).</summary>
    public DateOnly? To { get; init; }
    /// <summary>Why a deal was lost ("to competitor", "went with Salesforce", "no budget"), on a move to lost.</summary>
    public string? Reason { get; init; }
    /// <summary>A new contact's job title ("CFO"), on add_contact.</summary>
    public string? Role { get; init; }
    /// <summary>A new contact's e-mail address, on add_contact.</summary>
    public string? Email { get; init; }
    /// <summary>Members named in a query (compare_reps).</summary>
    public IReadOnlyList<string>? Members { get; init; }
    /// <summary>The intent a how-to question asks about ("log_activity" for "how do i log a call").</summary>
    public string? Topic { get; init; }

    /// <summary>Administration payload: the join code, the invited name, the team to connect, the target metric.</summary>
    public string? Argument { get; init; }
    /// <summary>A number said with an administration command (target value, chosen option).</summary>
    public int? Number { get; init; }
    /// <summary>The period of a target: "week" or "month".</summary>
    public string? Period { get; init; }
    /// <summary>The team setting a set_team_setting names (snake_case, see docs/cli.md): "digest_in_channel", "standup_time", "quiet_hours", ...</summary>
    public string? Setting { get; init; }
}

/// <summary>The contract's scope values besides a member's name: the sender, or the whole team.</summary>
public static class Scopes
{
    public const string Me = "me";
    public const string Team = "team";
}

/// <summary>The contract's values of a team setting that is switched on or off.</summary>
public static class Switches
{
    public const string On = "on";
    public const string Off = "off";
}
