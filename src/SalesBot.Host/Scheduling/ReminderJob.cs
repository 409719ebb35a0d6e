using Quartz;
using SalesBot.Core.Scheduling.Reminders;

namespace SalesBot.Host.Scheduling;

/// <summary>
/// At second 0 of every minute (and once at start, for reminders missed while the host was down): sends
/// the task reminders whose minute has come. Exactly-once lives in Core's ledger.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class ReminderJob(SendDueReminders reminders, ILogger<ReminderJob> logger) : IJob
{
    public static readonly JobKey Key = new(nameof(ReminderJob), ScheduledPostJob.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        foreach (var result in await reminders.RunAsync(cancellationToken))
        {
            logger.LogInformation("Reminder {Key}: {Outcome}", result.Key, result.Outcome);
        }
    }
}
