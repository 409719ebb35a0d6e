using SalesBot.Core.Crm;

namespace SalesBot.Core.Messaging;

/// <summary>
/// A member added or took back a reaction on a message the bot posted. Reactions are how a team ranks the tips its
/// reps share, so only the fact matters, not the emoji's meaning: every messenger maps its own update to this one shape.
/// </summary>
/// <param name="ChatId">The chat the reacted message is in, as the outbox addressed it.</param>
/// <param name="MessageId">The messenger's id of the reacted message, as the outbox recorded it in <see cref="OutboxMessage.SentMessageId"/>.</param>
/// <param name="SenderId">Who reacted, in the messenger's own user ids.</param>
/// <param name="Reaction">The emoji or the messenger's reaction name ("like", "👍").</param>
/// <param name="Added">False when the reaction was taken back.</param>
public sealed record IncomingReaction(
    ChannelKind Channel,
    string ChatId,
    string MessageId,
    string SenderId,
    string Reaction,
    bool Added,
    DateTimeOffset At);

/// <summary>The port the inbox hands reactions to; the tips capability counts them.</summary>
public interface IReactionSink
{
    Task HandleAsync(IncomingReaction reaction, CancellationToken cancellationToken);
}
