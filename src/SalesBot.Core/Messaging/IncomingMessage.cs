using SalesBot.Core.Crm;

namespace SalesBot.Core.Messaging;

public enum ChatKind { Private, Group }

/// <summary>
/// One message as every channel hands it to the conversation engine, whatever its wire format.
/// </summary>
/// <param name="MessageId">The channel's id for this message (Telegram "chatId:messageId", Teams activity id);
/// an edit carries the id of the message it edits.</param>
/// <param name="SenderId">Telegram user id or Teams "29:..." id.</param>
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
    /// <summary>Teams: the sender's Entra object id, used to link a member a manager added by it.</summary>
    public string? SenderAadObjectId { get; init; }
    /// <summary>Telegram forum topic, or Teams channel thread root, to answer in the same thread.</summary>
    public string? ThreadId { get; init; }
    /// <summary>Teams: where connector calls for this conversation go.</summary>
    public string? ServiceUrl { get; init; }
    public string? TenantId { get; init; }
    public string? TeamsTeamId { get; init; }
    public string? ChatTitle { get; init; }
}
