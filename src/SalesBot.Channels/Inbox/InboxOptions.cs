namespace SalesBot.Channels.Inbox;

/// <summary>The "Inbox" configuration section: how far the engine may fall behind before webhooks are told to come back later.</summary>
public sealed class InboxOptions
{
    public const string Section = "Inbox";

    /// <summary>Unprocessed updates kept at most; past it a webhook answers 503 with Retry-After and the messenger redelivers.</summary>
    public int MaxBacklog { get; set; } = 50_000;
    /// <summary>What the 503's Retry-After asks for (Telegram honours it, capped at an hour).</summary>
    public int RetryAfterSeconds { get; set; } = 10;
    /// <summary>How long a webhook waits for its row to be committed before answering 503 instead of letting the caller time out.</summary>
    public TimeSpan AckTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
