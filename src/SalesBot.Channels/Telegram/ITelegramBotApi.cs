using System.Text.Json;

namespace SalesBot.Channels.Telegram;

/// <summary>
/// The Telegram Bot API methods SalesBot calls, spoken by our own small client (Telegram.Bot is not
/// served here; docs/decisions explains). A failed call throws <see cref="TelegramApiException"/>
/// carrying the API's error_code, description and parameters (retry_after, migrate_to_chat_id);
/// callers decide what a failure means, the client never sleeps or retries on its own.
/// </summary>
public interface ITelegramBotApi
{
    Task<TelegramUser> GetMeAsync(CancellationToken cancellationToken);

    /// <summary>Long polling: updates after <paramref name="offset"/> - 1, waiting up to <paramref name="timeoutSeconds"/> (capped at 50).</summary>
    Task<IReadOnlyList<RawUpdate>> GetUpdatesAsync(long offset, int timeoutSeconds, CancellationToken cancellationToken);

    Task SetWebhookAsync(string url, string secretToken, CancellationToken cancellationToken);

    Task DeleteWebhookAsync(CancellationToken cancellationToken);

    /// <summary>Sends one message (text already HTML, at most 4,096 characters); returns the sent message's id.</summary>
    Task<long> SendMessageAsync(TelegramSendMessage message, CancellationToken cancellationToken);

    /// <summary>Sends one picture (multipart upload) with an optional HTML caption of at most 1,024 characters; returns the sent message's id.</summary>
    Task<long> SendPhotoAsync(TelegramSendPhoto photo, CancellationToken cancellationToken);

    /// <summary>Replaces a sent message's text and keyboard; "message is not modified" counts as success.</summary>
    Task EditMessageTextAsync(long chatId, long messageId, string html, TelegramInlineKeyboardMarkup? keyboard, CancellationToken cancellationToken);

    /// <summary>Stops the spinner on a pressed button. Call it for every callback query, at once.</summary>
    Task AnswerCallbackQueryAsync(string callbackQueryId, string? text, CancellationToken cancellationToken);

    Task SetMyCommandsAsync(IReadOnlyList<TelegramBotCommand> commands, CancellationToken cancellationToken);
}

/// <summary>An update as received: its id and its JSON, kept verbatim for the inbox.</summary>
public sealed record RawUpdate(long UpdateId, string Json);

/// <summary>What <c>sendMessage</c> takes (the parts SalesBot uses).</summary>
public sealed record TelegramSendMessage(long ChatId, string Html)
{
    /// <summary>Forum topic; never 1 (the General topic is addressed by leaving it out).</summary>
    public long? MessageThreadId { get; init; }
    public long? ReplyToMessageId { get; init; }
    public TelegramInlineKeyboardMarkup? Keyboard { get; init; }
}

/// <summary>What <c>sendPhoto</c> takes: PNG bytes uploaded as a file, and the caption as HTML.</summary>
public sealed record TelegramSendPhoto(long ChatId, byte[] Png, string? CaptionHtml)
{
    public const int MaxCaptionLength = 1024;
    public long? MessageThreadId { get; init; }
    public long? ReplyToMessageId { get; init; }
    public TelegramInlineKeyboardMarkup? Keyboard { get; init; }
}

/// <summary>A Bot API answer with <c>ok:false</c> (or a transport-level error status).</summary>
public sealed class TelegramApiException(string method, int errorCode, string description, TelegramResponseParameters? parameters)
    : Exception($"Telegram {method} failed: {errorCode} {description}")
{
    public string Method { get; } = method;
    public int ErrorCode { get; } = errorCode;
    public string Description { get; } = description;
    public TelegramResponseParameters? Parameters { get; } = parameters;

    public TimeSpan? RetryAfter => Parameters?.RetryAfter is { } s ? TimeSpan.FromSeconds(s) : null;
    public long? MigrateToChatId => Parameters?.MigrateToChatId;
    public bool IsTooManyRequests => ErrorCode == 429;
    /// <summary>Blocked by the user, kicked from the group, user deactivated: permanent for this chat.</summary>
    public bool IsForbidden => ErrorCode == 403;
    public bool IsNotModified => ErrorCode == 400 && Description.Contains("message is not modified", StringComparison.OrdinalIgnoreCase);
}

internal static class TelegramJsonElementExtensions
{
    public static long? GetInt64OrNull(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n)
            ? n
            : null;
}
