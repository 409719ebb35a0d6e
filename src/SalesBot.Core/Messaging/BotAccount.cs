using SalesBot.Core.Crm;

namespace SalesBot.Core.Messaging;

/// <summary>
/// The bot's own account on a messenger as last confirmed by it (Telegram's getMe): the username that
/// mentions name. Kept in the store so a host that starts while the messenger is unreachable still tells
/// "@salesbot" mentions from chatter, and never has to ask before it can process what it received.
/// </summary>
public class BotAccount
{
    public int Id { get; set; }
    public ChannelKind Channel { get; set; }
    /// <summary>The messenger's id of the bot (Telegram: the token's part before the colon).</summary>
    public required string BotId { get; set; }
    public required string Username { get; set; }
    public DateTimeOffset ConfirmedAt { get; set; }
}
