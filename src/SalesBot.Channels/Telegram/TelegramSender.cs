using System.Globalization;
using Microsoft.Extensions.Logging;
using SalesBot.Channels.Outbox;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace SalesBot.Channels.Telegram;

/// <summary>
/// Sends an outbox row to Telegram and says what happened in the dispatcher's terms: 429 waits
/// exactly retry_after, 400 with migrate_to_chat_id is a moved chat, 403 (blocked, kicked) makes
/// the chat unreachable, other 4xx fail the row, 5xx and network errors are retried.
/// </summary>
public sealed class TelegramSender(ITelegramBotClient bot, ILogger<TelegramSender> log) : IChannelSender
{
    /// <summary>Waiting for a later piece of a long message up to this long, instead of resending the pieces already out.</summary>
    private static readonly TimeSpan MaxInlineWait = TimeSpan.FromSeconds(60);

    /// <summary>The General topic of a forum is addressed by leaving message_thread_id out; sending 1 is a 400.</summary>
    private const int GeneralTopicId = 1;

    /// <summary>How many times a digest's photo is tried before its text goes alone.</summary>
    internal const int PhotoTries = 2;

    /// <summary>Links in replies (a deal's website) would unfurl into a preview card under every confirmation.</summary>
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    public ChannelKind Channel => ChannelKind.Telegram;

    public async Task<SendOutcome> SendAsync(OutboxMessage message, OutgoingMessage body, CancellationToken cancellationToken)
    {
        if (!long.TryParse(message.ChatId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var chatId))
        {
            return SendOutcome.Failed($"'{message.ChatId}' is not a Telegram chat id");
        }

        var rendering = TelegramRenderer.Render(body);
        foreach (var dropped in rendering.DroppedButtons)
        {
            log.LogError("Telegram: button '{Label}' dropped from outbox row {Id}: callback data must be 1-64 bytes", dropped.Label, message.Id);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TelegramBot.CallTimeout);
        var address = new TelegramAddress(chatId, Thread(message.ThreadId), ParseMessageId(message.ReplyToMessageId));
        try
        {
            if (ParseMessageId(message.EditMessageId) is { } editId)
            {
                await EditAsync(chatId, editId, rendering, timeout.Token);
                return SendOutcome.Sent(Id(chatId, editId));
            }

            // The text is the digest, the picture an extra: after two failed tries, or when Telegram refuses the
            // photo itself, the text goes alone rather than the digest not at all.
            if (body.Chart is { } chart && message.Attempts < PhotoTries)
            {
                try
                {
                    if (await TelegramChartPost.SendAsync(bot, log, message, address, rendering, chart, timeout.Token) is { } photoId)
                    {
                        return SendOutcome.Sent(Id(chatId, photoId));
                    }
                }
                catch (ApiRequestException ex) when (ex.ErrorCode == 400 && ex.Parameters?.MigrateToChatId is null)
                {
                    log.LogWarning("Telegram: the chart of outbox row {Id} was refused ({Error}); sending the text alone", message.Id, ex.Message);
                }
            }

            return await SendPiecesAsync(message, address, rendering, timeout.Token);
        }
        catch (ApiRequestException ex)
        {
            return Outcome(ex);
        }
        catch (RequestException ex)
        {
            return SendOutcome.Retry(null, $"Telegram unreachable: {ex.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendOutcome.Retry(null, "Telegram did not answer in time");
        }
    }

    /// <summary>An edit replaces one message (the confirmation a button belongs to); text that grew past one message keeps its first piece.</summary>
    private async Task EditAsync(long chatId, int messageId, TelegramRendering rendering, CancellationToken cancellationToken)
    {
        try
        {
            // No keyboard means none: an empty one takes the old buttons away.
            await bot.EditMessageText(chatId, messageId, rendering.Pieces[0], ParseMode.Html,
                replyMarkup: rendering.Keyboard ?? new InlineKeyboardMarkup(), cancellationToken: cancellationToken);
        }
        catch (ApiRequestException ex) when (ex.IsNotModified())
        {
            // Pressing the same button twice asks for the same text: already done.
        }
    }

    /// <summary>Where a reply goes: the chat, its forum topic (never the General one), and the message it answers.</summary>
    internal sealed record TelegramAddress(long ChatId, int? ThreadId, int? ReplyTo)
    {
        public ReplyParameters? ReplyParameters => ReplyTo is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null;
    }

    private async Task<SendOutcome> SendPiecesAsync(OutboxMessage message, TelegramAddress address, TelegramRendering rendering, CancellationToken cancellationToken)
    {
        var lastId = 0;
        for (var i = 0; i < rendering.Pieces.Count; i++)
        {
            var (html, first, keyboard) = (rendering.Pieces[i], i == 0, i == rendering.Pieces.Count - 1 ? rendering.Keyboard : null);
            if (first)
            {
                // Nothing is out yet: any failure is the dispatcher's to schedule.
                lastId = (await SendTextAsync(address, html, replyTo: true, keyboard, cancellationToken)).Id;
                continue;
            }

            try
            {
                lastId = await SendLaterPieceAsync(address, html, keyboard, cancellationToken);
            }
            catch (RequestException ex)
            {
                // Earlier pieces are out; retrying the row would repeat them. Report it as sent, say what is missing.
                log.LogError(ex, "Telegram: outbox row {Id} sent only {Sent} of {Total} pieces", message.Id, i, rendering.Pieces.Count);
                break;
            }
        }

        return SendOutcome.Sent(Id(address.ChatId, lastId));
    }

    internal Task<Message> SendTextAsync(TelegramAddress address, string html, bool replyTo, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken) =>
        bot.SendMessage(address.ChatId, html, ParseMode.Html,
            replyParameters: replyTo ? address.ReplyParameters : null,
            replyMarkup: keyboard,
            linkPreviewOptions: NoPreview,
            messageThreadId: address.ThreadId,
            cancellationToken: cancellationToken);

    private async Task<int> SendLaterPieceAsync(TelegramAddress address, string html, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return (await SendTextAsync(address, html, replyTo: false, keyboard, cancellationToken)).Id;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 429 && ex.RetryAfter() is { } wait && wait <= MaxInlineWait && attempt < 3)
            {
                await Task.Delay(wait, cancellationToken);
            }
        }
    }

    private static SendOutcome Outcome(ApiRequestException ex)
    {
        var error = $"{ex.ErrorCode} {ex.Message}";
        if (ex.ErrorCode == 429)
        {
            return SendOutcome.Retry(ex.RetryAfter() ?? TimeSpan.FromSeconds(1), error);
        }

        if (ex.Parameters?.MigrateToChatId is { } movedTo)
        {
            return SendOutcome.Moved(movedTo.ToString(CultureInfo.InvariantCulture), error);
        }

        // Blocked by the user, kicked from the group, user deactivated: permanent for this chat.
        if (ex.ErrorCode == 403)
        {
            return SendOutcome.Unreachable(error);
        }

        // 401/404: a wrong token or API address is a configuration fault; keep the message until it is fixed.
        if (ex.ErrorCode is 401 or 404 or >= 500)
        {
            return SendOutcome.Retry(null, error);
        }

        return SendOutcome.Failed(error);
    }

    private static int? Thread(string? threadId) => ParseNumber(threadId) is { } t && t != GeneralTopicId ? t : null;

    /// <summary>
    /// Reads "chatId:messageId" (how IncomingMessage and SentMessageId name messages) or a bare message id;
    /// anything else (an event with no message, "chatId:member:date") names no message to reply to.
    /// </summary>
    internal static int? ParseMessageId(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var parts = id.Split(':');
        var messageId = parts.Length switch
        {
            1 => ParseNumber(parts[0]),
            2 => ParseNumber(parts[1]),
            _ => null,
        };
        return messageId > 0 ? messageId : null;
    }

    private static int? ParseNumber(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Id(long chatId, long messageId) =>
        string.Create(CultureInfo.InvariantCulture, $"{chatId}:{messageId}");
}
