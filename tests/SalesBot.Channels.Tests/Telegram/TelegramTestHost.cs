using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SalesBot.Channels.Outbox;
using SalesBot.Channels.Tests.Outbox;
using SalesBot.Core.Conversation;
using SalesBot.Core.Messaging;
using SalesBot.Core.Reports;
using SalesBot.Host.Data;
using SalesBot.Channels.Telegram;

namespace SalesBot.Channels.Tests.Telegram;

/// <summary>
/// The bot host as `serve` composes it (store, AddTelegram, AddOutbox, MapTelegram) on a free
/// 127.0.0.1 port, with <see cref="EchoEngine"/> standing in for the conversation engine.
/// </summary>
public sealed class TelegramTestHost : IAsyncDisposable
{
    private TelegramTestHost(WebApplication app, string baseUrl)
    {
        App = app;
        BaseUrl = baseUrl;
    }

    public WebApplication App { get; }
    public string BaseUrl { get; }
    public EngineLog Engine => App.Services.GetRequiredService<EngineLog>();

    public static WebApplication Build(TempStore store, IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSalesBotStore(store.Connection);
        builder.Services.AddTelegram(builder.Configuration);
        builder.Services.AddOutbox();

        // The real engine comes with AddConversation(); this test double replies "echo: ...".
        builder.Services.AddSingleton<EngineLog>();
        builder.Services.AddScoped<IConversationEngine, EchoEngine>();
        configure?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapTelegram();
        return app;
    }

    /// <summary>For <c>configure</c>: the real conversation engine and reports, as `serve` wires them, instead of the echo double.</summary>
    public static void RealEngine(IServiceCollection services)
    {
        services.RemoveAll<IConversationEngine>();
        services.AddConversation();
        services.AddReports();
    }

    public static async Task<TelegramTestHost> StartAsync(TempStore store, IDictionary<string, string?> settings,
        Action<IServiceCollection>? configure = null, int port = 0, Action<WebApplication>? pipeline = null)
    {
        var app = Build(store, settings, configure, port);
        pipeline?.Invoke(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TelegramTestHost(app, address);
    }

    /// <summary>Polls until <paramref name="condition"/> holds; fails with <paramref name="what"/> after the (generous) timeout.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T?>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            if (await condition() is { } value)
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

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
