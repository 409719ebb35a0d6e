namespace SalesBot.Core.Crm;

/// <summary>
/// Something a rep did with a customer. Reports count it by <see cref="HappenedOn"/> (the day it
/// happened), not by when it was typed in.
/// </summary>
public class Activity
{
    public int Id { get; set; }
    public int TeamId { get; set; }
    public int MemberId { get; set; }
    public Member? Member { get; set; }
    public ActivityType Type { get; set; }
    public DateOnly HappenedOn { get; set; }
    public TimeOnly? HappenedAt { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public int? AccountId { get; set; }
    public Account? Account { get; set; }
    public int? ContactId { get; set; }
    public Contact? Contact { get; set; }
    public int? DealId { get; set; }
    public Deal? Deal { get; set; }
    public string? Notes { get; set; }
    /// <summary>The message it came from, so an edit of that message amends this record.</summary>
    public string? SourceMessageId { get; set; }
    public string? SourceText { get; set; }
    public int? JournalEntryId { get; set; }

    public List<ActivityParticipant> Participants { get; set; } = [];
}

/// <summary>A colleague who took part in an activity.</summary>
public class ActivityParticipant
{
    public int ActivityId { get; set; }
    public int MemberId { get; set; }
}
