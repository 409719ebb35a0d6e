using System.Text.Json;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using SalesBot.Core.Conversation.Outcomes;

namespace SalesBot.Core.Conversation;

/// <summary>The outbox rows of a reply: in the chat it was asked in, or the asker's private chat when figures must stay out of it.</summary>
internal static class ReplyRows
{
    public static OutboxMessage To(IncomingMessage msg, OutgoingMessage body, int? teamId, int? memberId, DateTimeOffset now) =>
        new()
        {
            Channel = msg.Channel,
            ChatId = msg.ChatId,
            ThreadId = msg.ThreadId,
            Address = msg.Address,
            ReplyToMessageId = msg.MessageId,
            Kind = OutboxKind.Reply,
            Body = JsonSerializer.Serialize(body),
            TeamId = teamId,
            MemberId = memberId,
            DedupKey = $"reply:{msg.Channel}:{InboxKeys.Of(msg)}",
            CreatedAt = now,
            NotBefore = now,
        };

    /// <summary>A reply speaks the member's chosen language, else the message's, else the team's.</summary>
    public static LanguageReplies WordsFor(Turn turn) => ReplyPacks.For(turn.Member.Language, turn.Command.Language, turn.Team.Language);

    /// <summary>Whether this answer must leave the chat it was asked in: figures in a group or channel that may not see them.</summary>
    public static bool GoesPrivately(Turn turn, TurnResult result) =>
        turn.Message.ChatKind != ChatKind.Private && !turn.ShowsFiguresHere && (result.Privately || ShowsFigures(turn.Command.Intent));

    /// <summary>Queries made of figures: asked in a group or channel that may not see them, they go to the asker's private chat.</summary>
    private static bool ShowsFigures(Intent intent) =>
        intent is Intent.ShowPipeline or Intent.KpiDigest or Intent.ShowDeals or Intent.DealsClosing or Intent.CompareReps;

    /// <summary>The answer goes to the asker's private chat; the group hears only that it did (or where to ask).</summary>
    public static async Task<TurnResult> SendPrivatelyAsync(Turn turn, TurnResult result, CancellationToken ct)
    {
        var m = turn.Member;
        var msg = turn.Message;
        if (!m.PrivateChatActive || m.IdentityOn(msg.Channel) is not { PrivateChatId: { } chatId } identity)
        {
            return new TurnResult(new PrivateAnswer(Sent: false));
        }

        await turn.Rows.InsertAsync(new OutboxMessage
        {
            Channel = msg.Channel,
            ChatId = chatId,
            Address = identity.Address,
            Kind = OutboxKind.Reply,
            Body = JsonSerializer.Serialize(result.ToMessage(WordsFor(turn))),
            TeamId = turn.Team.Id,
            MemberId = m.Id,
            DedupKey = $"reply:{msg.Channel}:{InboxKeys.Of(msg)}:private",
            CreatedAt = turn.ServerNow,
            NotBefore = turn.ServerNow,
        }, ct);
        return new TurnResult(new PrivateAnswer(Sent: true));
    }
}
