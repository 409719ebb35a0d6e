using SalesBot.Channels.Outbox;
using SalesBot.Core.Crm;

namespace SalesBot.Channels.Telegram;

/// <summary>Telegram's rate limits (its Bot API FAQ), registered by <c>AddTelegram()</c>.</summary>
public static class TelegramPacing
{
    /// <summary>
    /// About 1 message a second per chat, 20 a minute per group, and 28 a second in all, at least 36 ms apart:
    /// Telegram's limit is about 30, counted when requests arrive. Sends taken 28 at once at the start of a
    /// second arrive spread by network jitter and spill into the next second's count; evenly spaced ones do not.
    /// </summary>
    public static ChannelPacing Default { get; } = new(ChannelKind.Telegram)
    {
        PerChat = [new RateLimit(1, TimeSpan.FromSeconds(1))],
        PerGroupChat = [new RateLimit(20, TimeSpan.FromMinutes(1))],
        Overall = [new RateLimit(28, TimeSpan.FromSeconds(1)), new RateLimit(1, TimeSpan.FromMilliseconds(36))],
        IsGroupChat = chatId => chatId.StartsWith('-'),
    };
}
