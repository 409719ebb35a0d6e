using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Channels.Inbox;
using SalesBot.Core.Crm;

namespace SalesBot.Channels.Telegram;

/// <summary>
/// Records Telegram updates (webhook or poller) through the shared <see cref="InboxWriter"/>, keyed "botId:update_id",
/// and wakes the inbox processor when one is new.
/// </summary>
public sealed class TelegramInboxWriter(InboxWriter inbox, InboxBacklog backlog, IOptions<TelegramOptions> options, TelegramInboxSignal signal, ILogger<TelegramInboxWriter> log)
{
    /// <returns>True when the update is new; false when it was recorded before (a redelivery).</returns>
    public async Task<bool> RecordAsync(RawUpdate update, CancellationToken cancellationToken)
    {
        var entry = new InboxWriter.Entry(ChannelKind.Telegram, RecordTelegramUpdate.ExternalId(options.Value.BotId, update.UpdateId), RecordTelegramUpdate.Storable(update, log));
        var isNew = await inbox.RecordAsync(entry, cancellationToken);
        if (isNew)
        {
            backlog.Added(1);
            signal.Wake();
        }

        return isNew;
    }
}
