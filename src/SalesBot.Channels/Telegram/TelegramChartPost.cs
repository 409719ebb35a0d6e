using Microsoft.Extensions.Logging;
using SalesBot.Core.Messaging;
using SalesBot.Core.Reports.Charts;

namespace SalesBot.Channels.Telegram;

/// <summary>
/// A digest with a chart goes to Telegram as one photo with the text as its caption; text longer than a caption
/// (1,024 characters) follows the photo as messages, the buttons on the last. The PNG is drawn here, at send time,
/// from the chart model the outbox row carries.
/// </summary>
internal static class TelegramChartPost
{
    /// <summary>The last sent message's id, or null when the picture could not be drawn (the caller sends the text alone).</summary>
    public static async Task<long?> SendAsync(ITelegramBotApi api, ILogger log, OutboxMessage message, long chatId, TelegramRendering rendering,
        DigestChart chart, CancellationToken cancellationToken)
    {
        byte[] png;
        try
        {
            png = DigestChartRenderer.RenderPng(chart);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogError(ex, "Telegram: the chart of outbox row {Id} could not be drawn; sending the text alone", message.Id);
            return null;
        }

        var thread = long.TryParse(message.ThreadId, out var t) && t != 1 ? t : (long?)null;
        var replyTo = TelegramSender.ParseMessageId(message.ReplyToMessageId);
        var captioned = rendering.Pieces is [{ Length: <= TelegramSendPhoto.MaxCaptionLength } only] ? only : null;
        // Nothing is out before the photo: its failure is the dispatcher's to retry.
        var lastId = await api.SendPhotoAsync(new TelegramSendPhoto(chatId, png, captioned)
        {
            MessageThreadId = thread,
            ReplyToMessageId = replyTo,
            Keyboard = captioned is null ? null : rendering.Keyboard,
        }, cancellationToken);
        if (captioned is not null)
        {
            return lastId;
        }

        for (var i = 0; i < rendering.Pieces.Count; i++)
        {
            try
            {
                lastId = await api.SendMessageAsync(new TelegramSendMessage(chatId, rendering.Pieces[i])
                {
                    MessageThreadId = thread,
                    Keyboard = i == rendering.Pieces.Count - 1 ? rendering.Keyboard : null,
                }, cancellationToken);
            }
            catch (Exception ex) when (ex is TelegramApiException or HttpRequestException)
            {
                // The photo is out; retrying the row would send it again. Reported as sent, with what is missing.
                log.LogError(ex, "Telegram: outbox row {Id} sent its chart and {Sent} of {Total} text pieces", message.Id, i, rendering.Pieces.Count);
                break;
            }
        }

        return lastId;
    }
}
