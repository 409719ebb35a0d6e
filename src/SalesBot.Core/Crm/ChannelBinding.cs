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
    /// <summary>Telegram chat id (negative for groups) or Teams conversation id.</summary>
    public required string ChatId { get; set; }
    /// <summary>Telegram forum topic (message_thread_id), if the group is a forum.</summary>
    public string? ThreadId { get; set; }
    /// <summary>Teams: the serviceUrl all connector calls for this conversation use.</summary>
    public string? ServiceUrl { get; set; }
    public string? TenantId { get; set; }
    /// <summary>Teams: the team's id, for creating a new thread in the channel.</summary>
    public string? TeamsTeamId { get; set; }
    public string? Title { get; set; }
    public bool IsActive { get; set; } = true;
    public int? BoundByMemberId { get; set; }
    public DateTimeOffset BoundAt { get; set; }
    /// <summary>The /connect that made or last changed it: undo releases or restores it.</summary>
    public int? JournalEntryId { get; set; }
}
