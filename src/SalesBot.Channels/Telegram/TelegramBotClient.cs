using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace SalesBot.Channels.Telegram;

/// <summary>
/// <see cref="ITelegramBotApi"/> over HTTP: <c>POST {ApiBaseUrl}/bot{token}/{method}</c> with a JSON body.
/// The HttpClient has no timeout of its own; each call gets one, longer than the long-poll wait.
/// </summary>
public sealed class TelegramBotClient(HttpClient http, IOptions<TelegramOptions> options) : ITelegramBotApi
{
    /// <summary>Update kinds SalesBot asks for; chat_member and reactions are not needed.</summary>
    public static readonly IReadOnlyList<string> AllowedUpdates = ["message", "edited_message", "callback_query", "my_chat_member"];

    public const int MaxPollTimeoutSeconds = 50;
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    private readonly TelegramOptions _options = options.Value;

    public async Task<TelegramUser> GetMeAsync(CancellationToken cancellationToken)
    {
        var result = await CallAsync("getMe", new { }, CallTimeout, cancellationToken);
        return result.Deserialize<TelegramUser>(TelegramJson.Options) ?? throw new TelegramApiException("getMe", 0, "empty result", null);
    }

    public async Task<IReadOnlyList<RawUpdate>> GetUpdatesAsync(long offset, int timeoutSeconds, CancellationToken cancellationToken)
    {
        var timeout = Math.Clamp(timeoutSeconds, 0, MaxPollTimeoutSeconds);
        var result = await CallAsync("getUpdates", new { offset, timeout, allowed_updates = AllowedUpdates },
            TimeSpan.FromSeconds(timeout) + CallTimeout, cancellationToken);
        if (result.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var updates = new List<RawUpdate>();
        foreach (var update in result.EnumerateArray())
        {
            if (update.GetInt64OrNull("update_id") is { } id)
            {
                updates.Add(new RawUpdate(id, update.GetRawText()));
            }
        }

        return updates;
    }

    public Task SetWebhookAsync(string url, string secretToken, CancellationToken cancellationToken) =>
        CallAsync("setWebhook", new { url, secret_token = secretToken, allowed_updates = AllowedUpdates }, CallTimeout, cancellationToken);

    public Task DeleteWebhookAsync(CancellationToken cancellationToken) =>
        CallAsync("deleteWebhook", new { drop_pending_updates = false }, CallTimeout, cancellationToken);

    public async Task<long> SendMessageAsync(TelegramSendMessage message, CancellationToken cancellationToken)
    {
        var request = new Dictionary<string, object?>
        {
            ["chat_id"] = message.ChatId,
            ["text"] = message.Html,
            ["parse_mode"] = "HTML",
            ["link_preview_options"] = new { is_disabled = true },
        };
        if (message.MessageThreadId is { } thread)
        {
            request["message_thread_id"] = thread;
        }

        if (message.ReplyToMessageId is { } replyTo)
        {
            request["reply_parameters"] = new { message_id = replyTo, allow_sending_without_reply = true };
        }

        if (message.Keyboard is not null)
        {
            request["reply_markup"] = message.Keyboard;
        }

        var result = await CallAsync("sendMessage", request, CallTimeout, cancellationToken);
        return result.GetInt64OrNull("message_id") ?? 0;
    }

    public async Task<long> SendPhotoAsync(TelegramSendPhoto photo, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(photo.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "chat_id");
        var file = new ByteArrayContent(photo.Png);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        form.Add(file, "photo", "digest.png");
        if (photo.CaptionHtml is { Length: > 0 } caption)
        {
            form.Add(new StringContent(caption), "caption");
            form.Add(new StringContent("HTML"), "parse_mode");
        }

        if (photo.MessageThreadId is { } thread)
        {
            form.Add(new StringContent(thread.ToString(System.Globalization.CultureInfo.InvariantCulture)), "message_thread_id");
        }

        if (photo.ReplyToMessageId is { } replyTo)
        {
            form.Add(new StringContent(JsonSerializer.Serialize(new { message_id = replyTo, allow_sending_without_reply = true }, TelegramJson.Options)), "reply_parameters");
        }

        if (photo.Keyboard is not null)
        {
            form.Add(new StringContent(JsonSerializer.Serialize(photo.Keyboard, TelegramJson.Options)), "reply_markup");
        }

        var result = await PostAsync("sendPhoto", form, CallTimeout, cancellationToken);
        return result.GetInt64OrNull("message_id") ?? 0;
    }

    public async Task EditMessageTextAsync(long chatId, long messageId, string html, TelegramInlineKeyboardMarkup? keyboard, CancellationToken cancellationToken)
    {
        try
        {
            await CallAsync("editMessageText", new
            {
                chat_id = chatId,
                message_id = messageId,
                text = html,
                parse_mode = "HTML",
                reply_markup = keyboard ?? new TelegramInlineKeyboardMarkup([]),
            }, CallTimeout, cancellationToken);
        }
        catch (TelegramApiException ex) when (ex.IsNotModified)
        {
            // Pressing the same button twice asks for the same text: already done.
        }
    }

    public Task AnswerCallbackQueryAsync(string callbackQueryId, string? text, CancellationToken cancellationToken) =>
        CallAsync("answerCallbackQuery", new { callback_query_id = callbackQueryId, text }, CallTimeout, cancellationToken);

    public Task SetMyCommandsAsync(IReadOnlyList<TelegramBotCommand> commands, CancellationToken cancellationToken) =>
        CallAsync("setMyCommands", new { commands }, CallTimeout, cancellationToken);

    private async Task<JsonElement> CallAsync(string method, object body, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var content = JsonContent.Create(body, options: TelegramJson.Options);
        return await PostAsync(method, content, timeout, cancellationToken);
    }

    private async Task<JsonElement> PostAsync(string method, HttpContent content, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        var url = $"{_options.ApiBaseUrl.TrimEnd('/')}/bot{_options.BotToken}/{method}";
        using var response = await http.PostAsync(url, content, cts.Token);
        var text = await response.Content.ReadAsStringAsync(cts.Token);

        TelegramEnvelope? envelope = null;
        try
        {
            envelope = JsonSerializer.Deserialize<TelegramEnvelope>(text, TelegramJson.Options);
        }
        catch (JsonException)
        {
            // Not the Bot API's envelope (a proxy's HTML error page, an emulator's 500): reported below by status.
        }

        if (envelope is { Ok: true })
        {
            return envelope.Result ?? default;
        }

        var code = envelope?.ErrorCode ?? (int)response.StatusCode;
        var description = envelope?.Description ?? Shorten(text);
        throw new TelegramApiException(method, code == 200 ? 500 : code, description, envelope?.Parameters);
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200];
}
