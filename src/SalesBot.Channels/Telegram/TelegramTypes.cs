using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesBot.Channels.Telegram;

// The slice of the Bot API object model SalesBot reads and writes (core.telegram.org/bots/api).
// Ids are long: user and chat ids can exceed 32 bits. Unknown fields are ignored on purpose.

public sealed record TelegramUpdate
{
    public long UpdateId { get; init; }
    public TelegramMessage? Message { get; init; }
    public TelegramMessage? EditedMessage { get; init; }
    public TelegramCallbackQuery? CallbackQuery { get; init; }
    public TelegramChatMemberUpdated? MyChatMember { get; init; }
}

public sealed record TelegramUser
{
    public long Id { get; init; }
    public bool IsBot { get; init; }
    public string FirstName { get; init; } = "";
    public string? LastName { get; init; }
    public string? Username { get; init; }
}

public sealed record TelegramChat
{
    public long Id { get; init; }
    /// <summary>private, group, supergroup or channel.</summary>
    public string Type { get; init; } = "private";
    public string? Title { get; init; }
    public string? Username { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public bool? IsForum { get; init; }
}

public sealed record TelegramMessage
{
    public long MessageId { get; init; }
    public long? MessageThreadId { get; init; }
    public bool? IsTopicMessage { get; init; }
    public TelegramUser? From { get; init; }
    public long Date { get; init; }
    public long? EditDate { get; init; }
    public TelegramChat Chat { get; init; } = new();
    public TelegramMessage? ReplyToMessage { get; init; }
    public string? Text { get; init; }
    public IReadOnlyList<TelegramMessageEntity>? Entities { get; init; }
    /// <summary>The text under a photo or document; read like <see cref="Text"/>.</summary>
    public string? Caption { get; init; }
    public IReadOnlyList<TelegramMessageEntity>? CaptionEntities { get; init; }
    public long? MigrateToChatId { get; init; }
    public long? MigrateFromChatId { get; init; }
}

public sealed record TelegramMessageEntity
{
    /// <summary>bot_command, mention, text_mention, ...</summary>
    public string Type { get; init; } = "";
    /// <summary>In UTF-16 code units, which is what .NET string indexes are.</summary>
    public int Offset { get; init; }
    public int Length { get; init; }
    public TelegramUser? User { get; init; }
}

public sealed record TelegramCallbackQuery
{
    public string Id { get; init; } = "";
    public TelegramUser From { get; init; } = new();
    public TelegramMessage? Message { get; init; }
    public string? ChatInstance { get; init; }
    public string? Data { get; init; }
}

public sealed record TelegramChatMemberUpdated
{
    public TelegramChat Chat { get; init; } = new();
    public TelegramUser From { get; init; } = new();
    public long Date { get; init; }
    public TelegramChatMember OldChatMember { get; init; } = new();
    public TelegramChatMember NewChatMember { get; init; } = new();
}

public sealed record TelegramChatMember
{
    /// <summary>creator, administrator, member, restricted, left or kicked.</summary>
    public string Status { get; init; } = "";
    public TelegramUser User { get; init; } = new();
    /// <summary>Only for restricted: whether the user is still in the chat.</summary>
    public bool? IsMember { get; init; }

    [JsonIgnore]
    public bool IsPresent => Status is "creator" or "administrator" or "member" || (Status == "restricted" && IsMember != false);
}

public sealed record TelegramResponseParameters
{
    public long? MigrateToChatId { get; init; }
    public int? RetryAfter { get; init; }
}

public sealed record TelegramInlineKeyboardButton(string Text, string CallbackData);

public sealed record TelegramInlineKeyboardMarkup(IReadOnlyList<IReadOnlyList<TelegramInlineKeyboardButton>> InlineKeyboard);

public sealed record TelegramBotCommand(string Command, string Description);

/// <summary>The envelope every Bot API method answers with.</summary>
internal sealed record TelegramEnvelope
{
    public bool Ok { get; init; }
    public JsonElement? Result { get; init; }
    public int? ErrorCode { get; init; }
    public string? Description { get; init; }
    public TelegramResponseParameters? Parameters { get; init; }
}

public static class TelegramJson
{
    /// <summary>snake_case both ways, nulls left out of requests, unknown fields ignored.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}
