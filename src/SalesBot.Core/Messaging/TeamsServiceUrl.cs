namespace SalesBot.Core.Messaging;

/// <summary>
/// A Teams serviceUrl the bot has seen. <see cref="Verified"/> only when it came on an activity whose Bot Connector
/// token passed every check: the bot's own token goes to verified urls only, so a url an emulator caller made up
/// (or any url stored before a host switched to a real app id) never receives it.
/// </summary>
public class TeamsServiceUrl
{
    public int Id { get; set; }
    /// <summary>As the activity gave it, without a trailing slash.</summary>
    public required string Url { get; set; }
    public bool Verified { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset? VerifiedAt { get; set; }
}
