using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Channels.Inbox;
using SalesBot.Core.Crm;

namespace SalesBot.Channels.Telegram;

/// <summary>Records Telegram updates (webhook or poller) through the shared <see cref="InboxWriter"/>, keyed "botId:update_id".</summary>
public sealed class TelegramInboxWriter(InboxWriter inbox, IOptions<TelegramOptions> options, ILogger<TelegramInboxWriter> log)
{
    /// <returns>True when the update is new; false when it was recorded before (a redelivery).</returns>
    public Task<bool> RecordAsync(RawUpdate update, CancellationToken cancellationToken) =>
        inbox.RecordAsync(new InboxWriter.Entry(ChannelKind.Telegram, RecordTelegramUpdate.ExternalId(options.Value.BotId, update.UpdateId), RecordTelegramUpdate.Storable(update, log)), cancellationToken);
}
