using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Outbox;

public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How long a row taken for sending is hidden from other dispatchers (another host, or this one after a crash).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Retries without a messenger-given wait (5xx, network) before the row is failed; about a day of backoff.</summary>
    public int MaxAttempts { get; set; } = 30;
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(10);
    /// <summary>How many chats are sent to at the same time.</summary>
    public int MaxParallelSends { get; set; } = 8;
    /// <summary>How often the table is looked at when nobody nudged the dispatcher.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>
/// Sends pending outbox rows through the <see cref="IChannelSender"/> of their channel. One chat's rows
/// go strictly in Id order (a row waiting for its retry holds back the rows behind it); chats are paced
/// by their channel's <see cref="ChannelPacing"/>. All state is in the table, so retries survive a
/// restart; a row is taken with a lease (an atomic update) and marked Sent in the step that records
/// the result, so neither a second host nor a restart sends it twice.
/// </summary>
public sealed class OutboxDispatcher : BackgroundService
{
    private static readonly JsonSerializerOptions BodyJson = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan MaxChannelHold = TimeSpan.FromSeconds(1);

    private readonly IDbContextFactory<SalesBotDb> _dbs;
    private readonly Dictionary<ChannelKind, IChannelSender> _senders;
    private readonly Dictionary<ChannelKind, Pacer> _pacers;
    private readonly OutboxSignal _signal;
    private readonly TimeProvider _clock;
    private readonly OutboxOptions _options;
    private readonly ILogger<OutboxDispatcher> _log;

    public OutboxDispatcher(
        IDbContextFactory<SalesBotDb> dbs,
        IEnumerable<IChannelSender> senders,
        IEnumerable<ChannelPacing> pacings,
        OutboxSignal signal,
        TimeProvider clock,
        IOptions<OutboxOptions> options,
        ILogger<OutboxDispatcher> log)
    {
        _dbs = dbs;
        _senders = senders.GroupBy(s => s.Channel).ToDictionary(g => g.Key, g => g.Last());
        var byChannel = pacings.GroupBy(p => p.Channel).ToDictionary(g => g.Key, g => g.Last());
        _pacers = _senders.Keys.ToDictionary(c => c, c => new Pacer(byChannel.GetValueOrDefault(c) ?? ChannelPacing.Unlimited(c)));
        _signal = signal;
        _clock = clock;
        _options = options.Value;
        _log = log;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_senders.Count == 0)
        {
            _log.LogInformation("Outbox: no channel can send; messages wait in the outbox");
            return;
        }

        _log.LogInformation("Outbox: sending for {Channels}", string.Join(", ", _senders.Keys));
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = _options.PollInterval;
            try
            {
                var next = await DispatchOnceAsync(stoppingToken);
                if (next is { } due && due < wait)
                {
                    wait = due;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // The store was unavailable or a sender threw: the rows are still in the table; try again shortly.
                _log.LogError(ex, "Outbox: dispatch round failed");
            }

            if (wait > TimeSpan.Zero)
            {
                await _signal.WaitAsync(wait, stoppingToken);
            }
        }
    }

    /// <summary>
    /// Sends what is due now: the oldest pending row of each chat, when its NotBefore has passed and
    /// pacing allows. Returns how soon something else falls due (null: nothing pending that we know of).
    /// </summary>
    public async Task<TimeSpan?> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        var channels = _senders.Keys.ToList();
        List<Head> heads;
        await using (var db = await _dbs.CreateDbContextAsync(cancellationToken))
        {
            var headIds = db.Outbox
                .Where(o => o.Status == OutboxStatus.Pending && channels.Contains(o.Channel))
                .GroupBy(o => new { o.Channel, o.ChatId })
                .Select(g => g.Min(o => o.Id));
            heads = await db.Outbox.AsNoTracking()
                .Where(o => headIds.Contains(o.Id))
                .OrderBy(o => o.Id)
                .Take(500)
                .Select(o => new Head(o.Id, o.Channel, o.ChatId, o.NotBefore))
                .ToListAsync(cancellationToken);
        }

        TimeSpan? next = null;
        var ready = new List<Head>();
        foreach (var head in heads)
        {
            if (head.NotBefore > now)
            {
                next = Min(next, head.NotBefore - now);
                continue;
            }

            if (_pacers[head.Channel].TryAcquire(head.ChatId, now) is { } paced)
            {
                next = Min(next, paced);
                continue;
            }

            ready.Add(head);
        }

        // Different chats go out side by side (one slow chat must not hold up the rest); one chat never
        // has two rows in flight, because only its oldest pending row is a head.
        var progressed = 0;
        await Parallel.ForEachAsync(ready, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelSends, CancellationToken = cancellationToken },
            async (head, ct) =>
            {
                if (await SendAsync(head, ct))
                {
                    Interlocked.Increment(ref progressed);
                }
            });

        // A chat that just sent may have more rows queued behind that one.
        return progressed > 0 ? TimeSpan.Zero : next;
    }

    private sealed record Head(long Id, ChannelKind Channel, string ChatId, DateTimeOffset NotBefore);

    /// <returns>True when the row left the pending state or was rescheduled.</returns>
    private async Task<bool> SendAsync(Head head, CancellationToken cancellationToken)
    {
        await using var db = await _dbs.CreateDbContextAsync(cancellationToken);
        var now = _clock.GetUtcNow();

        // Take the row: only the dispatcher whose update matched the NotBefore it saw may send it.
        var leaseUntil = now + _options.Lease;
        var taken = await db.Outbox
            .Where(o => o.Id == head.Id && o.Status == OutboxStatus.Pending && o.NotBefore == head.NotBefore)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.NotBefore, leaseUntil), cancellationToken);
        if (taken == 0)
        {
            return false;
        }

        var row = await db.Outbox.SingleAsync(o => o.Id == head.Id, cancellationToken);
        OutgoingMessage? body;
        try
        {
            body = JsonSerializer.Deserialize<OutgoingMessage>(row.Body, BodyJson);
        }
        catch (JsonException ex)
        {
            body = null;
            row.LastError = $"unreadable body: {ex.Message}";
        }

        if (body is null)
        {
            row.Status = OutboxStatus.Failed;
            row.LastError ??= "empty body";
            await db.SaveChangesAsync(CancellationToken.None);
            _log.LogError("Outbox: row {Id} has an unreadable body and is failed", row.Id);
            return true;
        }

        // A send that has started is finished even when the host is stopping: abandoning it could leave a
        // message delivered but not marked, to be sent again after the restart. Only a hung call is cut off.
        SendOutcome outcome;
        using var sendTimeout = new CancellationTokenSource(_options.Lease);
        try
        {
            outcome = await _senders[row.Channel].SendAsync(row, body, sendTimeout.Token);
        }
        catch (Exception ex)
        {
            outcome = SendOutcome.Retry(null, ex is OperationCanceledException ? "send timed out" : ex.Message);
        }

        try
        {
            await RecordAsync(db, row, outcome);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The row was deleted while it was being sent (an undo withdrew a pending team post): nothing left to record.
            _log.LogInformation("Outbox: row {Id} was withdrawn while being sent ({Status})", row.Id, outcome.Status);
        }

        return true;
    }

    private async Task RecordAsync(SalesBotDb db, OutboxMessage row, SendOutcome outcome)
    {
        // Recorded even when the host is stopping: the message went out and must not go out again.
        var ct = CancellationToken.None;
        var now = _clock.GetUtcNow();
        row.LastError = Shorten(outcome.Error);
        switch (outcome.Status)
        {
            case SendStatus.Sent:
                row.Status = OutboxStatus.Sent;
                row.SentAt = now;
                row.SentMessageId = outcome.SentMessageId;
                row.NotBefore = now;
                await db.SaveChangesAsync(ct);
                return;

            case SendStatus.RetryLater:
                row.Attempts++;
                if (outcome.RetryAfter is { } retryAfter)
                {
                    // The messenger said exactly how long (Telegram 429 retry_after): not a guess, not counted against the limit.
                    row.NotBefore = now + retryAfter;
                    // Telegram counts per bot, so the whole channel pauses; a second at most, because a group's
                    // own per-minute limit answers with a long retry_after that only that group has to wait out.
                    _pacers[row.Channel].Hold(now + (retryAfter < MaxChannelHold ? retryAfter : MaxChannelHold));
                }
                else if (row.Attempts >= _options.MaxAttempts)
                {
                    row.Status = OutboxStatus.Failed;
                    _log.LogError("Outbox: row {Id} to {Channel} {Chat} failed after {Attempts} attempts: {Error}", row.Id, row.Channel, row.ChatId, row.Attempts, outcome.Error);
                }
                else
                {
                    row.NotBefore = now + Backoff(row.Attempts);
                }

                await db.SaveChangesAsync(ct);
                _log.LogWarning("Outbox: row {Id} to {Channel} {Chat} retries at {NotBefore:O}: {Error}", row.Id, row.Channel, row.ChatId, row.NotBefore, outcome.Error);
                return;

            case SendStatus.ChatMoved when !string.IsNullOrEmpty(outcome.MovedToChatId):
                _log.LogInformation("Outbox: {Channel} chat {From} moved to {To}; binding updated, resending", row.Channel, row.ChatId, outcome.MovedToChatId);
                row.NotBefore = now;
                await db.SaveChangesAsync(ct);
                await ChatReachability.MoveChatAsync(db, row.Channel, row.ChatId, outcome.MovedToChatId, ct);
                return;

            default:
                row.Status = OutboxStatus.Failed;
                await db.SaveChangesAsync(ct);
                _log.LogWarning("Outbox: row {Id} to {Channel} {Chat} failed for good: {Error}", row.Id, row.Channel, row.ChatId, outcome.Error);
                if (outcome.ChatUnreachable)
                {
                    var kind = _pacers[row.Channel].Pacing.IsGroupChat(row.ChatId) || row.BindingId is not null ? ChatKind.Group : ChatKind.Private;
                    await ChatReachability.MarkUnreachableAsync(db, row.Channel, row.ChatId, kind, outcome.Error ?? "chat unreachable", ct);
                }

                return;
        }
    }

    /// <summary>Exponential (2 s, 4 s, 8 s, ...) up to the cap, with ±20% jitter so retries of many rows spread out.</summary>
    private TimeSpan Backoff(int attempts)
    {
        var seconds = Math.Min(_options.MaxBackoff.TotalSeconds, 2 * Math.Pow(2, Math.Min(attempts - 1, 20)));
        return TimeSpan.FromSeconds(seconds * (0.8 + (0.4 * Random.Shared.NextDouble())));
    }

    private static string? Shorten(string? error) => error is { Length: > 1000 } ? error[..1000] : error;

    private static TimeSpan? Min(TimeSpan? a, TimeSpan b) => a is null || b < a ? b : a;
}
