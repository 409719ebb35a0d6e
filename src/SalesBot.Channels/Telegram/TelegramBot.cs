using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace SalesBot.Channels.Telegram;

/// <summary>
/// How SalesBot uses Telegram.Bot (docs/decisions/0023): the package's <see cref="TelegramBotClient"/> speaks the Bot
/// API and its types read updates; it never sleeps or retries on its own (RetryCount 0), so what a failure means is
/// decided where the context is: the outbox for 429, moved and blocked chats, the poller for its back-off.
/// A failed call throws <see cref="ApiRequestException"/> (the API's error_code, description and parameters) or,
/// when Telegram could not be reached or answered something that is not the Bot API, <see cref="RequestException"/>.
/// </summary>
public static class TelegramBot
{
    /// <summary>The IHttpClientFactory client; registered without request logging, because the URL holds the token.</summary>
    public const string HttpClientName = "telegram";

    /// <summary>Update kinds SalesBot asks for; chat_member and reactions are not needed.</summary>
    public static readonly IReadOnlyList<UpdateType> AllowedUpdates = [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery, UpdateType.MyChatMember, UpdateType.MessageReaction];

    public const int MaxPollTimeoutSeconds = 50;

    /// <summary>Any call but the long poll; the HttpClient itself waits up to the poll plus this.</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    public static TelegramBotClient Create(TelegramOptions options, HttpClient http)
    {
        http.Timeout = TimeSpan.FromSeconds(MaxPollTimeoutSeconds) + CallTimeout;
        return new TelegramBotClient(new TelegramBotClientOptions(options.BotToken, options.ApiBaseUrl) { RetryCount = 0 }, http);
    }

    /// <summary>An update as stored in the inbox, read with the package's Bot API serializer; null when it is not one.</summary>
    public static Update? ReadUpdate(string json) => JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options);

    public static string Write(Update update) => JsonSerializer.Serialize(update, JsonBotAPI.Options);

    /// <summary>429: wait exactly this long before the same request.</summary>
    public static TimeSpan? RetryAfter(this ApiRequestException ex) =>
        ex.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : null;

    /// <summary>Editing a message to what it already says: already done.</summary>
    public static bool IsNotModified(this ApiRequestException ex) =>
        ex.ErrorCode == 400 && ex.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase);
}
