using Quartz;
using SalesBot.Core.Scheduling;

namespace SalesBot.Host.Scheduling;

/// <summary>
/// The thin Quartz jobs: each reads the team from its trigger and asks Core to publish. Exactly-once
/// lives in Core's ledger, not here, so a job that fires twice (two hosts, a retry) posts once.
/// </summary>
internal abstract class ScheduledPostJob(PublishScheduledPost publisher, ILogger logger, ScheduledPostKind kind) : IJob
{
    public const string Group = "salesbot";
    public const string TeamIdKey = "teamId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (!context.MergedJobDataMap.TryGetValue(TeamIdKey, out var raw)
            || !int.TryParse(Convert.ToString(raw, System.Globalization.CultureInfo.InvariantCulture), out var teamId))
        {
            logger.LogWarning("Trigger {Trigger} has no team id", context.Trigger.Key);
            return;
        }

        var firedFor = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        var outcome = await publisher.PublishFiredAsync(teamId, kind, firedFor, cancellationToken);
        logger.LogInformation("{Kind} for team {Team} at {FiredFor:O}: {Outcome}", kind, teamId, firedFor, outcome);
    }
}

internal sealed class StandupJob(PublishScheduledPost publisher, ILogger<StandupJob> logger)
    : ScheduledPostJob(publisher, logger, ScheduledPostKind.Standup)
{
    public static readonly JobKey Key = new(nameof(StandupJob), Group);
}

internal sealed class DigestJob(PublishScheduledPost publisher, ILogger<DigestJob> logger)
    : ScheduledPostJob(publisher, logger, ScheduledPostKind.WeeklyDigest)
{
    public static readonly JobKey Key = new(nameof(DigestJob), Group);
}

internal sealed class PlanPromptJob(PublishScheduledPost publisher, ILogger<PlanPromptJob> logger)
    : ScheduledPostJob(publisher, logger, ScheduledPostKind.PlanPrompt)
{
    public static readonly JobKey Key = new(nameof(PlanPromptJob), Group);
}

internal sealed class PlanReminderJob(PublishScheduledPost publisher, ILogger<PlanReminderJob> logger)
    : ScheduledPostJob(publisher, logger, ScheduledPostKind.PlanReminder)
{
    public static readonly JobKey Key = new(nameof(PlanReminderJob), Group);
}

internal sealed class TaskNoteJob(PublishScheduledPost publisher, ILogger<TaskNoteJob> logger)
    : ScheduledPostJob(publisher, logger, ScheduledPostKind.TaskNote)
{
    public static readonly JobKey Key = new(nameof(TaskNoteJob), Group);
}

/// <summary>
/// Every minute (and right after start): posts what is due within the grace window and missing from
/// the ledger (downtime, a trigger that did not fire, a digest moved past a holiday), then brings the
/// per-team triggers in line with the teams' settings.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class CatchUpJob(RunDueTeamPosts catchUp, TeamTriggerSync triggers, ILogger<CatchUpJob> logger) : IJob
{
    public static readonly JobKey Key = new(nameof(CatchUpJob), ScheduledPostJob.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        foreach (var result in await catchUp.RunAsync(cancellationToken))
        {
            logger.LogInformation("Catch-up {Kind} {Key} for team {Team}: {Outcome}",
                result.Slot.Kind, result.Slot.Key, result.Slot.TeamId, result.Outcome);
        }

        await triggers.SyncAsync(context.Scheduler, cancellationToken);
    }
}
