using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Outbox;

/// <summary>
/// Sends one outbox row over one messenger. Implementations render <see cref="OutgoingMessage"/> in
/// their wire format and translate the messenger's answer into a <see cref="SendOutcome"/>; pacing,
/// retries and bookkeeping belong to the dispatcher.
/// </summary>
public interface IChannelSender
{
    ChannelKind Channel { get; }

    Task<SendOutcome> SendAsync(OutboxMessage message, OutgoingMessage body, CancellationToken cancellationToken);
}

public enum SendStatus
{
    Sent,
    /// <summary>Try again later (429 with RetryAfter, 5xx, network); the row stays pending.</summary>
    RetryLater,
    /// <summary>Never retry (blocked, kicked, conversation gone); the chat or binding is marked inactive.</summary>
    Permanent,
    /// <summary>The chat moved (Telegram migrate_to_chat_id): rebind and resend to <see cref="SendOutcome.MovedToChatId"/>.</summary>
    ChatMoved,
}

public sealed record SendOutcome(SendStatus Status)
{
    public string? SentMessageId { get; init; }
    public TimeSpan? RetryAfter { get; init; }
    public string? Error { get; init; }
    public string? MovedToChatId { get; init; }
    /// <summary>
    /// With <see cref="SendStatus.Permanent"/>: the chat itself is gone for the bot (blocked, kicked, uninstalled),
    /// so the dispatcher marks the binding or the member's private chat inactive and drops the chat's other pending rows.
    /// A permanent failure of one message (bad markup) leaves the chat alone.
    /// </summary>
    public bool ChatUnreachable { get; init; }

    public static SendOutcome Sent(string? messageId) => new(SendStatus.Sent) { SentMessageId = messageId };

    public static SendOutcome Retry(TimeSpan? retryAfter, string? error) => new(SendStatus.RetryLater) { RetryAfter = retryAfter, Error = error };

    public static SendOutcome Failed(string error) => new(SendStatus.Permanent) { Error = error };

    public static SendOutcome Unreachable(string error) => new(SendStatus.Permanent) { Error = error, ChatUnreachable = true };

    public static SendOutcome Moved(string newChatId, string? error) => new(SendStatus.ChatMoved) { MovedToChatId = newChatId, Error = error };
}
