using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Telegram;

/// <summary>
/// The one writer of Telegram inbox rows. Webhook requests and the poller queue their updates here and
/// wait; a single loop commits whatever has gathered in one transaction. On SQLite this keeps request
/// threads from fighting over the write lock (DESIGN.md "Storage and scale": one writer, small
/// batches); a caller still hears back only after its row is durable, so Telegram's 200 means stored.
/// </summary>
public sealed class TelegramInboxWriter(
    IDbContextFactory<SalesBotDb> dbs,
    IOptions<TelegramOptions> options,
    TimeProvider clock,
    TelegramInboxSignal signal,
    ILogger<TelegramInboxWriter> log) : BackgroundService
{
    private const int MaxBatch = 200;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    private sealed record Pending(RawUpdate Update, TaskCompletionSource<bool> Done);

    /// <returns>True when the update is new; false when it was recorded before (a redelivery).</returns>
    public async Task<bool> RecordAsync(RawUpdate update, CancellationToken cancellationToken)
    {
        var pending = new Pending(update, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        await _queue.Writer.WriteAsync(pending, cancellationToken);
        return await pending.Done.Task.WaitAsync(cancellationToken);
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

        // Whoever still waits gets an error (the webhook answers 5xx and Telegram redelivers later).
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
            var ids = batch.Select(p => Key(p.Update)).Distinct().ToList();
            var known = (await db.Inbox
                    .Where(i => i.Channel == ChannelKind.Telegram && ids.Contains(i.ExternalId))
                    .Select(i => i.ExternalId)
                    .ToListAsync())
                .ToHashSet(StringComparer.Ordinal);

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
                    var key = Key(batch[i].Update);
                    if (known.Add(key))
                    {
                        await rows.InsertAsync(new InboxMessage { Channel = ChannelKind.Telegram, ExternalId = key, ReceivedAt = now, Payload = RecordTelegramUpdate.Storable(batch[i].Update, log) }, CancellationToken.None);
                        isNew[i] = true;
                    }
                }

                await transaction.CommitAsync();
            }
            catch (System.Data.Common.DbException)
            {
                // Another host wrote one of these ids in between: settle them one by one.
                await WriteOneByOneAsync(batch);
                return;
            }

            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(isNew[i]);
            }

            if (isNew.Any(n => n))
            {
                signal.Wake();
            }
        }
        catch (Exception ex)
        {
            log.LogError(ex, "Telegram: could not write {Count} updates to the inbox", batch.Count);
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
                pending.Done.TrySetResult(await RecordTelegramUpdate.RecordAsync(db, options.Value.BotId, pending.Update, clock.GetUtcNow(), CancellationToken.None));
            }
            catch (Exception ex)
            {
                pending.Done.TrySetException(ex);
            }
        }

        signal.Wake();
    }

    private string Key(RawUpdate update) => RecordTelegramUpdate.ExternalId(options.Value.BotId, update.UpdateId);
}
