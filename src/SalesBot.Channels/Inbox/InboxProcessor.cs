using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SalesBot.Channels.Outbox;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Features.Administration;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Inbox;

/// <summary>
/// Works off the inbox for every messenger, in arrival order: each row is read by its messenger's
/// <see cref="IInboxChannel"/> into <see cref="ChannelEvent"/>s; messages go to the <see cref="IConversationEngine"/>,
/// chat changes (joined, left, moved) are applied after the messages before them, and a joined chat that asks for it is
/// greeted (<see cref="GreetNewChat"/>). Rows are written before the
/// messenger gets its 200, so a crash in between is picked up here after the restart; a row is marked processed only
/// after its work is done. Never calls a messenger before the engine has the message (decision 0022).
/// One failure policy: a row that fails is tried again after 1, 4, 16 s (recorded in the row, so a restart keeps
/// count); after <see cref="MaxAttempts"/> it is dead-lettered: kept, logged, counted in /healthz, no longer tried.
/// It holds up nothing behind it.
/// </summary>
public sealed class InboxProcessor(
    IEnumerable<IInboxChannel> channels,
    IDbContextFactory<SalesBotDb> dbs,
    IServiceScopeFactory scopes,
    InboxSignal signal,
    OutboxSignal outboxSignal,
    TimeProvider clock,
    ILogger<InboxProcessor> log) : BackgroundService
{
    public const int MaxAttempts = 3;
    private const int BatchSize = 256;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    private readonly Dictionary<ChannelKind, IInboxChannel> _channels = channels.ToDictionary(c => c.Channel);
    private bool _warnedNoEngine;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var errors = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var processed = await ProcessPendingAsync(stoppingToken);
                errors = 0;
                if (processed < BatchSize)
                {
                    await signal.WaitAsync(PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // The store is unavailable: the rows stay unprocessed and are tried again.
                errors++;
                log.LogWarning(ex, "Inbox: processing paused");
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(errors, 5)))), stoppingToken);
            }
        }
    }

    /// <returns>How many rows were finished (handled or dead-lettered).</returns>
    public async Task<int> ProcessPendingAsync(CancellationToken cancellationToken)
    {
        if (_channels.Count == 0)
        {
            return 0;
        }

        var kinds = _channels.Keys.ToList();
        var now = clock.GetUtcNow();
        List<InboxMessage> rows;
        await using (var read = await dbs.CreateDbContextAsync(cancellationToken))
        {
            rows = await read.Inbox.AsNoTracking()
                .Where(i => kinds.Contains(i.Channel) && i.ProcessedAt == null && (i.RetryAt == null || i.RetryAt <= now))
                .OrderBy(i => i.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
        }

        if (rows.Count == 0)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var hasEngine = scope.ServiceProvider.GetService<IConversationEngine>() is not null;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var batch = new Batch();
        foreach (var row in rows)
        {
            var channel = _channels[row.Channel];
            try
            {
                var events = await channel.ReadAsync(row, cancellationToken);
                if (!hasEngine && events.Any(e => e is ChannelEvent.Message or ChannelEvent.Button { Incoming: not null }))
                {
                    // Without an engine nothing can be answered; the row waits for a host that has one.
                    WarnNoEngine();
                    continue;
                }

                var handled = new List<Task>();
                foreach (var change in events)
                {
                    switch (change)
                    {
                        case ChannelEvent.Message message:
                            // Queued in row order without waiting: the engine's single writer keeps that order and commits in batches.
                            handled.Add(HandleAsync(message.Incoming, cancellationToken));
                            break;
                        case ChannelEvent.Button button:
                            if (button.Receipt is { } receipt && row.Attempts == 0)
                            {
                                channel.Acknowledge(receipt, cancellationToken);
                            }

                            if (button.Incoming is { } pressed)
                            {
                                handled.Add(HandleAsync(pressed, cancellationToken));
                            }

                            break;
                        case ChannelEvent.Reaction reaction:
                            handled.Add(HandleAsync(reaction.Incoming, cancellationToken));
                            break;
                        case ChannelEvent.Ignored:
                            break;
                        default:
                            // A chat change applies after the messages queued before it.
                            await batch.SettleAsync();
                            await Task.WhenAll(handled);
                            await channel.ApplyAsync(db, change, row, cancellationToken);
                            if (change is ChannelEvent.Joined { Greet: true } joined)
                            {
                                // One greeting for every messenger, from Core and the language packs; it needs no engine.
                                await GreetNewChat.HandleAsync(db, joined.Greeting(row.Channel, row.Id), clock.GetUtcNow(), cancellationToken);
                            }

                            break;
                    }
                }

                batch.Add(row, handled.Count == 0 ? Task.CompletedTask : Task.WhenAll(handled));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                batch.Fail(row, ex);
            }
        }

        await batch.SettleAsync();
        if (batch.Finished.Count > 0)
        {
            outboxSignal.Wake();
            // One statement for the whole batch, not one UPDATE per row.
            var (ids, done) = (batch.Finished, clock.GetUtcNow());
            await db.Inbox.Where(i => ids.Contains(i.Id)).ExecuteUpdateAsync(s => s.SetProperty(i => i.ProcessedAt, done), CancellationToken.None);
        }

        foreach (var (row, error) in batch.Failed)
        {
            await RecordFailureAsync(db, row, error);
        }

        return batch.Finished.Count + batch.Failed.Count(f => f.Row.Attempts + 1 >= MaxAttempts);
    }

    /// <summary>A scope per message: an engine may be a scoped service with a context of its own, and messages overlap.</summary>
    private async Task HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IConversationEngine>().HandleAsync(message, cancellationToken);
    }

    /// <summary>
    /// A reaction goes to the <see cref="IReactionSink"/> (the tips capability), which needs no engine. With none
    /// registered there is nobody who counts reactions: the row is done, and the log says so at debug level.
    /// </summary>
    private async Task HandleAsync(IncomingReaction reaction, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<IReactionSink>() is not { } sink)
        {
            log.LogDebug("Inbox: no reaction sink is registered; {Channel} reaction {Reaction} on {MessageId} skipped", reaction.Channel, reaction.Reaction, reaction.MessageId);
            return;
        }

        await sink.HandleAsync(reaction, cancellationToken);
    }

    private async Task RecordFailureAsync(SalesBotDb db, InboxMessage row, Exception error)
    {
        var attempts = row.Attempts + 1;
        var now = clock.GetUtcNow();
        var text = $"{error.GetType().Name}: {error.Message}";
        text = text.Length <= InboxMessage.MaxErrorLength ? text : text[..InboxMessage.MaxErrorLength];
        if (attempts >= MaxAttempts)
        {
            log.LogError(error, "Inbox: {Channel} row {Id} ({ExternalId}) failed {Attempts} times; dead-lettered", row.Channel, row.Id, row.ExternalId, attempts);
            await db.Inbox.Where(i => i.Id == row.Id).ExecuteUpdateAsync(s => s
                .SetProperty(i => i.Attempts, attempts)
                .SetProperty(i => i.LastError, text)
                .SetProperty(i => i.DeadLetteredAt, now)
                .SetProperty(i => i.ProcessedAt, now), CancellationToken.None);
            return;
        }

        var wait = TimeSpan.FromSeconds(Math.Pow(4, attempts - 1));
        log.LogWarning(error, "Inbox: {Channel} row {Id} failed (attempt {Attempt} of {Max}); trying again in {Wait}", row.Channel, row.Id, attempts, MaxAttempts, wait);
        await db.Inbox.Where(i => i.Id == row.Id).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Attempts, attempts)
            .SetProperty(i => i.LastError, text)
            .SetProperty(i => i.RetryAt, now + wait), CancellationToken.None);
    }

    private void WarnNoEngine()
    {
        if (!_warnedNoEngine)
        {
            log.LogWarning("Inbox: no conversation engine is registered; messages wait in the inbox");
            _warnedNoEngine = true;
        }
    }

    /// <summary>Rows whose messages are with the engine, and how each ended.</summary>
    private sealed class Batch
    {
        private readonly List<(InboxMessage Row, Task Work)> _inFlight = [];

        public List<long> Finished { get; } = [];
        public List<(InboxMessage Row, Exception Error)> Failed { get; } = [];

        public void Add(InboxMessage row, Task work) => _inFlight.Add((row, work));

        public void Fail(InboxMessage row, Exception error) => Failed.Add((row, error));

        public async Task SettleAsync()
        {
            foreach (var (row, work) in _inFlight)
            {
                try
                {
                    await work;
                    Finished.Add(row.Id);
                }
                catch (Exception ex)
                {
                    Failed.Add((row, ex));
                }
            }

            _inFlight.Clear();
        }
    }
}
