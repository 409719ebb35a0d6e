using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Outbox;

/// <summary>
/// What a messenger tells us about a chat as a whole: it moved (a Telegram group upgraded to a
/// supergroup), the bot was shut out (blocked, kicked, uninstalled), or let back in. Shared by the
/// inbound side (service messages, my_chat_member) and the dispatcher (403, migrate_to_chat_id).
/// </summary>
public static class ChatReachability
{
    /// <summary>Bindings and not-yet-sent rows of <paramref name="fromChatId"/> now point at <paramref name="toChatId"/>.</summary>
    public static async Task MoveChatAsync(SalesBotDb db, ChannelKind channel, string fromChatId, string toChatId, CancellationToken cancellationToken)
    {
        if (fromChatId == toChatId)
        {
            return;
        }

        await db.ChannelBindings
            .Where(b => b.Channel == channel && b.ChatId == fromChatId)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.ChatId, toChatId), cancellationToken);
        await db.Outbox
            .Where(o => o.Channel == channel && o.ChatId == fromChatId && o.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.ChatId, toChatId), cancellationToken);
    }

    /// <summary>
    /// The bot can no longer write to the chat: a group's binding goes inactive, a private chat's member
    /// gets PrivateChatActive=false, and the chat's pending rows fail instead of being retried.
    /// </summary>
    public static async Task MarkUnreachableAsync(SalesBotDb db, ChannelKind channel, string chatId, ChatKind kind, string reason, CancellationToken cancellationToken)
    {
        await SetReachableAsync(db, channel, chatId, kind, reachable: false, cancellationToken);
        var error = reason.Length > 500 ? reason[..500] : reason;
        await db.Outbox
            .Where(o => o.Channel == channel && o.ChatId == chatId && o.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OutboxStatus.Failed).SetProperty(o => o.LastError, error), cancellationToken);
    }

    /// <summary>A private chat the user unblocked is usable again. Group bindings are not revived here: a manager reconnects them.</summary>
    public static Task MarkReachableAsync(SalesBotDb db, ChannelKind channel, string chatId, ChatKind kind, CancellationToken cancellationToken) =>
        kind == ChatKind.Private ? SetReachableAsync(db, channel, chatId, kind, reachable: true, cancellationToken) : Task.CompletedTask;

    private static async Task SetReachableAsync(SalesBotDb db, ChannelKind channel, string chatId, ChatKind kind, bool reachable, CancellationToken cancellationToken)
    {
        if (!reachable)
        {
            await db.ChannelBindings
                .Where(b => b.Channel == channel && b.ChatId == chatId)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.IsActive, false), cancellationToken);
        }

        if (kind != ChatKind.Private)
        {
            return;
        }

        // The member whose private chat on this messenger it is.
        await db.Members.Where(m => m.Identities.Any(i => i.Channel == channel && i.PrivateChatId == chatId))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.PrivateChatActive, reachable), cancellationToken);
    }
}
