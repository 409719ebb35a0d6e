using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Outcomes;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Data;
using SalesBot.Core.Features.Administration;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversation;

/// <summary>
/// A sender who is no member: a join code, read by the parser like any message, links them to their team;
/// anything else hears how to join, at most once an hour (<see cref="JoinTeam.MayTellStrangerAsync"/>).
/// </summary>
internal static class Strangers
{
    /// <param name="problem">Why the sender could not be told apart (two members of one name), said instead of the notice.</param>
    /// <returns>The answer, or null when the message is only recorded.</returns>
    public static async Task<string?> AnswerAsync(SalesBotDb db, IncomingMessage msg, Outcome? problem, ParsedCommand parsed, DateTimeOffset now,
        CancellationToken ct)
    {
        var join = JoinTeam.Command.From(parsed);
        if (join is null && problem is null && !await JoinTeam.MayTellStrangerAsync(db, msg, now, ct))
        {
            await db.SaveChangesAsync(ct);
            return null;
        }

        // No member, so no language preference: the message's own language words the answer.
        var words = ReplyPacks.For(parsed.Language);
        var answer = join is not null
            ? (await JoinTeam.HandleAsync(db, msg, null, join, now, ct)).Reply.Render(words)
            : (problem ?? new StrangerTold(msg.Channel.ToString())).Render(words);
        await db.SaveChangesAsync(ct);
        return answer;
    }
}
