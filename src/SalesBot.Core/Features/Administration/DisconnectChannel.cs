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
            return new TurnResult("Send /disconnect in the group or channel you want to release.");
        }

        var binding = await turn.Db.ChannelBindings.FirstOrDefaultAsync(b => b.Channel == msg.Channel && b.ChatId == msg.ChatId, ct);
        if (binding is null)
        {
            return new TurnResult("This chat isn't connected to a team, so there is nothing to disconnect.");
        }

        if (binding.TeamId != turn.Team.Id)
        {
            return new TurnResult("This chat is connected to another team; only a manager of that team can disconnect it.");
        }

        if (!turn.Member.IsManager)
        {
            return new TurnResult(new OnlyManagers(ManagerWrite.Disconnect).Render(ReplyPacks.For(turn.Member.Language, turn.Command.Language, turn.Team.Language)));
        }

        var journal = await turn.StartJournalAsync(ct);
        journal.Summary = ReplyPacks.For(turn.Member.Language, turn.Command.Language, turn.Team.Language).DisconnectSummary(binding.Title ?? msg.ChatTitle);
        var before = BindingBefore.Of(binding, removed: true);
        JournalChanges.Add(journal, c => c.Bindings.Add(before));
        turn.Db.ChannelBindings.Remove(binding);
        return new TurnResult($"✓ Disconnected: this chat is no longer {turn.Team.Name}'s channel. No more stand-ups, digests or wins here; a manager can /connect it again.");
    }
}
