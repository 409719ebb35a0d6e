using Microsoft.Extensions.Logging;
using SalesBot.Core.Messaging;
using SalesBot.Core.Reports.Charts;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace SalesBot.Channels.Telegram;

/// <summary>
/// A digest with a chart goes to Telegram as one photo with the text as its caption; text longer than a caption
/// (1,024 characters) follows the photo as messages, the buttons on the last. The PNG is drawn here, at send time,
/// from the chart model the outbox row carries.
/// </summary>
internal static class TelegramChartPost
{
    public const int MaxCaptionLength = 1024;

    /// <summary>The last sent message's id, or null when the picture could not be drawn (the caller sends the text alone).</summary>
    public static async Task<int?> SendAsync(ITelegramBotClient bot, ILogger log, OutboxMessage message, TelegramSender.TelegramAddress address,
        TelegramRendering rendering, DigestChart chart, CancellationToken cancellationToken)
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

        var captioned = rendering.Pieces is [{ Length: <= MaxCaptionLength } only] ? only : null;
        // Nothing is out before the photo: its failure is the dispatcher's to retry.
        using var file = new MemoryStream(png);
        var sent = await bot.SendPhoto(address.ChatId, InputFile.FromStream(file, "digest.png"), captioned,
            captioned is null ? default : ParseMode.Html,
            replyParameters: address.ReplyParameters,
            replyMarkup: captioned is null ? null : rendering.Keyboard,
            messageThreadId: address.ThreadId,
            cancellationToken: cancellationToken);
        var lastId = sent.Id;
        if (captioned is not null)
        {
            return lastId;
        }

        for (var i = 0; i < rendering.Pieces.Count; i++)
        {
            try
            {
                var keyboard = i == rendering.Pieces.Count - 1 ? rendering.Keyboard : null;
                lastId = (await bot.SendMessage(address.ChatId, rendering.Pieces[i], ParseMode.Html, replyMarkup: keyboard,
                    messageThreadId: address.ThreadId, cancellationToken: cancellationToken)).Id;
            }
            catch (RequestException ex)
            {
                // The photo is out; retrying the row would send it again. Reported as sent, with what is missing.
                log.LogError(ex, "Telegram: outbox row {Id} sent its chart and {Sent} of {Total} text pieces", message.Id, i, rendering.Pieces.Count);
                break;
            }
        }

        return lastId;
    }
}
