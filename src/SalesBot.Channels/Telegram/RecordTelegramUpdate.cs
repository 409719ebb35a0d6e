using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Telegram;

/// <summary>
/// Writes a received update into the inbox, keyed by update_id, before Telegram is told it arrived.
/// The unique (Channel, ExternalId) index makes a redelivery a no-op, even when two hosts race.
/// </summary>
public static class RecordTelegramUpdate
{
    /// <returns>True when the update is new; false when it was already recorded.</returns>
    public static async Task<bool> RecordAsync(SalesBotDb db, RawUpdate update, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var externalId = update.UpdateId.ToString(CultureInfo.InvariantCulture);
        if (await db.Inbox.AnyAsync(i => i.Channel == ChannelKind.Telegram && i.ExternalId == externalId, cancellationToken))
        {
            return false;
        }

        var row = new InboxMessage { Channel = ChannelKind.Telegram, ExternalId = externalId, ReceivedAt = now, Payload = update.Json };
        db.Inbox.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(row).State = EntityState.Detached;
            if (await db.Inbox.AnyAsync(i => i.Channel == ChannelKind.Telegram && i.ExternalId == externalId, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }
}
