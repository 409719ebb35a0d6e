using System.Text.Json.Serialization;

namespace SalesBot.Core.Reports.Standup;

/// <summary>
/// The morning stand-up of one team for one day: per rep what was recorded since the previous
/// working day's stand-up (<see cref="From"/>) up to this one (<see cref="To"/>), today's plan and
/// what is due. Serialized as the JSON of <c>salesbot standup --json</c> (snake_case).
/// </summary>
public sealed record StandupReport(
    string Team,
    DateOnly Date,
    DateTimeOffset From,
    DateTimeOffset To,
    string TimeZone,
    bool IsWorkingDay,
    IReadOnlyList<StandupRep> Reps)
{
    [JsonIgnore]
    public int TeamId { get; init; }

    /// <summary>The first working day after <see cref="Date"/>: what a non-working day's stand-up points to.</summary>
    [JsonIgnore]
    public DateOnly? NextWorkingDay { get; init; }

    /// <summary>Reps who have not given their top 3 by the stand-up (<see cref="StandupBuilder.HasNoPlan"/>), by name.</summary>
    public IReadOnlyList<string> MissingPlans => Reps.Where(StandupBuilder.HasNoPlan).Select(r => r.Name).ToList();
}

/// <summary>One rep's part of the stand-up: the short line and the details behind it.</summary>
public sealed record StandupRep(
    string Name,
    string Role,
    bool Away,
    DateOnly? AwayUntil,
    IReadOnlyList<StandupActivity> Activities,
    IReadOnlyList<StandupStageMove> StageMoves,
    IReadOnlyList<StandupDeal> NewDeals,
    IReadOnlyList<StandupDeal> Won,
    IReadOnlyList<StandupDeal> Lost,
    IReadOnlyList<string> Plan,
    IReadOnlyList<StandupTask> DueToday,
    IReadOnlyList<StandupTask> Overdue)
{
    [JsonIgnore]
    public int MemberId { get; init; }

    /// <summary>Activities by type, in a fixed order: {"meeting": 2, "call": 1}.</summary>
    public IReadOnlyDictionary<string, int> ActivityCounts { get; init; } = new Dictionary<string, int>();
}

public sealed record StandupActivity(string Type, DateOnly HappenedOn, string? Account, string? Contact, string? Deal, string? Notes);

public sealed record StandupStageMove(string Deal, string? Account, string? From, string To, DateTimeOffset At);

public sealed record StandupDeal(string Deal, string? Account, decimal? Amount, string? Currency);

public sealed record StandupTask(string Title, DateOnly? Due);
