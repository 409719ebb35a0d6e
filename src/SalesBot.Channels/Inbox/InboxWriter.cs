using System.Data.Common;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Inbox;

/// <summary>
/// The one writer of inbox rows for every messenger. Webhook requests (Telegram, Teams) and the Telegram poller queue
/// their updates here and wait; a single loop commits whatever has gathered in one transaction. On SQLite this keeps
/// request threads from fighting over the write lock (DESIGN.md "Storage and scale": one writer, small batches);
/// a caller still hears back only after its row is committed, so the messenger's 200 means stored.
/// </summary>
public sealed class InboxWriter(IDbContextFactory<SalesBotDb> dbs, TimeProvider clock, InboxBacklog backlog, InboxSignal signal, ILogger<InboxWriter> log)
    : BackgroundService
{
    private const int MaxBatch = 256;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>One update as the inbox keeps it: the messenger's own id, and the payload (null when too large to keep).</summary>
    public sealed record Entry(ChannelKind Channel, string ExternalId, string? Payload);

    private sealed record Pending(Entry Entry, TaskCompletionSource<bool> Done);

    /// <returns>True when the update is new; false when it was recorded before (a redelivery).</returns>
    public async Task<bool> RecordAsync(Entry entry, CancellationToken cancellationToken)
    {
        var pending = new Pending(entry, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        await _queue.Writer.WriteAsync(pending, cancellationToken);
        var isNew = await pending.Done.Task.WaitAsync(cancellationToken);
        if (isNew)
        {
            backlog.Added(1);
            signal.Wake();
        }

        return isNew;
    }

    /// <summary>
    /// Records one update in its own save: the fallback when a batch meets a row another host wrote in between.
    /// The unique (Channel, ExternalId) index makes a redelivery a no-op, even when two hosts race.
    /// </summary>
    /// <returns>True when the update is new; false when it was already recorded.</returns>
    public static async Task<bool> RecordOneAsync(SalesBotDb db, Entry entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.Inbox.AnyAsync(i => i.Channel == entry.Channel && i.ExternalId == entry.ExternalId, cancellationToken))
        {
            return false;
        }

        var row = new InboxMessage { Channel = entry.Channel, ExternalId = entry.ExternalId, ReceivedAt = now, Payload = entry.Payload };
        db.Inbox.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(row).State = EntityState.Detached;
            if (await db.Inbox.AnyAsync(i => i.Channel == entry.Channel && i.ExternalId == entry.ExternalId, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
                {
                    batch.Add(pending);
                }

                await WriteAsync(batch);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        // Whoever still waits gets an error (the endpoint answers 5xx and the messenger redelivers later).
        _queue.Writer.TryComplete();
        while (_queue.Reader.TryRead(out var left))
        {
            left.Done.TrySetException(new OperationCanceledException("the host is stopping"));
        }
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        try
        {
            await using var db = await dbs.CreateDbContextAsync();
            var known = new HashSet<(ChannelKind, string)>();
            foreach (var channel in batch.GroupBy(p => p.Entry.Channel))
            {
                var ids = channel.Select(p => p.Entry.ExternalId).Distinct().ToList();
                var found = await db.Inbox.Where(i => i.Channel == channel.Key && ids.Contains(i.ExternalId)).Select(i => i.ExternalId).ToListAsync();
                known.UnionWith(found.Select(id => (channel.Key, id)));
            }

            var now = clock.GetUtcNow();
            var isNew = new bool[batch.Count];
            try
            {
                // One transaction and one reused insert command for the batch: at full webhook load this loop
                // records thousands of updates a second, and SaveChanges would rebuild the statement for each.
                await using var transaction = await db.Database.BeginTransactionAsync();
                using var rows = new PreparedRows(db);
                for (var i = 0; i < batch.Count; i++)
                {
                    var entry = batch[i].Entry;
                    if (known.Add((entry.Channel, entry.ExternalId)))
                    {
                        await rows.InsertAsync(new InboxMessage { Channel = entry.Channel, ExternalId = entry.ExternalId, ReceivedAt = now, Payload = entry.Payload }, CancellationToken.None);
                        isNew[i] = true;
                    }
                }

                await transaction.CommitAsync();
            }
            catch (DbException)
            {
                // Another host wrote one of these ids in between: settle them one by one.
                await WriteOneByOneAsync(batch);
                return;
            }

            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(isNew[i]);
            }
        }
        catch (Exception ex)
        {
            log.LogError(ex, "Inbox: could not write {Count} updates", batch.Count);
            foreach (var pending in batch)
            {
                pending.Done.TrySetException(ex);
            }
        }
    }

    private async Task WriteOneByOneAsync(List<Pending> batch)
    {
        foreach (var pending in batch)
        {
            try
            {
                await using var db = await dbs.CreateDbContextAsync();
                pending.Done.TrySetResult(await RecordOneAsync(db, pending.Entry, clock.GetUtcNow(), CancellationToken.None));
            }
            catch (Exception ex)
            {
                pending.Done.TrySetException(ex);
            }
        }
    }
}
