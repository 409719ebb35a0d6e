namespace SalesBot.Core.Crm;

/// <summary>A to-do or reminder ("remind me to call Kevin on Friday").</summary>
public class TaskItem
{
    public int Id { get; set; }
    public int TeamId { get; set; }
    public int OwnerId { get; set; }
    public Member? Owner { get; set; }
    public required string Title { get; set; }
    public DateOnly? Due { get; set; }
    public TimeOnly? DueTime { get; set; }
    public int? AccountId { get; set; }
    public int? DealId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
    public string? SourceMessageId { get; set; }
    public int? JournalEntryId { get; set; }

    public bool IsDone => DoneAt is not null;

    public bool IsOverdueOn(DateOnly day) => !IsDone && Due is { } due && due < day;
}

/// <summary>A rep's top priorities for one day. A second plan the same day replaces the first.</summary>
public class DailyPlan
{
    public int Id { get; set; }
    public int TeamId { get; set; }
    public int MemberId { get; set; }
    public DateOnly Date { get; set; }
    public List<string> Items { get; set; } = [];
    public DateTimeOffset UpdatedAt { get; set; }
    public int? JournalEntryId { get; set; }
}

public enum TargetPeriod { Week, Month }

/// <summary>
/// A target for one metric, set by a manager: for every rep of the team ("target meetings 8 per week"), or for one
/// rep (<see cref="MemberId"/>, "target meetings 5 per week for Ben"), whose own target wins over the team's.
/// A won-amount target is in the team's currency.
/// </summary>
public class Target
{
    public int Id { get; set; }
    public int TeamId { get; set; }
    /// <summary>The rep this target is for; null for the team's target that applies to every rep.</summary>
    public int? MemberId { get; set; }
    public KpiMetric Metric { get; set; }
    public TargetPeriod Period { get; set; } = TargetPeriod.Week;
    public decimal Value { get; set; }
    public int? SetByMemberId { get; set; }
    public DateTimeOffset SetAt { get; set; }
    /// <summary>The manager's write that set it last: undo puts back the value before it (or removes a new target).</summary>
    public int? JournalEntryId { get; set; }
}
