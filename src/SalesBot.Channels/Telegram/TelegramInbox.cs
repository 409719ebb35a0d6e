using Microsoft.Extensions.Logging;
using SalesBot.Channels.Inbox;
using SalesBot.Channels.Outbox;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace SalesBot.Channels.Telegram;

/// <summary>
/// Telegram's part in working off the inbox (<see cref="InboxProcessor"/>): reads a stored update with Telegram.Bot's
/// types and maps it (<see cref="MapTelegramUpdate"/>); applies chat moves and membership to the store; answers a
/// pressed button's callback without waiting for it. Never waits for the Bot API: the bot's identity comes from the
/// token and the store (<see cref="TelegramBotAccount"/>).
/// </summary>
public sealed class TelegramInbox(ITelegramBotClient bot, TelegramBotAccount account, TimeProvider clock, ILogger<TelegramInbox> log) : IInboxChannel
{
    /// <summary>Telegram forgets a callback query after about 15 s; a slower answer is given up.</summary>
    private static readonly TimeSpan CallbackAnswerTimeout = TimeSpan.FromSeconds(15);

    public ChannelKind Channel => ChannelKind.Telegram;

    public async ValueTask<IReadOnlyList<ChannelEvent>> ReadAsync(InboxMessage row, CancellationToken cancellationToken)
    {
        if (row.Payload is null)
        {
            return [new ChannelEvent.Ignored("no stored payload (too large to keep)")];
        }

        var self = await account.GetAsync(cancellationToken);
        try
        {
            return TelegramBot.ReadUpdate(row.Payload) is { } update
                ? MapTelegramUpdate.Map(update, self, clock.GetUtcNow())
                : [new ChannelEvent.Ignored("empty update")];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not an update the Bot API sends (malformed JSON, a date past the year 9999, a message without its chat):
            // trying again cannot help.
            return [new ChannelEvent.Ignored($"unreadable: {ex.Message}")];
        }
    }

    public async Task ApplyAsync(SalesBotDb db, ChannelEvent change, InboxMessage row, CancellationToken cancellationToken)
    {
        switch (change)
        {
            case ChannelEvent.Moved moved:
                log.LogInformation("Telegram: group {From} became supergroup {To}; binding moved", moved.FromChatId, moved.ToChatId);
                await ChatReachability.MoveChatAsync(db, Channel, moved.FromChatId, moved.ToChatId, cancellationToken);
                break;
            case ChannelEvent.Joined joined:
                await ChatReachability.MarkReachableAsync(db, Channel, joined.ChatId, joined.Kind, cancellationToken);
                break;
            case ChannelEvent.Left left:
                log.LogInformation("Telegram: the bot left or was blocked in chat {Chat}; marked inactive", left.ChatId);
                await ChatReachability.MarkUnreachableAsync(db, Channel, left.ChatId, left.Kind, "bot removed from the chat", cancellationToken);
                break;
        }
    }

    /// <summary>Stops the button's spinner; failure (the query expired, the Bot API is down) is only logged: the work still happens.</summary>
    public void Acknowledge(string receipt, CancellationToken cancellationToken) => _ = AnswerCallbackAsync(receipt, cancellationToken);

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
