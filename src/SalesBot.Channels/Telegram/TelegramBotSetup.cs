using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Core.Conversation.Languages;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace SalesBot.Channels.Telegram;

/// <summary>
/// At start: learns the bot's name (getMe) and stores it for mentions, publishes the command list (setMyCommands from
/// manifests/telegram/commands.json) and, in webhook mode, registers the webhook with its secret.
/// Retries in the background until Telegram answers; never stops the host.
/// </summary>
public sealed class TelegramBotSetup(
    ITelegramBotClient bot,
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
    public static IReadOnlyList<BotCommand> LoadCommands() => LoadCommands(null)!;

    public static IReadOnlyList<BotCommand>? LoadCommands(string? language)
    {
        var resource = language is null ? CommandsResource : $"SalesBot.Channels.Telegram.commands.{language}.json";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource);
        if (stream is null)
        {
            return language is null ? throw new InvalidOperationException($"resource {CommandsResource} is missing") : null;
        }

        return JsonSerializer.Deserialize<List<BotCommand>>(stream, JsonBotAPI.Options) ?? [];
    }

    /// <summary>The default menu and one per language with a reply pack and a menu file: (null, en), ("pl", ...), ("ru", ...).</summary>
    public static IEnumerable<(string? LanguageCode, IReadOnlyList<BotCommand> Commands)> CommandMenus()
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
                var me = await bot.GetMe(stoppingToken);
                await account.RememberAsync(me.Username ?? "", clock.GetUtcNow(), stoppingToken);
                log.LogInformation("Telegram: {Mode} as @{Username}", settings.EffectiveMode.ToString().ToLowerInvariant(), me.Username);
                if (settings.EffectiveMode == TelegramMode.Webhook)
                {
                    await bot.SetWebhook(settings.WebhookUrl, secretToken: settings.WebhookSecret, allowedUpdates: TelegramBot.AllowedUpdates, cancellationToken: stoppingToken);
                    log.LogInformation("Telegram: webhook registered at {Url}", settings.WebhookUrl);
                }

                done = true;
            }
            catch (Exception ex) when (ex is RequestException or OperationCanceledException && !stoppingToken.IsCancellationRequested)
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
                await bot.SetMyCommands(commands, languageCode: language, cancellationToken: stoppingToken);
            }
            catch (RequestException ex)
            {
                // Only the command menu is missing; every command still works when typed.
                log.LogWarning("Telegram: setMyCommands ({Language}) failed: {Error}", language ?? "default", ex.Message);
            }
        }
    }
}
