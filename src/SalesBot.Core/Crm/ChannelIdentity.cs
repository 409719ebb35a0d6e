namespace SalesBot.Core.Crm;

/// <summary>
/// A member as one messenger knows them. Core stores and matches these without knowing what the values mean: the
/// messenger's mapper fills them from what it receives (<see cref="Messaging.IncomingMessage"/>), and its sender
/// reads <see cref="PrivateChatId"/> and <see cref="Address"/> back. One row per member and messenger.
/// </summary>
public class ChannelIdentity
{
    public int Id { get; set; }
    public int MemberId { get; set; }
    public ChannelKind Channel { get; set; }
    /// <summary>The id the messenger sends as the sender of a message; unique per messenger. Null while only
    /// <see cref="DirectoryId"/> is known (a manager registered the person before they wrote).</summary>
    public string? UserId { get; set; }
    /// <summary>A second id the messenger's directory knows the person by, which a manager can type before the
    /// person ever writes (Teams: the Entra object id); unique per messenger.</summary>
    public string? DirectoryId { get; set; }
    /// <summary>The private chat the bot writes to first (plan prompts, reminders); null until it is known.</summary>
    public string? PrivateChatId { get; set; }
    /// <summary>What else the messenger needs to write to <see cref="PrivateChatId"/> (opaque to Core).</summary>
    public string? Address { get; set; }
    /// <summary>True once the messenger itself showed this identity (a message came from it); false for ids a
    /// manager typed that nobody has used yet.</summary>
    public bool Verified { get; set; }
}
