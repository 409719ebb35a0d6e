using System.Collections.Concurrent;
using System.Text.Json;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Tests.Telegram;

/// <summary>What the test engine was handed, in order.</summary>
public sealed class EngineLog
{
    public ConcurrentQueue<IncomingMessage> Received { get; } = new();
}

/// <summary>
/// A stand-in for the conversation engine (written in parallel): answers every message with
/// "echo: TEXT" (a button press with "action: DATA") and an Undo button, through the outbox, in the same chat.
/// </summary>
public sealed class EchoEngine(SalesBotDb db, TimeProvider clock, EngineLog log, IEnumerable<ThrowOn> failures) : IConversationEngine
{
    public async Task HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        log.Received.Enqueue(message);
        if (failures.Any(f => f.Action == message.Action))
        {
            throw new InvalidOperationException($"engine bug on {message.Action}");
        }

        var now = clock.GetUtcNow();
        var reply = new OutgoingMessage(message.Action is { } action ? $"action: {action}" : $"echo: {message.Text}")
        {
            Buttons = [new ReplyButton("Undo", $"u:{log.Received.Count}")],
        };
        db.Outbox.Add(new OutboxMessage
        {
            Channel = message.Channel,
            ChatId = message.ChatId,
            ThreadId = message.ThreadId,
            ReplyToMessageId = message.Action is null ? message.MessageId : null,
            Kind = OutboxKind.Reply,
            Body = JsonSerializer.Serialize(reply, JsonSerializerOptions.Web),
            CreatedAt = now,
            NotBefore = now,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
