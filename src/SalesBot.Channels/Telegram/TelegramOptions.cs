using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace SalesBot.Channels.Telegram;

public enum TelegramMode { Off, Polling, Webhook }

/// <summary>The "Telegram" configuration section (shared/contracts/cli.md).</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";
    public const string DefaultApiBaseUrl = "https://api.telegram.org";

    /// <summary>From @BotFather: "123456789:AA...". Empty turns Telegram off.</summary>
    public string BotToken { get; set; } = "";
    /// <summary><c>polling</c>, <c>webhook</c> or <c>off</c>; empty picks webhook when a WebhookUrl is set, else polling.</summary>
    public string Mode { get; set; } = "";
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;
    /// <summary>Sent to setWebhook as secret_token and expected back in X-Telegram-Bot-Api-Secret-Token.</summary>
    public string WebhookSecret { get; set; } = "";
    /// <summary>The public HTTPS address of <c>POST /api/telegram</c>, registered with setWebhook at start.</summary>
    public string WebhookUrl { get; set; } = "";
    /// <summary>Long-poll wait; the server caps it at 50 s.</summary>
    public int PollTimeoutSeconds { get; set; } = 50;
    /// <summary>
    /// The Bot API server is telegram-test-api on this machine (README, "Try it locally"): its answers are read with
    /// <see cref="TelegramEmulatorQuirks"/>. Only a loopback <see cref="ApiBaseUrl"/> is accepted with it.
    /// </summary>
    public bool Emulator { get; set; }

    public bool HasToken => !string.IsNullOrWhiteSpace(BotToken);

    /// <summary>The bot's numeric id, the token's part before the colon (not secret).</summary>
    public string BotId => BotToken.Split(':', 2)[0].Trim();

    /// <summary>The mode in effect: Off without a token; the default is webhook only when a URL is given.</summary>
    public TelegramMode EffectiveMode
    {
        get
        {
            if (!HasToken)
            {
                return TelegramMode.Off;
            }

            return Mode.Trim().ToLowerInvariant() switch
            {
                "off" => TelegramMode.Off,
                "webhook" => TelegramMode.Webhook,
                "polling" => TelegramMode.Polling,
                "" => string.IsNullOrWhiteSpace(WebhookUrl) ? TelegramMode.Polling : TelegramMode.Webhook,
                _ => TelegramMode.Off,
            };
        }
    }
}

/// <summary>Fails the host at start, with a sentence a person can act on, when the section cannot work.</summary>
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var errors = new List<string>();
        var mode = options.Mode.Trim().ToLowerInvariant();
        if (mode is not ("" or "polling" or "webhook" or "off"))
        {
            errors.Add($"Telegram:Mode is '{options.Mode}'; use polling, webhook or off.");
        }

        if (options.HasToken && !TokenFormat().IsMatch(options.BotToken.Trim()))
        {
            errors.Add("Telegram:BotToken does not look like a BotFather token (digits, a colon, then 30 or more letters, digits, '_' or '-').");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add($"Telegram:ApiBaseUrl '{options.ApiBaseUrl}' is not an http(s) URL.");
        }

        if (options.Emulator && !(Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var local) && local.IsLoopback))
        {
            errors.Add($"Telegram:Emulator is for a Bot API emulator on this machine, but Telegram:ApiBaseUrl '{options.ApiBaseUrl}' is not a loopback address.");
        }

        if (!string.IsNullOrEmpty(options.WebhookSecret) && !SecretFormat().IsMatch(options.WebhookSecret))
        {
            errors.Add("Telegram:WebhookSecret must be 1-256 characters of A-Z, a-z, 0-9, '_' and '-' (Telegram's secret_token rule).");
        }

        if (options.HasToken && options.EffectiveMode == TelegramMode.Webhook)
        {
            if (string.IsNullOrEmpty(options.WebhookSecret))
            {
                errors.Add("Telegram:Mode is webhook but Telegram:WebhookSecret is empty; set a random secret so nobody else can post updates.");
            }

            if (!Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var hook) || (hook.Scheme != Uri.UriSchemeHttps && hook.Scheme != Uri.UriSchemeHttp))
            {
                errors.Add($"Telegram:Mode is webhook but Telegram:WebhookUrl '{options.WebhookUrl}' is not a URL (Telegram needs https://your.host/api/telegram).");
            }
            else if (IsRealTelegram(options) && (hook.Scheme != Uri.UriSchemeHttps || hook.Port is not (443 or 80 or 88 or 8443)))
            {
                // Local emulators take any URL; the real server only calls HTTPS on these ports.
                errors.Add($"Telegram:WebhookUrl '{options.WebhookUrl}' must be https on port 443, 80, 88 or 8443: Telegram calls no other.");
            }
        }

        if (options.PollTimeoutSeconds is < 0 or > TelegramBot.MaxPollTimeoutSeconds)
        {
            errors.Add($"Telegram:PollTimeoutSeconds must be 0-{TelegramBot.MaxPollTimeoutSeconds}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsRealTelegram(TelegramOptions options) =>
        Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) && api.Host.Equals("api.telegram.org", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^\d{1,20}:[A-Za-z0-9_-]{30,}$")]
    private static partial Regex TokenFormat();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretFormat();
}
