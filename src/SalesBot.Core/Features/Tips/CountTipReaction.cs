using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Features.Tips;

/// <summary>
/// The tips capability's <see cref="IReactionSink"/>: a reaction on the bot's post of a tip counts for that tip, once
/// per person and emoji; a reaction taken back is removed. The post is found by the id the messenger gave it
/// (<see cref="OutboxMessage.SentMessageId"/>) in that channel and chat; reactions on any other message are ignored.
/// </summary>
public sealed class CountTipReaction(IDbContextFactory<SalesBotDb> dbs) : IReactionSink
{
    public async Task HandleAsync(IncomingReaction reaction, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var entryId = await db.Outbox.AsNoTracking()
            .Where(o => o.Status == OutboxStatus.Sent && o.Channel == reaction.Channel && o.ChatId == reaction.ChatId
                && o.SentMessageId == reaction.MessageId && o.Kind == OutboxKind.TeamPost && o.JournalEntryId != null)
            .Select(o => o.JournalEntryId)
            .FirstOrDefaultAsync(ct);
        var tipId = entryId is null ? null
            : await db.Tips.AsNoTracking().Where(t => t.JournalEntryId == entryId).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct);
        if (tipId is not { } id)
        {
            return;
        }

        var existing = db.TipReactions.Where(r => r.TipId == id && r.Channel == reaction.Channel && r.ReactorId == reaction.SenderId && r.Reaction == reaction.Reaction);
        if (!reaction.Added)
        {
            await existing.ExecuteDeleteAsync(ct);
            return;
        }

        if (await existing.AnyAsync(ct))
        {
            // The messenger sent the same reaction again (a redelivery): it counts once.
            return;
        }

        db.TipReactions.Add(new TipReaction { TipId = id, Channel = reaction.Channel, ReactorId = reaction.SenderId, Reaction = reaction.Reaction, At = reaction.At });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same reaction handled at the same moment elsewhere: the unique index kept one. Anything else fails again.
            if (!await existing.AsNoTracking().AnyAsync(ct))
            {
                throw;
            }
        }
    }
}
