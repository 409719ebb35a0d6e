using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Inbox;

/// <summary>
/// A messenger's part in working off the inbox: read its rows into <see cref="ChannelEvent"/>s and apply the ones that
/// change a chat. The rest (order, batching, the engine, retries and dead letters) is <see cref="InboxProcessor"/>'s,
/// the same for every messenger. Registered with <c>services.AddInboxChannel&lt;T&gt;()</c>.
/// </summary>
public interface IInboxChannel
{
    ChannelKind Channel { get; }

    /// <summary>
    /// What one stored row asks for. A row that is no update of this messenger (unreadable JSON) is
    /// <see cref="ChannelEvent.Ignored"/>; an exception means "try again later".
    /// </summary>
    ValueTask<IReadOnlyList<ChannelEvent>> ReadAsync(InboxMessage row, CancellationToken cancellationToken);

    /// <summary>Records <see cref="ChannelEvent.Joined"/>, <see cref="ChannelEvent.Left"/> or <see cref="ChannelEvent.Moved"/> in the store; the engine's work on earlier rows is done.</summary>
    Task ApplyAsync(SalesBotDb db, ChannelEvent change, InboxMessage row, CancellationToken cancellationToken);

    /// <summary>Answers a <see cref="ChannelEvent.Button.Receipt"/>; must not wait for the messenger.</summary>
    void Acknowledge(string receipt, CancellationToken cancellationToken);
}
