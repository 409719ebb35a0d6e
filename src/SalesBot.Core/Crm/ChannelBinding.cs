namespace SalesBot.Core.Crm;

/// <summary>
/// A group chat or channel bound to a team: where stand-ups, digests and the activity stream go.
/// Holds everything needed to post there later without an incoming message.
/// </summary>
public class ChannelBinding
{
    public int Id { get; set; }
    public int TeamId { get; set; }
    public ChannelKind Channel { get; set; }
    /// <summary>The messenger's id for the chat.</summary>
    public required string ChatId { get; set; }
    /// <summary>The topic or thread inside the chat posts go to, if the messenger has them.</summary>
    public string? ThreadId { get; set; }
    /// <summary>What else the messenger needs to post here later, as its mapper gave it (opaque to Core).</summary>
    public string? Address { get; set; }
    public string? Title { get; set; }
    public bool IsActive { get; set; } = true;
    public int? BoundByMemberId { get; set; }
    public DateTimeOffset BoundAt { get; set; }
    /// <summary>The /connect that made or last changed it: undo releases or restores it.</summary>
    public int? JournalEntryId { get; set; }
}
