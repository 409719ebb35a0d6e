using SalesBot.Core.Crm;

namespace SalesBot.Core.Messaging;

public enum SenderEventKind { JoinFailed, StrangerTold }

/// <summary>
/// Something a sender who is not (yet) a member did that is limited: a wrong join code, or the explanation a
/// stranger was given. Counted over the last hour; the retention job deletes old rows.
/// </summary>
public class SenderEvent
{
    public long Id { get; set; }
    public ChannelKind Channel { get; set; }
    public required string SenderId { get; set; }
    public SenderEventKind Kind { get; set; }
    public DateTimeOffset At { get; set; }
}
