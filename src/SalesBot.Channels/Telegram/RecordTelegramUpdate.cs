using System.Globalization;
using Microsoft.Extensions.Logging;
using SalesBot.Channels.Inbox;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;

namespace SalesBot.Channels.Telegram;

/// <summary>An update as received: its id and its JSON, kept verbatim for the inbox.</summary>
public sealed record RawUpdate(long UpdateId, string Json);

/// <summary>
/// Writes a received update into the inbox, keyed by update_id, before Telegram is told it arrived.
/// The unique (Channel, ExternalId) index makes a redelivery a no-op, even when two hosts race.
/// </summary>
public static class RecordTelegramUpdate
{
    /// <summary>
    /// The JSON to keep, or null for a polled update too large for the column (a webhook body that large is refused):
    /// its id is still recorded (so it is acknowledged and never fetched again) and the processor skips it.
    /// </summary>
    public static string? Storable(RawUpdate update, ILogger? log)
    {
        if (update.Json.Length <= InboxBody.MaxBytes)
        {
            return update.Json;
        }

        log?.LogWarning("Telegram: update {UpdateId} is {Length} characters, too large to keep; skipped", update.UpdateId, update.Json.Length);
        return null;
    }

    /// <summary>
    /// "botId:update_id". update_id is only unique per bot, and it restarts at random after a quiet week:
    /// with the bot's id in the key, a new bot (a new BotFather token on the same store) is not mistaken
    /// for redeliveries of the old one.
    /// </summary>
    public static string ExternalId(string botId, long updateId) => $"{botId}:{updateId.ToString(CultureInfo.InvariantCulture)}";

    /// <returns>True when the update is new; false when it was already recorded.</returns>
    public static Task<bool> RecordAsync(SalesBotDb db, string botId, RawUpdate update, DateTimeOffset now, CancellationToken cancellationToken) =>
        InboxWriter.RecordOneAsync(db, new InboxWriter.Entry(ChannelKind.Telegram, ExternalId(botId, update.UpdateId), Storable(update, null)), now, cancellationToken);
}
