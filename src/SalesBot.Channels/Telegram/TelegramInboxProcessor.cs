using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SalesBot.Channels.Outbox;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace SalesBot.Channels.Telegram;

/// <summary>
/// Works through unprocessed Telegram inbox rows in arrival order: answers a pressed button's
/// callback at once, applies chat moves and membership changes, hands the message to the
/// <see cref="IConversationEngine"/>, then marks the row processed. Rows are written before Telegram
/// gets its 200, so a crash in between is picked up here after the restart.
/// </summary>
public sealed class TelegramInboxProcessor(
    IDbContextFactory<SalesBotDb> dbs,
    IServiceScopeFactory scopes,
    ITelegramBotClient bot,
    TelegramBotAccount account,
    TelegramInboxSignal signal,
    OutboxSignal outboxSignal,
    TimeProvider clock,
    ILogger<TelegramInboxProcessor> log) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan CallbackAnswerTimeout = TimeSpan.FromSeconds(15);
    private const int BatchSize = 256;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using (var probe = scopes.CreateAsyncScope())
        {
            if (probe.ServiceProvider.GetService<IConversationEngine>() is null)
            {
                // Without an engine nothing can be answered; leave the updates in the inbox for a host that has one.
                log.LogError("Telegram: no conversation engine is registered; updates are kept in the inbox unprocessed");
                return;
            }
        }

        var errors = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var processed = await ProcessPendingAsync(stoppingToken);
                errors = 0;
                if (processed == 0)
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
                log.LogWarning(ex, "Telegram: inbox processing paused");
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(errors, 5)))), stoppingToken);
            }
        }
    }

    /// <returns>How many rows were processed.</returns>
    public async Task<int> ProcessPendingAsync(CancellationToken cancellationToken)
    {
        var self = await account.GetAsync(cancellationToken);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var rows = await db.Inbox.AsNoTracking()
            .Where(i => i.Channel == ChannelKind.Telegram && i.ProcessedAt == null)
            .OrderBy(i => i.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        // Messages are queued to the engine in row order without waiting for each: its single writer keeps
        // that order and commits them in batches, instead of one commit (and one disk sync) per update.
        var pending = new List<Task>(rows.Count);
        foreach (var row in rows)
        {
            if (await ProcessAsync(db, row, self, pending, cancellationToken) is { } handled)
            {
                pending.Add(handled);
            }
        }

        await Task.WhenAll(pending);
        if (pending.Count > 0)
        {
            outboxSignal.Wake();
        }

        if (rows.Count > 0)
        {
            // One statement for the whole batch, not one UPDATE per row.
            var (ids, now) = (rows.Select(r => r.Id).ToList(), clock.GetUtcNow());
            await db.Inbox.Where(i => ids.Contains(i.Id)).ExecuteUpdateAsync(s => s.SetProperty(i => i.ProcessedAt, now), CancellationToken.None);
        }

        return rows.Count;
    }

    /// <returns>The engine's handling of the update's message, when it has one.</returns>
    private async Task<Task?> ProcessAsync(SalesBotDb db, InboxMessage row, TelegramBotIdentity self, List<Task> pending, CancellationToken cancellationToken)
    {
        if (row.Payload is null)
        {
            log.LogWarning("Telegram: update {UpdateId} has no stored payload and is skipped", row.ExternalId);
            return null;
        }

        TelegramUpdateWork work;
        try
        {
            work = TelegramBot.ReadUpdate(row.Payload) is { } update ? MapTelegramUpdate.Map(update, self, clock.GetUtcNow()) : TelegramUpdateWork.None;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not an update the Bot API sends (malformed JSON, a date past the year 9999, a message without its chat):
            // skipped, so it cannot hold up the rows behind it.
            log.LogWarning("Telegram: update {UpdateId} is unreadable and skipped: {Error}", row.ExternalId, ex.Message);
            return null;
        }

        if (work.CallbackQueryId is { } callbackId)
        {
            // Not awaited: the button's action is recorded whether or not the Bot API answers.
            _ = AnswerCallbackAsync(callbackId, cancellationToken);
        }

        if (work.Migration is not null || work.Membership is not null)
        {
            // A chat move or membership change applies after the messages queued before it.
            await Task.WhenAll(pending);
        }

        if (work.Migration is { } migration)
        {
            log.LogInformation("Telegram: group {From} became supergroup {To}; binding moved", migration.FromChatId, migration.ToChatId);
            await ChatReachability.MoveChatAsync(db, ChannelKind.Telegram, migration.FromChatId, migration.ToChatId, cancellationToken);
        }

        if (work.Membership is { } membership)
        {
            if (membership.BotIsMember)
            {
                await ChatReachability.MarkReachableAsync(db, ChannelKind.Telegram, membership.ChatId, membership.ChatKind, cancellationToken);
            }
            else
            {
                log.LogInformation("Telegram: the bot left or was blocked in chat {Chat}; marked inactive", membership.ChatId);
                await ChatReachability.MarkUnreachableAsync(db, ChannelKind.Telegram, membership.ChatId, membership.ChatKind, "bot removed from the chat", cancellationToken);
            }
        }

        return work.Message is { } message ? HandleAsync(message, row.ExternalId, cancellationToken) : null;
    }

    private async Task HandleAsync(IncomingMessage message, string updateId, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var engine = scope.ServiceProvider.GetRequiredService<IConversationEngine>();
            await engine.HandleAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The engine promises not to throw for user input; if it does, one bad update must not block the queue.
            log.LogError(ex, "Telegram: the engine failed on update {UpdateId}; skipped", updateId);
        }
    }

    /// <summary>
    /// Stops the button's spinner. Telegram forgets a query after about 15 s, so a slow answer is given up; failure
    /// (the query expired, the Bot API is down) is only logged: the work still happens.
    /// </summary>
    private async Task AnswerCallbackAsync(string callbackId, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(CallbackAnswerTimeout);
            await bot.AnswerCallbackQuery(callbackId, cancellationToken: timeout.Token);
        }
        catch (Exception ex) when (ex is RequestException or OperationCanceledException)
        {
            log.LogWarning("Telegram: answerCallbackQuery {Id} failed: {Error}", callbackId, ex.Message);
        }
    }
}
