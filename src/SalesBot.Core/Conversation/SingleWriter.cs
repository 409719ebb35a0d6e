using System.Data.Common;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversation;

/// <summary>
/// The single writer of decision 0010: messages wait in a queue; one loop takes up to <see cref="MaxBatch"/>,
/// handles each inside its own savepoint of one transaction (a failing message is rolled back to its savepoint and
/// answered with an apology, its neighbours unaffected) and commits the batch once. A message's task completes
/// after the commit, so "handled" means "durable, reply queued".
/// </summary>
internal sealed class SingleWriter : IAsyncDisposable
{
    public const int MaxBatch = 64;

    /// <summary>How often one message is tried against another writer's locks before it is answered with an apology.</summary>
    private const int MaxContentionTries = 4;

    private readonly IDbContextFactory<SalesBotDb> _dbs;
    private readonly TeamLexicons _lexicons;
    private readonly ILogger _log;
    private readonly Func<Batch, Work, Task> _handle;
    private readonly TimeProvider _clock;
    private readonly Channel<Work> _queue = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    /// <param name="handle">Handles one message inside its savepoint; sets <see cref="Batch.TeamId"/> once the sender's team is known.</param>
    public SingleWriter(IDbContextFactory<SalesBotDb> dbs, TeamLexicons lexicons, TimeProvider clock, ILogger log, Func<Batch, Work, Task> handle)
    {
        _dbs = dbs;
        _lexicons = lexicons;
        _log = log;
        _handle = handle;
        _clock = clock;
        _loop = Task.Run(LoopAsync);
    }

    public Task WriteAsync(Work work, CancellationToken ct) =>
        _queue.Writer.TryWrite(work) ? work.Done.Task.WaitAsync(ct) : throw new ObjectDisposedException(nameof(ConversationEngine));

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private async Task LoopAsync()
    {
        var batch = new List<Work>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var work))
            {
                batch.Add(work);
            }

            try
            {
                await CommitAsync(batch);
                batch.ForEach(w => w.Done.TrySetResult());
            }
            catch (Exception ex) when (batch.Count > 1)
            {
                // One bad commit must not fail its neighbours: retry them one by one. Meeting another writer is
                // expected with two hosts on one store now and then, and each message alone cannot deadlock with it.
                if (ex is BatchContention)
                {
                    _log.LogInformation(ex.InnerException, "Batch of {Count} met another writer; writing its messages one by one", batch.Count);
                }
                else
                {
                    _log.LogWarning(ex, "Batch of {Count} failed; retrying one by one", batch.Count);
                }

                foreach (var work in batch)
                {
                    await CommitAloneAsync(work);
                }
            }
            catch (Exception ex)
            {
                _log.LogError(ex, "Message could not be stored");
                batch.ForEach(w => w.Done.TrySetException(ex));
            }
        }
    }

    private async Task CommitAloneAsync(Work work)
    {
        try
        {
            await CommitAsync([work]);
            work.Done.TrySetResult();
        }
        catch (Exception ex)
        {
            _log.LogError(ex, "Message could not be stored");
            work.Done.TrySetException(ex);
        }
    }

    private async Task CommitAsync(IReadOnlyList<Work> works)
    {
        await using var db = await _dbs.CreateDbContextAsync();
        // Each message has its own savepoint below; EF's extra savepoint around every SaveChanges would only cost round trips.
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync();
        using var rows = new PreparedRows(db);
        var batch = new Batch(db, rows, await Prefetch.LoadAsync(db, works.Select(w => w.Message).ToList()));
        db.SavingChanges += (_, _) =>
        {
            if (batch.TeamId is { } teamId && TeamLexicons.ChangesNames(db.ChangeTracker))
            {
                _lexicons.Invalidate(teamId);
            }
        };
        for (var index = 0; index < works.Count; index++)
        {
            var work = works[index];
            // Another try only for a failed save: on PostgreSQL another writer (a second host) may have created the
            // same account or handled the same message a moment earlier, and a fresh read sees what it committed.
            for (var attempt = 1; ; attempt++)
            {
                await transaction.CreateSavepointAsync("message");
                try
                {
                    await _handle(batch, work);
                    break;
                }
                catch (Exception ex)
                {
                    await RollBackAsync(transaction, batch);
                    if (await HandledElsewhereAsync(db, work.Message))
                    {
                        _log.LogInformation("Message {MessageId} from {Channel} was handled by another writer", work.Message.MessageId, work.Message.Channel);
                        break;
                    }

                    var contention = IsContention(ex);
                    if (contention && index > 0)
                    {
                        // The other writer may be waiting for a row an earlier message of this batch holds: trying
                        // again inside this transaction would meet it again (a deadlock, detected and aborted a
                        // second time). Give the whole batch back; the loop writes its messages one by one.
                        _lexicons.Clear();
                        throw new BatchContention(ex);
                    }

                    if (contention && attempt < MaxContentionTries)
                    {
                        // Alone in the transaction (or first in it), the rollback to the savepoint released every lock
                        // it took, so a fresh try waits behind the other writer instead of deadlocking with it.
                        _log.LogWarning(ex, "Save of message {MessageId} from {Channel} met another writer (try {Attempt}); trying again", work.Message.MessageId, work.Message.Channel, attempt);
                        await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(10, 50) * attempt));
                        continue;
                    }

                    _log.LogError(ex, "Failed on message {MessageId} from {Channel}", work.Message.MessageId, work.Message.Channel);
                    await ApologizeAsync(db, work.Message);
                    break;
                }
            }

            batch.TeamId = null;
            batch.Prefetch.Seen(work.Message.Channel, InboxKeys.Of(work.Message));
            db.ChangeTracker.Clear();
        }

        try
        {
            await transaction.CommitAsync();
        }
        catch
        {
            // Lexicons built inside this batch may hold names that were never committed.
            _lexicons.Clear();
            throw;
        }
    }

    /// <summary>
    /// A failure another writer can cause and a retry can cure: any failed EF save (as before), a deadlock or
    /// serialization failure (SQLSTATE class 40), a unique key another transaction just took (23505), a lock not
    /// available (55P03). Read through the provider-neutral <see cref="DbException.SqlState"/>, so Core needs no Npgsql.
    /// </summary>
    internal static bool IsContention(Exception ex) => ex switch
    {
        DbUpdateException => true,
        DbException { SqlState: { } state } => state.StartsWith("40", StringComparison.Ordinal) || state is "23505" or "55P03",
        _ => ex.InnerException is { } inner && IsContention(inner),
    };

    /// <summary>Undoes the failed message's changes: its savepoint, the tracked entities and what the batch cached.</summary>
    private async Task RollBackAsync(IDbContextTransaction transaction, Batch batch)
    {
        if (batch.TeamId is { } teamId)
        {
            _lexicons.Invalidate(teamId);
        }

        await transaction.RollbackToSavepointAsync("message");
        batch.ForgetRolledBackWork();
    }

    /// <summary>
    /// Whether another writer committed this message while ours was working on it (its idempotency row exists now,
    /// after our rollback): then it was answered there, and an apology here would be a second, wrong answer.
    /// </summary>
    /// <remarks>A plain query, not the compiled one of the hot path: this runs only after a failure, and a compiled
    /// query is bound to the first model it met (the replay verb and tests run other models in the same process).</remarks>
    private static Task<bool> HandledElsewhereAsync(SalesBotDb db, IncomingMessage msg)
    {
        var key = InboxKeys.Of(msg);
        return db.Inbox.AnyAsync(i => i.Channel == msg.Channel && i.ExternalId == key);
    }

    /// <summary>A message whose handling failed is still recorded (a redelivery stays a no-op) and answered.</summary>
    private async Task ApologizeAsync(SalesBotDb db, IncomingMessage msg)
    {
        var now = _clock.GetUtcNow();
        var key = InboxKeys.Of(msg);
        if (!await db.Inbox.AnyAsync(i => i.Channel == msg.Channel && i.ExternalId == key))
        {
            db.Inbox.Add(new InboxMessage { Channel = msg.Channel, ExternalId = key, ReceivedAt = now, ProcessedAt = now });
        }

        db.Outbox.Add(ReplyRows.To(msg, new OutgoingMessage(Replies.Texts.Apology()), null, null, now));
        await db.SaveChangesAsync();
    }
}

/// <summary>A batch given back because one of its messages met another writer's locks (see <see cref="SingleWriter.IsContention"/>).</summary>
internal sealed class BatchContention(Exception inner) : Exception("the batch met another writer", inner);

/// <summary>A queued message; <see cref="Done"/> completes once its batch is committed.</summary>
internal sealed record Work(IncomingMessage Message, PreParsed? PreParsed)
{
    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>What the sender's thread parsed with; the writer uses the result only if both are still current.</summary>
internal sealed record PreParsed(string TimeZone, Parsing.Lexicon Lexicon, Parsing.ParsedCommand Command);

/// <summary>One batch's store: the context inside its transaction, the prepared rows, what was looked up for the whole batch.</summary>
internal sealed class Batch(SalesBotDb db, PreparedRows rows, Prefetch prefetch)
{
    public SalesBotDb Db { get; } = db;
    public PreparedRows Rows { get; } = rows;
    public Prefetch Prefetch { get; } = prefetch;

    /// <summary>The team of the message being handled: a save that changes its names drops its lexicon.</summary>
    public int? TeamId { get; set; }

    /// <summary>After a rollback: nothing tracked, nothing remembered from the rolled-back work.</summary>
    public void ForgetRolledBackWork()
    {
        Db.ChangeTracker.Clear();
        Prefetch.Invalidate();
    }
}
