using System.Globalization;
using SalesBot.Core.Crm;
using SalesBot.Core.Features.Administration;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Inbox;

/// <summary>
/// What one inbox row asks of SalesBot, whatever the messenger: every messenger's mapper returns these, and one
/// <see cref="InboxProcessor"/> acts on them. One row can ask several things in order (a reaction update: one per
/// emoji added or taken back).
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
    /// The bot was added to a chat (or unblocked, or installed). <see cref="Greet"/>: the chat hears the greeting
    /// (<see cref="GreetNewChat"/>, the same for every messenger; false on upgrades, unblocks and chats nobody reads).
    /// <see cref="Address"/>: the messenger's own fields for its <see cref="IInboxChannel.ApplyAsync"/> (Teams: serviceUrl,
    /// tenant, team, user ids), as data.
    /// </summary>
    public sealed record Joined(string ChatId, ChatKind Kind, string? Title, bool Greet) : ChannelEvent
    {
        public IReadOnlyDictionary<string, string?> Address { get; init; } = Empty;

        /// <summary>Who added the bot (<see cref="IncomingMessage.SenderId"/>), when the messenger says: a known member is greeted in their language.</summary>
        public string? SenderId { get; init; }

        /// <summary>Their directory id (<see cref="IncomingMessage.SenderDirectoryId"/>), when the messenger sends one.</summary>
        public string? SenderDirectoryId { get; init; }

        /// <summary>What the messenger needs to write to the chat (<see cref="OutboxMessage.Address"/>; opaque).</summary>
        public string? ChatAddress { get; init; }

        /// <summary>The language of the adder's app (Telegram's language_code, Teams' locale), when the messenger sends it.</summary>
        public string? SenderLanguage { get; init; }

        /// <summary>The person asked to be greeted (Telegram's "/start" in a private chat): answered every time it is asked.</summary>
        public bool Asked { get; init; }

        /// <summary>The greeting this event asks for, keyed by the inbox row it came in.</summary>
        public GreetNewChat.Command Greeting(ChannelKind channel, long rowId) =>
            new(channel, ChatId, Kind, SenderId, SenderDirectoryId, ChatAddress, rowId.ToString(CultureInfo.InvariantCulture), Asked)
            {
                SenderLanguage = SenderLanguage,
            };
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
