using System.Globalization;
using Microsoft.Extensions.Logging;
using SalesBot.Channels.Outbox;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Telegram;

/// <summary>
/// Sends an outbox row to Telegram and says what happened in the dispatcher's terms: 429 waits
/// exactly retry_after, 400 with migrate_to_chat_id is a moved chat, 403 (blocked, kicked) makes
/// the chat unreachable, other 4xx fail the row, 5xx and network errors are retried.
/// </summary>
public sealed class TelegramSender(ITelegramBotApi api, ILogger<TelegramSender> log) : IChannelSender
{
    /// <summary>Waiting for a later piece of a long message up to this long, instead of resending the pieces already out.</summary>
    private static readonly TimeSpan MaxInlineWait = TimeSpan.FromSeconds(60);

    /// <summary>The General topic of a forum is addressed by leaving message_thread_id out; sending 1 is a 400.</summary>
    private const long GeneralTopicId = 1;

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

        try
        {
            if (ParseMessageId(message.EditMessageId) is { } editId)
            {
                // An edit replaces one message; text that grew past one message keeps its first piece.
                await api.EditMessageTextAsync(chatId, editId, rendering.Pieces[0], rendering.Keyboard, cancellationToken);
                return SendOutcome.Sent(Id(chatId, editId));
            }

            if (body.Chart is { } chart && await TelegramChartPost.SendAsync(api, log, message, chatId, rendering, chart, cancellationToken) is { } photoId)
            {
                return SendOutcome.Sent(Id(chatId, photoId));
            }

            return await SendPiecesAsync(message, chatId, rendering, cancellationToken);
        }
        catch (TelegramApiException ex)
        {
            return Outcome(ex);
        }
        catch (HttpRequestException ex)
        {
            return SendOutcome.Retry(null, $"Telegram unreachable: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendOutcome.Retry(null, "Telegram did not answer in time");
        }
    }

    private async Task<SendOutcome> SendPiecesAsync(OutboxMessage message, long chatId, TelegramRendering rendering, CancellationToken cancellationToken)
    {
        var thread = ParseLong(message.ThreadId) is { } t && t != GeneralTopicId ? t : (long?)null;
        var replyTo = ParseMessageId(message.ReplyToMessageId);
        long lastId = 0;
        for (var i = 0; i < rendering.Pieces.Count; i++)
        {
            var piece = new TelegramSendMessage(chatId, rendering.Pieces[i])
            {
                MessageThreadId = thread,
                ReplyToMessageId = i == 0 ? replyTo : null,
                Keyboard = i == rendering.Pieces.Count - 1 ? rendering.Keyboard : null,
            };
            if (i == 0)
            {
                // Nothing is out yet: any failure is the dispatcher's to schedule.
                lastId = await api.SendMessageAsync(piece, cancellationToken);
                continue;
            }

            try
            {
                lastId = await SendLaterPieceAsync(piece, cancellationToken);
            }
            catch (Exception ex) when (ex is TelegramApiException or HttpRequestException)
            {
                // Earlier pieces are out; retrying the row would repeat them. Report it as sent, say what is missing.
                log.LogError(ex, "Telegram: outbox row {Id} sent only {Sent} of {Total} pieces", message.Id, i, rendering.Pieces.Count);
                break;
            }
        }

        return SendOutcome.Sent(Id(chatId, lastId));
    }

    private async Task<long> SendLaterPieceAsync(TelegramSendMessage piece, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await api.SendMessageAsync(piece, cancellationToken);
            }
            catch (TelegramApiException ex) when (ex.IsTooManyRequests && ex.RetryAfter is { } wait && wait <= MaxInlineWait && attempt < 3)
            {
                await Task.Delay(wait, cancellationToken);
            }
        }
    }

    private static SendOutcome Outcome(TelegramApiException ex)
    {
        var error = $"{ex.ErrorCode} {ex.Description}";
        if (ex.IsTooManyRequests)
        {
            return SendOutcome.Retry(ex.RetryAfter ?? TimeSpan.FromSeconds(1), error);
        }

        if (ex.MigrateToChatId is { } movedTo)
        {
            return SendOutcome.Moved(movedTo.ToString(CultureInfo.InvariantCulture), error);
        }

        if (ex.IsForbidden)
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

    /// <summary>
    /// Reads "chatId:messageId" (how IncomingMessage and SentMessageId name messages) or a bare message id;
    /// anything else (an event with no message, "chatId:member:date") names no message to reply to.
    /// </summary>
    internal static long? ParseMessageId(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var parts = id.Split(':');
        var messageId = parts.Length switch
        {
            1 => ParseLong(parts[0]),
            2 => ParseLong(parts[1]),
            _ => null,
        };
        return messageId > 0 ? messageId : null;
    }

    private static long? ParseLong(string? text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Id(long chatId, long messageId) =>
        string.Create(CultureInfo.InvariantCulture, $"{chatId}:{messageId}");
}
