using Quartz;
using SalesBot.Core.Conversation;
using SalesBot.Core.Reports;
using SalesBot.Core.Scheduling;
using SalesBot.Host.Data;

namespace SalesBot.Host.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Quartz with the scheduled-post jobs, per-team cron triggers and the every-minute catch-up.
    /// SQLite: an in-memory Quartz store (one host per file; the ledger makes posts exactly-once across
    /// restarts). PostgreSQL: Quartz's clustered ADO.NET store, so each trigger fires on one host only,
    /// its tables created by migration 0040.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration, StoreConnection connection)
    {
        services.AddOptions<ScheduledPostOptions>()
            .Bind(configuration.GetSection(ScheduledPostOptions.Section))
            .Validate(o => o.GraceWindow > TimeSpan.Zero && o.GraceWindow <= TimeSpan.FromDays(1), "Scheduling:GraceWindow must be between 0 and 1 day, e.g. 03:00:00")
            .Validate(o => o.LateAfter >= TimeSpan.Zero, "Scheduling:LateAfter must not be negative")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ScheduledPostOptions>>().Value);
        services.AddSingleton<PublishScheduledPost>();
        services.AddSingleton<RunDueTeamPosts>();
        services.AddSingleton<TeamTriggerSync>();
        services.AddOptions<RetentionOptions>()
            .Bind(configuration.GetSection(RetentionOptions.Section))
            .Validate(o => o.InboxDays >= 1 && o.OutboxDays >= 1 && o.JournalDays >= 1, "Retention:InboxDays, OutboxDays and JournalDays must be at least 1 (days)")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<RetentionOptions>>().Value);
        services.AddSingleton<StoreRetention>();
        services.AddSingleton<SalesBot.Core.Scheduling.Reminders.SendDueReminders>();

        services.AddQuartz(q =>
        {
            if (connection.Provider == StoreProvider.Postgres)
            {
                q.UsePersistentStore(store =>
                {
                    store.UsePostgres(connection.ConnectionString);
                    store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(10));
                    store.UseSystemTextJsonSerializer();
                });
            }
            else
            {
                q.UseInMemoryStore();
            }

            q.AddJob<StandupJob>(j => j.WithIdentity(StandupJob.Key).StoreDurably());
            q.AddJob<DigestJob>(j => j.WithIdentity(DigestJob.Key).StoreDurably());
            q.AddJob<PlanPromptJob>(j => j.WithIdentity(PlanPromptJob.Key).StoreDurably());
            q.AddJob<TaskNoteJob>(j => j.WithIdentity(TaskNoteJob.Key).StoreDurably());
            q.AddJob<PlanReminderJob>(j => j.WithIdentity(PlanReminderJob.Key).StoreDurably());
            q.AddJob<CatchUpJob>(j => j.WithIdentity(CatchUpJob.Key).StoreDurably());
            q.AddJob<RetentionJob>(j => j.WithIdentity(RetentionJob.Key).StoreDurably());
            q.AddTrigger(t => t
                .WithIdentity("RetentionHourly", ScheduledPostJob.Group)
                .ForJob(RetentionJob.Key)
                .StartAt(DateTimeOffset.UtcNow.AddMinutes(2))
                .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(TimeSpan.FromHours(1)).RepeatForever()));
            q.AddTrigger(t => t
                .WithIdentity("CatchUpEveryMinute", ScheduledPostJob.Group)
                .ForJob(CatchUpJob.Key)
                .StartNow()
                .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(TimeSpan.FromMinutes(1)).RepeatForever()));
            // Reminders on the minute: a cron at second 0, plus one run at start for those missed while down.
            q.AddJob<ReminderJob>(j => j.WithIdentity(ReminderJob.Key).StoreDurably());
            q.AddTrigger(t => t.WithIdentity("RemindersEveryMinute", ScheduledPostJob.Group).ForJob(ReminderJob.Key)
                .WithCronSchedule("0 * * * * ?", c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)));
            q.AddTrigger(t => t.WithIdentity("RemindersAtStart", ScheduledPostJob.Group).ForJob(ReminderJob.Key).StartNow());
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService(sp => new SchedulerStatusLog(connection.Provider, sp.GetRequiredService<ScheduledPostOptions>(), sp.GetRequiredService<ILogger<SchedulerStatusLog>>()));
        return services;
    }

    /// <summary>Says at start how posts are scheduled, beside the channels' own status lines.</summary>
    private sealed class SchedulerStatusLog(StoreProvider provider, ScheduledPostOptions options, ILogger<SchedulerStatusLog> log) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            log.LogInformation("Scheduler: on ({Store}); stand-ups, digests, plan prompts and task notes in each team's time zone, missed posts caught up within {Grace}",
                provider == StoreProvider.Postgres ? "Quartz clustered on PostgreSQL" : "Quartz in memory, one host per SQLite file",
                options.GraceWindow);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
