using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace SalesBot.Channels.Telegram;

/// <summary>
/// Telegram:Mode=polling: long-polls getUpdates and records each update in the inbox before asking
/// for the next batch. The offset (last update_id + 1) confirms a batch only after it is stored, so
/// a crash re-fetches it and the inbox drops the repeats. One poller per bot: with several hosts, use the webhook.
/// </summary>
public sealed class TelegramPollingService(
    ITelegramBotClient bot,
    IOptions<TelegramOptions> options,
    TelegramInboxWriter inbox,
    TimeProvider clock,
    ILogger<TelegramPollingService> log) : BackgroundService
{
    /// <summary>Some servers (the test emulator) answer an empty poll at once; do not spin on them.</summary>
    private static readonly TimeSpan EmptyPollPause = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxErrorPause = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        await DeleteWebhookAsync(stoppingToken);
        log.LogInformation("Telegram: polling {Api} (wait {Timeout}s)", settings.ApiBaseUrl, settings.PollTimeoutSeconds);

        var offset = 0;
        var errors = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var started = clock.GetUtcNow();
            try
            {
                var updates = await bot.GetUpdates(offset, timeout: Math.Clamp(settings.PollTimeoutSeconds, 0, TelegramBot.MaxPollTimeoutSeconds),
                    allowedUpdates: TelegramBot.AllowedUpdates, cancellationToken: stoppingToken);
                errors = 0;
                if (updates.Length > 0)
                {
                    await Task.WhenAll(updates.OrderBy(u => u.Id).Select(u => inbox.RecordAsync(new RawUpdate(u.Id, TelegramBot.Write(u)), stoppingToken)));
                    offset = updates.Max(u => u.Id) + 1;
                }
                else if (clock.GetUtcNow() - started < TimeSpan.FromSeconds(1))
                {
                    await Task.Delay(EmptyPollPause, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 429)
            {
                await Task.Delay(ex.RetryAfter() ?? TimeSpan.FromSeconds(1), stoppingToken);
            }
            catch (Exception ex)
            {
                errors++;
                var pause = TimeSpan.FromSeconds(Math.Min(MaxErrorPause.TotalSeconds, Math.Pow(2, Math.Min(errors, 6))));
                if (ex is ApiRequestException { ErrorCode: 409 })
                {
                    log.LogWarning("Telegram: {Description} (another poller or a webhook is active); retrying in {Pause}", ex.Message, pause);
                }
                else
                {
                    log.LogWarning(ex, "Telegram: getUpdates failed; retrying in {Pause}", pause);
                }

                await Task.Delay(pause, stoppingToken);
            }
        }
    }

    /// <summary>getUpdates refuses to work while a webhook is set (409), so clear it first.</summary>
    private async Task DeleteWebhookAsync(CancellationToken stoppingToken)
    {
        try
        {
            await bot.DeleteWebhook(dropPendingUpdates: false, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning("Telegram: deleteWebhook failed ({Error}); polling anyway", ex.Message);
        }
    }
}
