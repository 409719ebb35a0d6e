using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Teams;

/// <summary>
/// The bot being added to or removed from a chat or team (A7): keeps the stored conversation references
/// current (members' 1:1 chats, bound channels), and greets with a short how-to. Binding a channel to a
/// SalesBot team is the engine's "connect TEAM" command; this only refreshes bindings that exist.
/// </summary>
public static class TeamsInstallations
{
    /// <summary>installationUpdate and conversationUpdate both announce one install; greet once.</summary>
    private static readonly TimeSpan GreetingWindow = TimeSpan.FromMinutes(10);

    public static async Task InstalledAsync(SalesBotDb db, TeamsConversationRef c, bool greet, long inboxId, DateTimeOffset now, CancellationToken ct)
    {
        int? teamId = null;
        string? preferred = null;
        if (c.IsPersonal)
        {
            foreach (var member in await MembersOf(db, c).Include(m => m.Identities).ToListAsync(ct))
            {
                teamId ??= member.TeamId;
                preferred ??= member.Language;
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
                teamId ??= binding.TeamId;
                binding.Address = ChannelAddress.Merge(binding.Address, TeamsAddress.Of(c.ServiceUrl, c.TenantId, c.TeamsTeamId));
                binding.IsActive = true;
            }
        }

        var greetedPrefix = $"teams:greet:{c.ConversationId}:";
        var since = now - GreetingWindow;
        // A known member is greeted in their language, a bound channel in its team's; a stranger in English.
        var teamLanguage = teamId is { } id ? await db.Teams.Where(t => t.Id == id).Select(t => t.Language).SingleOrDefaultAsync(ct) : null;
        if (greet && !await db.Outbox.AnyAsync(o => o.Channel == ChannelKind.Teams && o.ChatId == c.ConversationId
                && o.DedupKey != null && o.DedupKey.StartsWith(greetedPrefix) && o.CreatedAt > since, ct))
        {
            db.Outbox.Add(new OutboxMessage
            {
                Channel = ChannelKind.Teams,
                ChatId = c.ConversationId,
                Address = TeamsAddress.Of(c.ServiceUrl, c.TenantId),
                Kind = OutboxKind.Notice,
                Body = JsonSerializer.Serialize(Greeting(c, ReplyPacks.Has(preferred) ? preferred : teamLanguage)),
                DedupKey = greetedPrefix + inboxId,
                CreatedAt = now,
                NotBefore = now,
            });
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

    /// <summary>What a new user or a new team sees first: what to type, and how to get linked or bound.</summary>
    public static OutgoingMessage Greeting(TeamsConversationRef conversation, string? language = null) => conversation.IsPersonal
        ? ReplyPacks.For(language).PersonalGreeting()
        : ReplyPacks.For(language).ChannelGreeting();

    private static IQueryable<Member> MembersOf(SalesBotDb db, TeamsConversationRef c) =>
        db.Members.Where(m => m.Identities.Any(i => i.Channel == ChannelKind.Teams
            && ((c.UserAadObjectId != null && i.DirectoryId == c.UserAadObjectId)
                || (c.UserId != null && i.UserId == c.UserId)
                || i.PrivateChatId == c.ConversationId)));

    private static IQueryable<ChannelBinding> BindingsOf(SalesBotDb db, TeamsConversationRef c) =>
        db.ChannelBindings.Where(b => b.Channel == ChannelKind.Teams && b.ChatId == c.ConversationId);
}
