namespace SalesBot.Core.Conversation;

/// <summary>
/// A question the bot asked and is waiting on ("Which Acme? 1 Acme Corp 2 Acme Logistics"), so that a
/// reply of "2" or a button press finishes the original command.
/// </summary>
public class OpenQuestion
{
    public int Id { get; set; }
    public int TeamId { get; set; }
    public int MemberId { get; set; }
    /// <summary>The parsed command waiting on an answer, as JSON.</summary>
    public required string Command { get; set; }
    /// <summary>Which field the answer fills ("account", "deal", "contact").</summary>
    public required string Field { get; set; }
    /// <summary>The options offered, as JSON: [{"id":12,"label":"Acme Corp"}].</summary>
    public required string Options { get; set; }
    public string? SourceMessageId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
}
