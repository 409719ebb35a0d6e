using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Features.Administration;

/// <summary>
/// "/disconnect" in a group or channel, by a manager of the team it is bound to: releases it, so another team can
/// /connect it. The only way a binding changes hands: an inactive one (the bot was removed and re-added) stays
/// its team's, or another team's manager could take over the channel and its stand-ups.
/// </summary>
public static class DisconnectChannel
{
    public static async Task<TurnResult> HandleAsync(Turn turn, CancellationToken ct)
    {
        var msg = turn.Message;
        if (msg.ChatKind != ChatKind.Group)
        {
            return new TurnResult(new ChannelRefused(ChannelRefusal.DisconnectInGroup, turn.Team.Name));
        }

        var binding = await turn.Db.ChannelBindings.FirstOrDefaultAsync(b => b.Channel == msg.Channel && b.ChatId == msg.ChatId, ct);
        if (binding is null)
        {
            return new TurnResult(new ChannelRefused(ChannelRefusal.NotConnected, turn.Team.Name));
        }

        if (binding.TeamId != turn.Team.Id)
        {
            return new TurnResult(new ChannelRefused(ChannelRefusal.AnotherTeamsChannel, turn.Team.Name));
        }

        if (!turn.Member.IsManager)
        {
            return new TurnResult(new OnlyManagers(ManagerWrite.Disconnect));
        }

        var journal = await turn.StartJournalAsync(ct);
        journal.Record(new WroteDisconnect(binding.Title ?? msg.ChatTitle));
        var before = BindingBefore.Of(binding, removed: true);
        JournalChanges.Add(journal, c => c.Bindings.Add(before));
        turn.Db.ChannelBindings.Remove(binding);
        return new TurnResult(new ChannelDisconnected(turn.Team.Name));
    }
}
