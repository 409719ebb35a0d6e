using System.Globalization;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Telegram;

/// <summary>
/// Records webhook updates in the inbox through one writer: concurrent requests queue their update and wait, one
/// loop writes what is queued in a single transaction and answers each. Requests that each took SQLite's write
/// lock themselves collapsed under load (lock contention and busy sleeps: about 115 updates a second with 64
/// senders, seconds of latency); one writer committing small batches does not (DESIGN.md, "Storage and scale").
/// </summary>
public sealed class TelegramInboxWriter : IAsyncDisposable
{
    private const int MaxBatch = 256;

    private readonly IDbContextFactory<SalesBotDb> _dbs;
    private readonly TelegramInboxSignal _signal;
    private readonly ILogger<TelegramInboxWriter> _log;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    public TelegramInboxWriter(IDbContextFactory<SalesBotDb> dbs, TelegramInboxSignal signal, ILogger<TelegramInboxWriter> log)
    {
        _dbs = dbs;
        _signal = signal;
        _log = log;
        _loop = Task.Run(LoopAsync);
    }

    private sealed record Pending(RawUpdate Update, DateTimeOffset ReceivedAt, TaskCompletionSource<bool> Done);

    /// <returns>True when the update is new; false when it was recorded before. Throws when the store failed.</returns>
    public Task<bool> RecordAsync(RawUpdate update, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var pending = new Pending(update, receivedAt, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(TelegramInboxWriter));
        }

        // The write goes ahead even when the caller gives up: Telegram then redelivers and finds it recorded.
        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private async Task LoopAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                var results = await WriteBatchAsync(batch);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Done.TrySetResult(results[i]);
                }
            }
            catch (Exception ex)
            {
                // Another host raced us to an id, or the store failed: one by one, so each request gets its own answer.
                _log.LogWarning(ex, "Telegram: recording a batch of {Count} updates failed; recording them one by one", batch.Count);
                foreach (var pending in batch)
                {
                    try
                    {
                        await using var db = await _dbs.CreateDbContextAsync();
                        pending.Done.TrySetResult(await RecordTelegramUpdate.RecordAsync(db, pending.Update, pending.ReceivedAt, CancellationToken.None));
                    }
                    catch (Exception one)
                    {
                        pending.Done.TrySetException(one);
                    }
                }
            }

            if (batch.Any(p => p.Done.Task.IsCompletedSuccessfully && p.Done.Task.Result))
            {
                _signal.Wake();
            }
        }
    }

    private async Task<bool[]> WriteBatchAsync(List<Pending> batch)
    {
        var ids = batch.Select(p => p.Update.UpdateId.ToString(CultureInfo.InvariantCulture)).ToList();
        await using var db = await _dbs.CreateDbContextAsync();
        var known = (await db.Inbox.Where(i => i.Channel == ChannelKind.Telegram && ids.Contains(i.ExternalId)).Select(i => i.ExternalId).ToListAsync())
            .ToHashSet(StringComparer.Ordinal);
        var results = new bool[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            // A copy arriving in the same batch is a redelivery of the first.
            if (known.Add(ids[i]))
            {
                db.Inbox.Add(new InboxMessage { Channel = ChannelKind.Telegram, ExternalId = ids[i], ReceivedAt = batch[i].ReceivedAt, Payload = batch[i].Update.Json });
                results[i] = true;
            }
        }

        await db.SaveChangesAsync();
        return results;
    }
}
