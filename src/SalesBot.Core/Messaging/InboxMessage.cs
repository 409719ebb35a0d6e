using SalesBot.Core.Crm;

namespace SalesBot.Core.Messaging;

/// <summary>
/// Every update a channel delivered, keyed by the channel's own id. Recorded before the channel is
/// acknowledged, so a redelivered update is recognised and a crash after the acknowledgement loses nothing.
/// </summary>
public class InboxMessage
{
    public long Id { get; set; }
    public ChannelKind Channel { get; set; }
    /// <summary>Telegram update_id, Teams activity id (with conversation), console line number.</summary>
    public required string ExternalId { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    /// <summary>The raw update, kept until processed so work survives a restart.</summary>
    public string? Payload { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }
}
