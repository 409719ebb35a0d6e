using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Inbox;

/// <summary>
/// What one inbox row asks of SalesBot, whatever the messenger: every messenger's mapper returns these, and one
/// <see cref="InboxProcessor"/> acts on them. One row can ask several things in order (Telegram: a group that added
/// the bot is joined, then hears "/start").
/// </summary>
public abstract record ChannelEvent
{
    private ChannelEvent()
    {
    }

    /// <summary>Text, or an edit of an earlier message (<see cref="IncomingMessage.IsEdit"/>), for the conversation engine.</summary>
    public sealed record Message(IncomingMessage Incoming) : ChannelEvent;

    /// <summary>
    /// A pressed button: <see cref="Incoming"/> carries its <see cref="IncomingMessage.Action"/> for the engine (null when
    /// there is no chat to answer in). <see cref="Receipt"/>: the messenger wants to hear at once that it arrived (a
    /// Telegram callback query id); answered without waiting, whether or not the messenger is reachable.
    /// </summary>
    public sealed record Button(IncomingMessage? Incoming, string? Receipt) : ChannelEvent;

    /// <summary>
    /// The bot was added to a chat (or unblocked, or installed). <see cref="Greet"/>: the adapter greets the chat
    /// itself (Teams; false on upgrades); Telegram greets through the engine with a "/start" message that follows. <see cref="Address"/>: the messenger's own fields needed to write there later (Teams: serviceUrl,
    /// tenant, team, user ids), as data.
    /// </summary>
    public sealed record Joined(string ChatId, ChatKind Kind, string? Title, bool Greet) : ChannelEvent
    {
        public IReadOnlyDictionary<string, string?> Address { get; init; } = Empty;
    }

    /// <summary>The bot was removed from a chat, blocked, or uninstalled: nothing more is written there.</summary>
    public sealed record Left(string ChatId, ChatKind Kind, string? Title) : ChannelEvent
    {
        public IReadOnlyDictionary<string, string?> Address { get; init; } = Empty;
    }

    /// <summary>The chat has a new id (a Telegram group became a supergroup): everything bound to the old id follows.</summary>
    public sealed record Moved(string FromChatId, string ToChatId) : ChannelEvent;

    /// <summary>Someone added or took back a reaction on a message; the <see cref="IReactionSink"/> decides whether it counts.</summary>
    public sealed record Reaction(IncomingReaction Incoming) : ChannelEvent;

    /// <summary>Nothing to do (another bot's command, group chatter, an unknown kind); the reason is for the log.</summary>
    public sealed record Ignored(string Reason) : ChannelEvent;

    private static readonly IReadOnlyDictionary<string, string?> Empty = new Dictionary<string, string?>();
}
