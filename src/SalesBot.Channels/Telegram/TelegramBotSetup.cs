using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Channels.Telegram;

/// <summary>
/// At start: learns the bot's name (getMe) and stores it for mentions, publishes the command list (setMyCommands from
/// manifests/telegram/commands.json) and, in webhook mode, registers the webhook with its secret.
/// Retries in the background until Telegram answers; never stops the host.
/// </summary>
public sealed class TelegramBotSetup(
    ITelegramBotApi api,
    TelegramBotAccount account,
    IOptions<TelegramOptions> options,
    TimeProvider clock,
    ILogger<TelegramBotSetup> log) : BackgroundService
{
    public const string CommandsResource = "SalesBot.Channels.Telegram.commands.json";

    /// <summary>
    /// The bot's command menu, embedded from manifests/telegram/commands.json (English, the default) or
    /// commands.LANG.json; null when that language has no menu.
    /// </summary>
    public static IReadOnlyList<TelegramBotCommand> LoadCommands() => LoadCommands(null)!;

    public static IReadOnlyList<TelegramBotCommand>? LoadCommands(string? language)
    {
        var resource = language is null ? CommandsResource : $"SalesBot.Channels.Telegram.commands.{language}.json";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource);
        if (stream is null)
        {
            return language is null ? throw new InvalidOperationException($"resource {CommandsResource} is missing") : null;
        }

        return JsonSerializer.Deserialize<List<TelegramBotCommand>>(stream, TelegramJson.Options) ?? [];
    }

    /// <summary>The default menu and one per language with a reply pack and a menu file: (null, en), ("pl", ...), ("ru", ...).</summary>
    public static IEnumerable<(string? LanguageCode, IReadOnlyList<TelegramBotCommand> Commands)> CommandMenus()
    {
        yield return (null, LoadCommands());
        foreach (var code in ReplyPacks.Codes.Where(c => c != ReplyPacks.English.Code).Order(StringComparer.Ordinal))
        {
            if (LoadCommands(code) is { } commands)
            {
                yield return (code, commands);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var pause = TimeSpan.FromSeconds(2);
        for (var done = false; !done && !stoppingToken.IsCancellationRequested;)
        {
            try
            {
                var me = await api.GetMeAsync(stoppingToken);
                await account.RememberAsync(me.Username ?? "", clock.GetUtcNow(), stoppingToken);
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

        foreach (var (language, commands) in CommandMenus())
        {
            try
            {
                await api.SetMyCommandsAsync(commands, language, stoppingToken);
            }
            catch (Exception ex) when (ex is TelegramApiException or HttpRequestException)
            {
                // Only the command menu is missing; every command still works when typed.
                log.LogWarning("Telegram: setMyCommands ({Language}) failed: {Error}", language ?? "default", ex.Message);
            }
        }
    }
}
