using System.Text.Json;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Tests.Outbox;

/// <summary>Writes outbox rows the way the engine does: the body is the OutgoingMessage as JSON.</summary>
public static class OutboxRows
{
    public static async Task<OutboxMessage> AddAsync(SalesBotDb db, string chatId, OutgoingMessage body, DateTimeOffset now,
        ChannelKind channel = ChannelKind.Telegram, int? bindingId = null)
    {
        var row = new OutboxMessage
        {
            Channel = channel,
            ChatId = chatId,
            Kind = bindingId is null ? OutboxKind.Reply : OutboxKind.TeamPost,
            Body = JsonSerializer.Serialize(body, JsonSerializerOptions.Web),
            BindingId = bindingId,
            CreatedAt = now,
            NotBefore = now,
        };
        db.Outbox.Add(row);
        await db.SaveChangesAsync();
        return row;
    }
}
