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
    /// <summary>The messenger's id of the update, unique per messenger (its mapper decides), or the console's line number.</summary>
    public required string ExternalId { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    /// <summary>The raw update, kept until processed so work survives a restart.</summary>
    public string? Payload { get; set; }
    /// <summary>When the processor was done with it: handled, or given up (<see cref="DeadLetteredAt"/>).</summary>
    public DateTimeOffset? ProcessedAt { get; set; }
    /// <summary>Failed attempts so far; each waits longer before the next (<see cref="RetryAt"/>).</summary>
    public int Attempts { get; set; }
    public DateTimeOffset? RetryAt { get; set; }
    /// <summary>Set when the last allowed attempt failed: the row is left alone, counted in /healthz and logged.</summary>
    public DateTimeOffset? DeadLetteredAt { get; set; }
    public string? LastError { get; set; }

    public const int MaxErrorLength = 2_000;
}
