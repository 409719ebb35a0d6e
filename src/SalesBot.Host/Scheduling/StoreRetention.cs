using Microsoft.EntityFrameworkCore;
using Quartz;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Host.Scheduling;

/// <summary>How long the store keeps what it only needs for a while (section "Retention"), in days.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Processed inbox rows: the raw payloads (a stranger's too) and the keys that make a redelivery a no-op.</summary>
    public int InboxDays { get; set; } = 14;
    /// <summary>Sent outbox rows (a reply's row also lets a later edit find the sent message).</summary>
    public int OutboxDays { get; set; } = 30;
    /// <summary>Undo journal entries: older writes can no longer be undone.</summary>
    public int JournalDays { get; set; } = 90;
}

/// <summary>The deletions themselves, in batches so neither SQLite nor PostgreSQL holds a long lock.</summary>
public sealed record RetentionResult(int Inbox, int Outbox, int Journal, int SenderEvents);

/// <summary>
/// Deletes processed inbox rows, sent outbox rows, journal entries and sender-limit events past their periods
/// (issue 12, finding 12): without it every message, a stranger's too, stays for ever. Pending and failed rows
/// are never touched: they are work not done yet, or evidence of what went wrong.
/// </summary>
public sealed class StoreRetention(IDbContextFactory<SalesBotDb> dbs, RetentionOptions options, TimeProvider clock)
{
    public const int BatchSize = 5000;
    /// <summary>Sender limits look back one hour; a day is plenty.</summary>
    public static readonly TimeSpan SenderEventDays = TimeSpan.FromDays(1);

    public async Task<RetentionResult> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var inboxBefore = now - TimeSpan.FromDays(options.InboxDays);
        var outboxBefore = now - TimeSpan.FromDays(options.OutboxDays);
        var journalBefore = now - TimeSpan.FromDays(options.JournalDays);
        var eventsBefore = now - SenderEventDays;
        return new RetentionResult(
            await InBatchesAsync(db => db.Inbox.Where(i => db.Inbox.Where(x => x.ProcessedAt != null && x.ProcessedAt < inboxBefore)
                .OrderBy(x => x.Id).Take(BatchSize).Select(x => x.Id).Contains(i.Id)).ExecuteDeleteAsync(ct), ct),
            await InBatchesAsync(db => db.Outbox.Where(o => db.Outbox.Where(x => x.Status == OutboxStatus.Sent && x.SentAt != null && x.SentAt < outboxBefore)
                .OrderBy(x => x.Id).Take(BatchSize).Select(x => x.Id).Contains(o.Id)).ExecuteDeleteAsync(ct), ct),
            await InBatchesAsync(db => db.Journal.Where(j => db.Journal.Where(x => x.CreatedAt < journalBefore)
                .OrderBy(x => x.Id).Take(BatchSize).Select(x => x.Id).Contains(j.Id)).ExecuteDeleteAsync(ct), ct),
            await InBatchesAsync(db => db.SenderEvents.Where(e => db.SenderEvents.Where(x => x.At < eventsBefore)
                .OrderBy(x => x.Id).Take(BatchSize).Select(x => x.Id).Contains(e.Id)).ExecuteDeleteAsync(ct), ct));
    }

    private async Task<int> InBatchesAsync(Func<SalesBotDb, Task<int>> deleteBatch, CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            var deleted = await deleteBatch(db);
            total += deleted;
            if (deleted < BatchSize)
            {
                return total;
            }
        }
    }
}

/// <summary>Hourly (and shortly after start): the store forgets what it no longer needs.</summary>
[DisallowConcurrentExecution]
internal sealed class RetentionJob(StoreRetention retention, ILogger<RetentionJob> logger) : IJob
{
    public static readonly JobKey Key = new(nameof(RetentionJob), ScheduledPostJob.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var result = await retention.RunAsync(cancellationToken);
        if (result.Inbox + result.Outbox + result.Journal + result.SenderEvents > 0)
        {
            logger.LogInformation("Retention: deleted {Inbox} inbox, {Outbox} outbox, {Journal} journal and {Events} sender-limit rows",
                result.Inbox, result.Outbox, result.Journal, result.SenderEvents);
        }
    }
}
