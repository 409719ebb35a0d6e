using SalesBot.Core.Crm;

namespace SalesBot.Core.Messaging;

public enum ChatKind { Private, Group }

/// <summary>
/// One message as every channel hands it to the conversation engine, whatever its wire format.
/// </summary>
/// <param name="MessageId">The messenger's id for this message; an edit carries the id of the message it edits.</param>
/// <param name="SenderId">The messenger's id for the sender (<see cref="ChannelIdentity.UserId"/>).</param>
/// <param name="Action">Set when a button was pressed instead of text typed (the button's data).</param>
public sealed record IncomingMessage(
    ChannelKind Channel,
    string ChatId,
    ChatKind ChatKind,
    string SenderId,
    string SenderName,
    string Text,
    string MessageId,
    DateTimeOffset SentAt)
{
    public bool IsEdit { get; init; }
    public string? Action { get; init; }
    /// <summary>The sender's <see cref="ChannelIdentity.DirectoryId"/>, when the messenger sends one: how a member a manager
    /// registered by it is found on their first message.</summary>
    public string? SenderDirectoryId { get; init; }
    /// <summary>The private chat with the sender, when the messenger knows it even from a group message.</summary>
    public string? SenderPrivateChatId { get; init; }
    /// <summary>The topic or thread the message is in, to answer in the same one.</summary>
    public string? ThreadId { get; init; }
    /// <summary>What else the messenger needs to write back to this chat (opaque to Core: copied to bindings, identities, outbox rows).</summary>
    public string? Address { get; init; }
    public string? ChatTitle { get; init; }
}
