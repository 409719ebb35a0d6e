using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesBot.Channels.Teams;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;
using SalesBot.Host.Data;

namespace SalesBot.Channels.Tests.Teams;

/// <summary>The shared <see cref="TestStore"/> (a migrated SQLite file) with the Teams tests' seeding.</summary>
internal sealed class TempStore : IAsyncDisposable
{
    private readonly TestStore _store;

    private TempStore(TestStore store) => _store = store;

    public StoreConnection Connection => _store.Connection;

    public static async Task<TempStore> CreateAsync() => new(await TestStore.SqliteAsync());

    public ValueTask DisposeAsync() => _store.DisposeAsync();

    public SalesBotDb Db() => Connection.CreateDb();

    /// <summary>Adds the team "North" and the rows <paramref name="rows"/> makes for its id.</summary>
    public async Task SeedTeamAsync(Func<int, IEnumerable<object>> rows)
    {
        await using var db = Db();
        var team = new Team { Name = "North", NormalizedName = "north" };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        db.AddRange(rows(team.Id));
        await db.SaveChangesAsync();
    }

    public IDbContextFactory<SalesBotDb> Factory() => new DbFactory(Connection);

    private sealed class DbFactory(StoreConnection connection) : IDbContextFactory<SalesBotDb>
    {
        public SalesBotDb CreateDbContext() => connection.CreateDb();
    }
}

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a random port, for the fakes the tests talk to
/// (OpenID metadata, token endpoint, connector) and for the bot host itself.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<LoopbackServer> StartAsync(Action<WebApplication> map, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("SALESBOT_TEST_LOG") == "1")
        {
            builder.Logging.AddConsole();
        }
        configure?.Invoke(builder);
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackServer(app, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>The SalesBot host as `serve` wires Teams (AddTeams/MapTeams), with the echo engine in place of the real one.</summary>
internal static class BotHost
{
    /// <param name="engine">Registers the engine; default: <see cref="EchoEngine"/>.</param>
    public static Task<LoopbackServer> StartAsync(TempStore store, IDictionary<string, string?> teams, Action<IServiceCollection>? engine = null) =>
        LoopbackServer.StartAsync(app => app.MapTeams(), builder =>
        {
            builder.Configuration.AddInMemoryCollection(teams.ToDictionary(kv => $"Teams:{kv.Key}", kv => kv.Value));
            builder.Services.AddSingleton(TimeProvider.System);
            builder.Services.AddSalesBotStore(store.Connection);
            builder.Services.AddTeams(builder.Configuration);
            (engine ?? (services => services.AddScoped<IConversationEngine, EchoEngine>()))(builder.Services);
        });
}

/// <summary>
/// Stands in for the conversation engine (written in parallel): answers every message in the same
/// conversation through the outbox, with an Undo button, as the real engine does.
/// </summary>
internal sealed class EchoEngine(SalesBotDb db, TimeProvider clock) : IConversationEngine
{
    public async Task HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var reply = message.Action is { } action
            ? new OutgoingMessage($"pressed {action}")
            : new OutgoingMessage($"echo: {message.Text}") { Title = "Got it", Buttons = [new ReplyButton("Undo", "u:1")] };
        db.Outbox.Add(new OutboxMessage
        {
            Channel = message.Channel,
            ChatId = message.ChatId,
            ThreadId = message.ThreadId,
            Address = message.Address,
            ReplyToMessageId = message.MessageId,
            Kind = OutboxKind.Reply,
            Body = JsonSerializer.Serialize(reply),
            DedupKey = $"echo:{message.ChatId}:{message.MessageId}:{message.IsEdit}",
            CreatedAt = clock.GetUtcNow(),
            NotBefore = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Stands in for the outbox dispatcher (written in parallel): sends pending Teams rows through the sender.</summary>
internal static class OutboxPump
{
    public static async Task<int> SendPendingAsync(TempStore store, TeamsSender sender)
    {
        await using var db = store.Db();
        var rows = await db.Outbox.Where(o => o.Channel == ChannelKind.Teams && o.Status == OutboxStatus.Pending).OrderBy(o => o.Id).ToListAsync();
        foreach (var row in rows)
        {
            var outcome = await sender.SendAsync(row, JsonSerializer.Deserialize<OutgoingMessage>(row.Body)!, CancellationToken.None);
            row.Attempts++;
            row.Status = outcome.Status == SalesBot.Channels.Outbox.SendStatus.Sent ? OutboxStatus.Sent : OutboxStatus.Failed;
            row.SentMessageId = outcome.SentMessageId;
            row.LastError = outcome.Error;
        }

        await db.SaveChangesAsync();
        return rows.Count;
    }
}

internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Payload(string name) => File.ReadAllText(Path.Combine(Root, "tests", "SalesBot.Channels.Tests", "Teams", "Payloads", name));

    public static string Peers => Path.Combine(Root, "tests", "peers", "teams");

    /// <summary>Installs tests/peers/teams from its lock file the first time a test needs it (<see cref="NpmPeers"/>).</summary>
    public static void EnsurePeers() => NpmPeers.Ensure(Peers, "@microsoft");

    /// <summary>Runs a script of tests/peers/teams with node; returns its exit code and everything it printed.</summary>
    public static Task<(int Exit, string Stdout, string Stderr)> NodeAsync(params string[] args) => NodeInAsync(Peers, args);

    /// <summary>Runs a script of the peer folder <paramref name="folder"/> with node.</summary>
    public static async Task<(int Exit, string Stdout, string Stderr)> NodeInAsync(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("node", args)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        return (node.ExitCode, await stdout, await stderr);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SalesBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("SalesBot.sln not found above the test binaries");
    }
}

/// <summary>Polls until a condition holds: background work (the inbox processor) finishes on its own schedule.</summary>
internal static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, string what, int timeoutMs = 15_000)
        where T : class
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"timed out waiting for {what}");
            }

            await Task.Delay(50);
        }
    }
}
