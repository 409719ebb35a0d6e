namespace SalesBot.Core.Scheduling;

public enum ScheduledPostKind
{
    Standup,
    WeeklyDigest,
    PlanPrompt,
    TaskNote,
    Reminder,
    /// <summary>The one repeat of the plan prompt, a few minutes before the stand-up, to reps who did not answer it.</summary>
    PlanReminder,
}

/// <summary>
/// The ledger of scheduled posts. Unique on (team, kind, key, recipient) and written in the same
/// transaction as the outbox row, so a post goes out exactly once, across restarts and hosts.
/// </summary>
public class ScheduledPost
{
    public int Id { get; set; }
    public int TeamId { get; set; }
    public ScheduledPostKind Kind { get; set; }
    /// <summary>The day ("2026-11-23") or week ("2026-W48") the post is for.</summary>
    public required string Key { get; set; }
    /// <summary>"channel" or "member:{id}".</summary>
    public required string Recipient { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset PostedAt { get; set; }
    /// <summary>Sent after its time because no host was running then (within the grace window).</summary>
    public bool IsLate { get; set; }
    public long? OutboxMessageId { get; set; }
}
