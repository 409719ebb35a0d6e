using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Features.Administration;

/// <summary>
/// The bot was added to a chat (installed, a group added it, or a person started a private chat), in any messenger: the chat hears what to type and how
/// to get linked (a private chat) or connected (a group or channel), from the language pack. A known member is greeted
/// in their language, a bound group in its team's, anyone else in their messenger's language when it has a pack, else English. Needs no conversation engine: nobody asked
/// anything yet, and the greeting must go out while messages wait for one.
/// </summary>
public static class GreetNewChat
{
    /// <summary>A messenger that announces one install twice greets once.</summary>
    public static readonly TimeSpan GreetingWindow = TimeSpan.FromMinutes(10);

    /// <param name="SenderId">Who added the bot, as <see cref="ChannelIdentity.UserId"/>, when the messenger says.</param>
    /// <param name="SenderDirectoryId">Their <see cref="ChannelIdentity.DirectoryId"/>, when the messenger sends one.</param>
    /// <param name="Address">What the messenger needs to write to the chat (opaque; copied to the outbox row).</param>
    /// <param name="EventKey">Unique per announcement (the inbox row), so the same one handled twice writes once.</param>
    /// <param name="Asked">The person asked for it (a private chat's start command): every ask is answered, so the
    /// window that folds a messenger's double announcement does not apply; the same ask handled twice still writes once.</param>
    public sealed record Command(
        ChannelKind Channel,
        string ChatId,
        ChatKind Kind,
        string? SenderId,
        string? SenderDirectoryId,
        string? Address,
        string EventKey,
        bool Asked = false)
    {
        /// <summary>The language the messenger says its user's app is in ("pl", "ru-RU"), when it says: how a person
        /// no team knows yet is greeted, instead of English.</summary>
        public string? SenderLanguage { get; init; }
    }

    /// <summary>Queues the greeting (saved with the caller's context) unless the chat was greeted within <see cref="GreetingWindow"/>.</summary>
    /// <returns>Whether a greeting was queued.</returns>
    public static async Task<bool> HandleAsync(SalesBotDb db, Command cmd, DateTimeOffset now, CancellationToken ct)
    {
        var prefix = $"greet:{cmd.Channel}:{cmd.ChatId}:";
        var key = prefix + cmd.EventKey;
        var since = now - GreetingWindow;
        if (await db.Outbox.AnyAsync(o => o.Channel == cmd.Channel && o.ChatId == cmd.ChatId && o.DedupKey != null
                && (o.DedupKey == key || (!cmd.Asked && o.DedupKey.StartsWith(prefix) && o.CreatedAt > since)), ct))
        {
            return false;
        }

        var words = await WordsAsync(db, cmd, ct);
        db.Outbox.Add(new OutboxMessage
        {
            Channel = cmd.Channel,
            ChatId = cmd.ChatId,
            Address = cmd.Address,
            Kind = OutboxKind.Notice,
            Body = JsonSerializer.Serialize(cmd.Kind == ChatKind.Private ? words.PersonalGreeting() : words.ChannelGreeting()),
            DedupKey = key,
            CreatedAt = now,
            NotBefore = now,
        });
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>A private chat speaks its member's language (else their team's); a group its bound team's, else the adder's;
    /// someone no team knows their messenger's.</summary>
    private static async Task<LanguageReplies> WordsAsync(SalesBotDb db, Command cmd, CancellationToken ct)
    {
        if (cmd.Kind != ChatKind.Private
            && await db.Teams.Where(t => db.ChannelBindings.Any(b => b.TeamId == t.Id && b.Channel == cmd.Channel && b.ChatId == cmd.ChatId))
                .Select(t => t.Language).FirstOrDefaultAsync(ct) is { } bound)
        {
            return ReplyPacks.For(bound);
        }

        var member = await db.Members.AsNoTracking()
            .Where(m => m.Identities.Any(i => i.Channel == cmd.Channel
                && ((cmd.SenderId != null && i.UserId == cmd.SenderId)
                    || (cmd.SenderDirectoryId != null && i.DirectoryId == cmd.SenderDirectoryId)
                    || (cmd.Kind == ChatKind.Private && i.PrivateChatId == cmd.ChatId))))
            .OrderBy(m => m.Id)
            .Select(m => new { m.Language, Team = m.Team!.Language })
            .FirstOrDefaultAsync(ct);
        return member is null ? ReplyPacks.For(cmd.SenderLanguage) : ReplyPacks.For(member.Language, member.Team);
    }
}
