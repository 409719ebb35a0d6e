using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SalesBot.Channels.Telegram;

/// <summary>
/// At start: learns the bot's name (getMe), publishes the command list (setMyCommands from
/// manifests/telegram/commands.json) and, in webhook mode, registers the webhook with its secret.
/// Retries in the background until Telegram answers; never stops the host.
/// </summary>
public sealed class TelegramBotSetup(
    ITelegramBotApi api,
    TelegramBotAccount account,
    IOptions<TelegramOptions> options,
    ILogger<TelegramBotSetup> log) : BackgroundService
{
    public const string CommandsResource = "SalesBot.Channels.Telegram.commands.json";

    /// <summary>The bot's command menu, embedded from manifests/telegram/commands.json.</summary>
    public static IReadOnlyList<TelegramBotCommand> LoadCommands()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(CommandsResource)
            ?? throw new InvalidOperationException($"resource {CommandsResource} is missing");
        return JsonSerializer.Deserialize<List<TelegramBotCommand>>(stream, TelegramJson.Options) ?? [];
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var pause = TimeSpan.FromSeconds(2);
        for (var done = false; !done && !stoppingToken.IsCancellationRequested;)
        {
            try
            {
                var me = await account.GetAsync(stoppingToken);
                log.LogInformation("Telegram: {Mode} as @{Username}", settings.EffectiveMode.ToString().ToLowerInvariant(), me.Username);
                if (settings.EffectiveMode == TelegramMode.Webhook)
                {
                    await api.SetWebhookAsync(settings.WebhookUrl, settings.WebhookSecret, stoppingToken);
                    log.LogInformation("Telegram: webhook registered at {Url}", settings.WebhookUrl);
                }

                done = true;
            }
            catch (Exception ex) when (ex is TelegramApiException or HttpRequestException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
            {
                log.LogWarning("Telegram: start-up call failed ({Error}); retrying in {Pause}", ex.Message, pause);
                await Task.Delay(pause, stoppingToken);
                pause = TimeSpan.FromSeconds(Math.Min(300, pause.TotalSeconds * 2));
            }
        }

        try
        {
            await api.SetMyCommandsAsync(LoadCommands(), stoppingToken);
        }
        catch (Exception ex) when (ex is TelegramApiException or HttpRequestException)
        {
            // Only the command menu is missing; every command still works when typed.
            log.LogWarning("Telegram: setMyCommands failed: {Error}", ex.Message);
        }
    }
}
