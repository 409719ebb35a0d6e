namespace SalesBot.Core.Conversation;

/// <summary>
/// One write a member made through the bot, with what it changed, so "undo" can revert exactly that.
/// Records a write creates carry its id; <see cref="Changes"/> holds the before-values of what it updated.
/// </summary>
public class JournalEntry
{
    public int Id { get; set; }
    public int TeamId { get; set; }
    public int MemberId { get; set; }
    /// <summary>The intent's wire name ("log_activity", "move_deal", ...).</summary>
    public required string Kind { get; set; }
    /// <summary>What the user is told on undo: "the call with Contoso on Nov 18".</summary>
    public required string Summary { get; set; }
    /// <summary>What the write did as typed facts (<see cref="Wrote"/>, JSON), worded in the reader's language; null on older entries.</summary>
    public string? Facts { get; set; }
    /// <summary>JSON describing how to revert updates (created records are found by their JournalEntryId).</summary>
    public string? Changes { get; set; }
    public string? SourceMessageId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? UndoneAt { get; set; }

    /// <summary>Names what the write did: its facts, and the English line of them for <see cref="Summary"/>.</summary>
    public void Record(Wrote fact) => Record([fact]);

    public void Record(IReadOnlyList<Wrote> facts)
    {
        Facts = WriteSummary.Write(facts);
        Summary = Languages.ReplyPacks.English.WroteAll(facts);
    }
}
