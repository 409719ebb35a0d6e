using SalesBot.Core.Crm;

namespace SalesBot.Core.Reports.Kpi;

/// <summary>What the digest loader read: the week and the one before it, as plain rows, so the builder stays pure.</summary>
public sealed record KpiData(
    int TeamId,
    string TeamName,
    string TimeZone,
    IReadOnlyList<KpiMemberRow> Members,
    IReadOnlyList<KpiActivityCountRow> ActivityCounts,
    IReadOnlyList<KpiDealCreatedRow> DealsCreated,
    IReadOnlyList<KpiStageChangeRow> StageChanges,
    IReadOnlyList<KpiTaskDoneRow> TasksDone,
    IReadOnlyList<KpiPipelineRow> Pipeline,
    int StaleCount,
    IReadOnlyList<KpiStaleRow> Stale,
    IReadOnlyList<KpiTargetRow> Targets)
{
    public required IsoWeek Week { get; init; }

    /// <summary>Monday 00:00 of the week in the team's zone; rows before it belong to the previous week.</summary>
    public required DateTimeOffset WeekStart { get; init; }

    public required DateTimeOffset WeekEnd { get; init; }

    /// <summary>The day stale deals are judged on: the week's Sunday, or today for the running week.</summary>
    public required DateOnly AsOf { get; init; }

    public Forecast.ForecastData? Forecast { get; init; }

    /// <summary>The team's currency: a won-amount target is in it, and measured against the amount won in it.</summary>
    public string Currency { get; init; } = "EUR";

    /// <summary>The week's most-liked tips (shared in the week, at least one reaction), best first.</summary>
    public IReadOnlyList<Features.Tips.RankedTip> TopTips { get; init; } = [];
}

public sealed record KpiMemberRow(int Id, string Name, MemberRole Role, MemberStatus Status, DateOnly? AwayUntil);

/// <summary>Activities of one member and type, in this week (<paramref name="ThisWeek"/>) or the previous one.</summary>
public sealed record KpiActivityCountRow(int MemberId, ActivityType Type, bool ThisWeek, int Count);

public sealed record KpiDealCreatedRow(int OwnerId, DateTimeOffset CreatedAt);

public sealed record KpiStageChangeRow(int OwnerId, DealStage? From, DealStage To, DateTimeOffset ChangedAt, DateTimeOffset DealCreatedAt, decimal? Amount, string? Currency);

public sealed record KpiTaskDoneRow(int OwnerId, DateTimeOffset DoneAt);

/// <summary>Open deals of one stage and currency: how many, and the sum of those with an amount.</summary>
public sealed record KpiPipelineRow(DealStage Stage, string? Currency, int Count, decimal Amount);

/// <summary>An open deal with no activity in the last <see cref="KpiLoader.StaleDays"/> days; <paramref name="Since"/> is its last stage change.</summary>
public sealed record KpiStaleRow(string Name, string? Account, int OwnerId, DealStage Stage, DateTimeOffset Since);

/// <summary>A target of the team (<paramref name="MemberId"/> null, for every rep) or of one rep.</summary>
public sealed record KpiTargetRow(KpiMetric Metric, TargetPeriod Period, decimal Value, int? MemberId = null);
