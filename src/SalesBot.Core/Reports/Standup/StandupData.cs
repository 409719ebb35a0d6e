namespace SalesBot.Core.Reports.Standup;

/// <summary>What the stand-up loader read from the store: plain rows, so the builder stays pure.</summary>
public sealed record StandupData(
    StandupTeamRow Team,
    IReadOnlyList<StandupMemberRow> Members,
    IReadOnlyList<StandupActivityRow> Activities,
    IReadOnlyList<StandupStageChangeRow> StageChanges,
    IReadOnlyList<StandupPlanRow> Plans,
    IReadOnlyList<StandupTaskRow> OpenTasks)
{
    /// <summary>The team's working days and zone, which decide the window the stand-up covers.</summary>
    public required Calendar.TeamCalendar Calendar { get; init; }
}

public sealed record StandupTeamRow(int Id, string Name, string TimeZone, TimeOnly StandupTime)
{
    public Crm.WorkWeek WorkingDays { get; init; } = Crm.WorkWeek.MondayToFriday;
}

public sealed record StandupMemberRow(int Id, string Name, Crm.MemberRole Role, Crm.MemberStatus Status, DateOnly? AwayUntil);

public sealed record StandupActivityRow(
    int MemberId, Crm.ActivityType Type, DateOnly HappenedOn, DateTimeOffset RecordedAt,
    string? Account, string? Contact, string? Deal, string? Notes);

public sealed record StandupStageChangeRow(
    int DealId, string Deal, string? Account, int OwnerId, Crm.DealStage? From, Crm.DealStage To,
    DateTimeOffset ChangedAt, decimal? Amount, string? Currency);

public sealed record StandupPlanRow(int MemberId, IReadOnlyList<string> Items);

public sealed record StandupTaskRow(int OwnerId, string Title, DateOnly? Due);
