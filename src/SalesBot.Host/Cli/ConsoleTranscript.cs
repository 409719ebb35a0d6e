using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Reports;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Features.Tips;
using SalesBot.Core.Messaging;
using SalesBot.Host.Data;

namespace SalesBot.Host.Cli;

/// <summary>
/// What `chat` and `replay` share: an engine on the store, and printing what the bot wrote to the outbox:
/// the Console chat's replies (then marked sent) and the team's channel posts, prefixed "[#TEAM] ".
/// </summary>
internal sealed class ConsoleTranscript : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private long _postWatermark;

    private ConsoleTranscript(ServiceProvider services, StoreConnection connection)
    {
        _services = services;
        Connection = connection;
    }

    public StoreConnection Connection { get; }

    public IConversationEngine Engine => _services.GetRequiredService<IConversationEngine>();

    public TimeProvider Clock => _services.GetRequiredService<TimeProvider>();

    /// <param name="configure">Tests swap in their parser or clock here.</param>
    public static async Task<ConsoleTranscript> OpenAsync(string? db, Action<IServiceCollection>? configure)
    {
        var connection = StoreConnection.Parse(db ?? Hosting.HostConfiguration.Build().GetConnectionString("SalesBot"));
        var services = new ServiceCollection();
        configure?.Invoke(services);
        services.AddSingleton(connection);
        services.AddDbContextFactory<SalesBotDb>(connection.Configure);
        services.AddConversation();
        services.AddReports();
        services.AddTips();
        var provider = services.BuildServiceProvider();
        await using (var store = connection.CreateDb())
        {
            await StoreMigrator.MigrateAsync(store, connection.Provider);
        }

        var transcript = new ConsoleTranscript(provider, connection);
        await using (var store = connection.CreateDb())
        {
            transcript._postWatermark = await store.Outbox.MaxAsync(o => (long?)o.Id) ?? 0;
        }

        return transcript;
    }

    public SalesBotDb CreateDb() => Connection.CreateDb();

    /// <summary>Prints replies waiting for <paramref name="chatId"/> and new team posts, and marks the Console ones sent.</summary>
    public async Task PrintAsync(string chatId, TextWriter stdout, string indent = "")
    {
        await using var db = CreateDb();
        var now = Clock.GetUtcNow();
        var replies = await db.Outbox
            .Where(o => o.Channel == ChannelKind.Console && o.ChatId == chatId && o.Kind == OutboxKind.Reply && o.Status == OutboxStatus.Pending)
            .OrderBy(o => o.Id).ToListAsync();
        foreach (var row in replies)
        {
            await stdout.WriteLineAsync(Render(Read(row.Body), indent));
            row.Status = OutboxStatus.Sent;
            row.SentAt = now;
        }

        var posts = await db.Outbox.Where(o => o.Kind == OutboxKind.TeamPost && o.Id > _postWatermark).OrderBy(o => o.Id).ToListAsync();
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name);
        foreach (var post in posts)
        {
            _postWatermark = Math.Max(_postWatermark, post.Id);
            var team = post.TeamId is { } id && teams.TryGetValue(id, out var name) ? name : "team";
            var held = post.NotBefore > post.CreatedAt ? $" (held for quiet hours until {post.NotBefore:yyyy-MM-dd HH:mm} UTC)" : "";
            await stdout.WriteLineAsync($"{indent}[#{team}] {Read(post.Body).Text}{held}");
            if (post.Channel == ChannelKind.Console)
            {
                post.Status = OutboxStatus.Sent;
                post.SentAt = now;
            }
        }

        await db.SaveChangesAsync();
    }

    private static OutgoingMessage Read(string body) => JsonSerializer.Deserialize<OutgoingMessage>(body) ?? new OutgoingMessage("");

    public static string Render(OutgoingMessage message, string indent = "")
    {
        var lines = new List<string>();
        if (!string.IsNullOrEmpty(message.Title))
        {
            lines.Add(message.Title);
        }

        lines.Add(message.Text);
        lines.AddRange(message.Details);
        var buttons = message.Buttons.Where(b => !ButtonAction.Answers(b.Data)).Select(b => $"[{b.Label}]").ToList();
        if (buttons.Count > 0)
        {
            lines.Add(string.Join(' ', buttons) + (buttons.Contains("[Undo]") ? "  (type \"undo\")" : ""));
        }

        var text = string.Join('\n', lines);
        return indent + text.Replace("\n", "\n" + indent, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
