using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Teams;

/// <summary>
/// The bot being added to or removed from a chat or team (A7): keeps the stored conversation references
/// current (members' 1:1 chats, bound channels). The greeting is every messenger's (<see cref="Core.Features.Administration.GreetNewChat"/>).
/// Binding a channel to a SalesBot team is the engine's "connect TEAM" command; this only refreshes bindings that exist.
/// </summary>
public static class TeamsInstallations
{
    public static async Task InstalledAsync(SalesBotDb db, TeamsConversationRef c, CancellationToken ct)
    {
        if (c.IsPersonal)
        {
            foreach (var member in await MembersOf(db, c).Include(m => m.Identities).ToListAsync(ct))
            {
                var identity = member.IdentityOn(ChannelKind.Teams)!;
                identity.UserId ??= c.UserId;
                identity.PrivateChatId = c.ConversationId;
                identity.Address = TeamsAddress.Of(c.ServiceUrl, c.TenantId);
                member.PrivateChatActive = true;
            }
        }
        else
        {
            foreach (var binding in await BindingsOf(db, c).ToListAsync(ct))
            {
                binding.Address = ChannelAddress.Merge(binding.Address, TeamsAddress.Of(c.ServiceUrl, c.TenantId, c.TeamsTeamId));
                binding.IsActive = true;
            }
        }

        await db.SaveChangesAsync(ct);
    }

    public static async Task UninstalledAsync(SalesBotDb db, TeamsConversationRef c, CancellationToken ct)
    {
        if (c.IsPersonal)
        {
            await MembersOf(db, c).ExecuteUpdateAsync(s => s.SetProperty(m => m.PrivateChatActive, false), ct);
        }
        else
        {
            await BindingsOf(db, c).ExecuteUpdateAsync(s => s.SetProperty(b => b.IsActive, false), ct);
        }
    }

    private static IQueryable<Member> MembersOf(SalesBotDb db, TeamsConversationRef c) =>
        db.Members.Where(m => m.Identities.Any(i => i.Channel == ChannelKind.Teams
            && ((c.UserAadObjectId != null && i.DirectoryId == c.UserAadObjectId)
                || (c.UserId != null && i.UserId == c.UserId)
                || i.PrivateChatId == c.ConversationId)));

    private static IQueryable<ChannelBinding> BindingsOf(SalesBotDb db, TeamsConversationRef c) =>
        db.ChannelBindings.Where(b => b.Channel == ChannelKind.Teams && b.ChatId == c.ConversationId);
}
