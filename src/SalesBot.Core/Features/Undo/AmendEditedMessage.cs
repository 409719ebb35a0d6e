using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Features.Undo;

/// <summary>An edited message, within the edit window, takes back what the original wrote before its new text is handled.</summary>
public static class AmendEditedMessage
{
    /// <summary>
    /// An edited message amends what the original wrote: its journal entries are reverted (the new text is then
    /// handled as usual). Past the edit window the member is told to undo instead.
    /// </summary>
    public static async Task<(TurnResult? Stop, WriteSummary? Summary)> HandleAsync(Turn turn, CancellationToken ct)
    {
        var entries = await turn.Db.Journal
            .Where(j => j.MemberId == turn.Member.Id && j.SourceMessageId == turn.Message.MessageId && j.UndoneAt == null)
            .ToListAsync(ct);
        var questions = await turn.Db.OpenQuestions
            .Where(q => q.MemberId == turn.Member.Id && q.SourceMessageId == turn.Message.MessageId && q.AnsweredAt == null)
            .ToListAsync(ct);
        questions.ForEach(q => q.AnsweredAt = turn.ServerNow);
        if (entries.Count == 0)
        {
            return (null, null);
        }

        if (entries.Any(e => turn.ServerNow - e.CreatedAt > ConversationEngine.EditWindow))
        {
            return (new TurnResult(new TooOldToAmend()), null);
        }

        foreach (var entry in entries)
        {
            if ((await UndoLastWrite.RevertAsync(turn.Db, entry, turn.ServerNow, ct)).ChangedSince is { Count: > 0 } since)
            {
                return (new TurnResult(new LeftAsItWas(since)), null);
            }

            await TeamPostWriter.WithdrawAsync(turn.Db, entry.Id, ct);
        }

        return (null, WriteSummary.Of(entries));
    }
}
