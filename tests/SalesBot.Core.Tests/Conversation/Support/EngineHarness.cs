using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Tests.Conversation.Support;

/// <summary>A real engine on a real SQLite file with the fake parser; sends messages and reads what came back.</summary>
public sealed class EngineHarness : IAsyncDisposable
{
    private int _next;

    public EngineHarness(DateTimeOffset? now = null)
    {
        Clock = new FakeClock(now ?? new DateTimeOffset(2026, 11, 16, 8, 40, 0, TimeSpan.Zero));
        Engine = new ConversationEngine(Store, Parser, Clock);
    }

    public TestStore Store { get; } = new();
    public FakeParser Parser { get; } = new();
    public FakeClock Clock { get; }
    public ConversationEngine Engine { get; }
    public IReportService? Reports { get; init; }

    public IncomingMessage Message(string sender, string text, string? team = null, string? messageId = null) =>
        new(ChannelKind.Console, $"console:{sender}", ChatKind.Private, team is null ? sender : $"{team}/{sender}", sender, text,
            messageId ?? $"m{Interlocked.Increment(ref _next)}", Clock.Now);

    /// <summary>Sends one message and returns the reply it produced.</summary>
    public async Task<OutgoingMessage> SendAsync(string sender, string text, string? team = null)
    {
        var msg = Message(sender, text, team);
        await Engine.HandleAsync(msg, CancellationToken.None);
        return ReplyTo(msg);
    }

    public async Task<OutgoingMessage> SendAsync(IncomingMessage msg)
    {
        await Engine.HandleAsync(msg, CancellationToken.None);
        return ReplyTo(msg);
    }

    public OutgoingMessage ReplyTo(IncomingMessage msg)
    {
        using var db = Store.CreateDbContext();
        var row = db.Outbox.AsNoTracking()
            .Where(o => o.Kind == OutboxKind.Reply && o.ChatId == msg.ChatId && o.ReplyToMessageId == msg.MessageId)
            .OrderByDescending(o => o.Id)
            .First();
        return JsonSerializer.Deserialize<OutgoingMessage>(row.Body)!;
    }

    public List<string> TeamPosts()
    {
        using var db = Store.CreateDbContext();
        return db.Outbox.AsNoTracking().Where(o => o.Kind == OutboxKind.TeamPost).OrderBy(o => o.Id).AsEnumerable()
            .Select(o => JsonSerializer.Deserialize<OutgoingMessage>(o.Body)!.Text).ToList();
    }

    public T Read<T>(Func<Data.SalesBotDb, T> query)
    {
        using var db = Store.CreateDbContext();
        return query(db);
    }

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        Store.Dispose();
    }
}
