using SalesBot.Core.Crm;

namespace SalesBot.Core.Messaging;

public enum OutboxKind { Reply, TeamPost, Standup, Digest, PlanPrompt, TaskNote, Notice, Reminder }

public enum OutboxStatus { Pending, Sent, Failed }

/// <summary>
/// A message waiting to be sent, written in the same transaction as the change it reports. A
/// dispatcher per channel sends it, paced and retried, and marks it sent: nothing is lost when a
/// messenger is down and nothing is sent twice after a restart.
/// </summary>
public class OutboxMessage
{
    public long Id { get; set; }
    public ChannelKind Channel { get; set; }
    public required string ChatId { get; set; }
    public string? ThreadId { get; set; }
    /// <summary>What else the messenger needs to write to the chat (its binding's, identity's or message's address; opaque to Core).</summary>
    public string? Address { get; set; }
    /// <summary>The channel message this answers (<see cref="IncomingMessage.MessageId"/>).</summary>
    public string? ReplyToMessageId { get; set; }
    /// <summary>Set to edit a message already sent (editMessageText / update activity) instead of sending anew.</summary>
    public string? EditMessageId { get; set; }
    public OutboxKind Kind { get; set; }
    /// <summary><see cref="OutgoingMessage"/> as JSON.</summary>
    public required string Body { get; set; }
    public int? TeamId { get; set; }
    public int? MemberId { get; set; }
    public int? BindingId { get; set; }
    /// <summary>The undo journal entry whose write this post announces: undoing or amending it withdraws the post.</summary>
    public int? JournalEntryId { get; set; }
    /// <summary>Unique when set: a second insert with the same key is a bug or a duplicate, and fails.</summary>
    public string? DedupKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NotBefore { get; set; }
    public int Attempts { get; set; }
    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;
    public DateTimeOffset? SentAt { get; set; }
    /// <summary>The id the messenger gave the sent message, so it can be edited later.</summary>
    public string? SentMessageId { get; set; }
    public string? LastError { get; set; }
}
