using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Features.Administration;

/// <summary>"/connect" in a group or channel, by a manager: the chat becomes the team's channel for stand-ups, digests and the activity stream.</summary>
public static class ConnectChannel
{
    public sealed record Command(string? TeamName)
    {
        public static Command From(ParsedCommand p) => new(p.Argument);
    }

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        var msg = turn.Message;
        if (msg.ChatKind != ChatKind.Group)
        {
            return new TurnResult(new ChannelRefused(ChannelRefusal.ConnectInGroup, turn.Team.Name));
        }

        if (!turn.Member.IsManager)
        {
            return new TurnResult(new OnlyManagers(ManagerWrite.Connect));
        }

        if (!string.IsNullOrWhiteSpace(cmd.TeamName)
            && CompanyName.NormalizePlain(cmd.TeamName) != CompanyName.NormalizePlain(turn.Team.Name))
        {
            return new TurnResult(new ChannelRefused(ChannelRefusal.OwnTeamOnly, turn.Team.Name));
        }

        var binding = await turn.Db.ChannelBindings.FirstOrDefaultAsync(b => b.Channel == msg.Channel && b.ChatId == msg.ChatId, ct);
        if (binding is not null && binding.TeamId != turn.Team.Id)
        {
            // Active or not (the bot may have been removed and added again): only the owning team releases it.
            await TellOwnersAsync(turn, binding, ct);
            return new TurnResult(new ChannelRefused(ChannelRefusal.TakenByAnotherTeam, turn.Team.Name));
        }

        var journal = await turn.StartJournalAsync(ct);
        journal.Record(new WroteConnect(msg.ChatTitle ?? binding?.Title));
        if (binding is null)
        {
            binding = new ChannelBinding { Channel = msg.Channel, ChatId = msg.ChatId };
            turn.Db.ChannelBindings.Add(binding);
        }
        else
        {
            var before = BindingBefore.Of(binding, removed: false);
            JournalChanges.Add(journal, c => c.Bindings.Add(before));
        }

        binding.JournalEntryId = journal.Id;

        binding.TeamId = turn.Team.Id;
        binding.ThreadId = msg.ThreadId;
        binding.Address = msg.Address;
        binding.Title = msg.ChatTitle;
        binding.IsActive = true;
        binding.BoundByMemberId = turn.Member.Id;
        binding.BoundAt = turn.Now;
        return new TurnResult(new ChannelConnected(turn.Team.Name));
    }

    /// <summary>The owning team's managers hear, in their private chats, that someone else tried to take their channel.</summary>
    private static async Task TellOwnersAsync(Turn turn, ChannelBinding binding, CancellationToken ct)
    {
        var managers = await turn.Db.Members.AsNoTracking().Include(m => m.Identities)
            .Where(m => m.TeamId == binding.TeamId && m.Role == MemberRole.Manager && m.PrivateChatActive)
            .ToListAsync(ct);
        var chat = binding.Title ?? turn.Message.ChatTitle ?? binding.ChatId;
        foreach (var manager in managers)
        {
            // Written to the manager's user id on the chat's messenger: each messenger's sender opens the private chat from it.
            if (manager.IdentityOn(binding.Channel) is not { UserId: { } chatId } identity)
            {
                continue;
            }

            turn.Db.Outbox.Add(new OutboxMessage
            {
                Channel = binding.Channel,
                ChatId = chatId,
                Address = identity.Address,
                Kind = OutboxKind.Notice,
                Body = System.Text.Json.JsonSerializer.Serialize(new OutgoingMessage(ReplyPacks.For(manager.Language).ChannelTakeoverNotice(turn.Member.Name, turn.Team.Name, chat))),
                TeamId = binding.TeamId,
                MemberId = manager.Id,
                DedupKey = $"takeover:{binding.Channel}:{turn.Message.MessageId}:{manager.Id}",
                CreatedAt = turn.Now,
                NotBefore = turn.Now,
            });
        }
    }
}
