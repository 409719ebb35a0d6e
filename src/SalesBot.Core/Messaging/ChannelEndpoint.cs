using SalesBot.Core.Crm;

namespace SalesBot.Core.Messaging;

/// <summary>
/// An endpoint a messenger's caller named for the bot to write back to, and whether the messenger's own authentication
/// vouched for it. Core stores these without reading them: the messenger that records one decides what verified means
/// and sends its credentials to verified endpoints only, so an endpoint a caller made up never receives them.
/// </summary>
public class ChannelEndpoint
{
    public int Id { get; set; }
    public ChannelKind Channel { get; set; }
    /// <summary>As the messenger's mapper normalized it; unique per messenger.</summary>
    public required string Url { get; set; }
    public bool Verified { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset? VerifiedAt { get; set; }
}
