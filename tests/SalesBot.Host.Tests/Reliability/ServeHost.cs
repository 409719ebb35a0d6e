using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesBot.Host.Cli;

namespace SalesBot.Host.Tests.Reliability;

/// <summary>
/// The real `serve` app (ServeVerb.BuildApp: store, engine, Telegram webhook mode with a secret, Teams emulator
/// mode, outbox, scheduler) on a free 127.0.0.1 port, talking to <see cref="FakeMessengers"/>.
/// </summary>
public sealed class ServeHost : IAsyncDisposable
{
    public const string Secret = "proof-webhook-secret_42";

    private ServeHost(WebApplication app, string baseUrl)
    {
        App = app;
        BaseUrl = baseUrl;
        Http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
    }

    public WebApplication App { get; }
    public string BaseUrl { get; }
    public HttpClient Http { get; }

    /// <summary>What the host logged at Error and above, to say why a test failed.</summary>
    public ConcurrentQueue<string> Errors { get; } = new();

    /// <summary>The command line `serve` gets, with Telegram and Teams pointed at the fake.</summary>
    public static string[] Arguments(string db, string apiBaseUrl, string urls = "http://127.0.0.1:0") =>
    [
        "serve", "--db", db, "--urls", urls,
        $"--Telegram:BotToken={FakeMessengers.Token}", "--Telegram:Mode=webhook", $"--Telegram:WebhookSecret={Secret}",
        "--Telegram:WebhookUrl=https://bot.example.test/api/telegram", $"--Telegram:ApiBaseUrl={apiBaseUrl}",
        "--Teams:AppId=", "--Teams:Emulator=true",
        // Retries of a failed send come quickly, so an outage test waits seconds, not minutes.
        "--Outbox:MaxBackoff=00:00:02",
        "--Logging:LogLevel:Default=Error",
    ];

    public static async Task<ServeHost> StartAsync(string db, FakeMessengers fake)
    {
        var raw = Arguments(db, fake.BaseUrl);
        var app = ServeVerb.BuildApp(CliArgs.Parse(["--db", db, "--urls", "http://127.0.0.1:0"]), raw);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var host = new ServeHost(app, address);
        app.Services.GetRequiredService<ILoggerFactory>().AddProvider(new CaptureLogs(host.Errors));
        return host;
    }

    public Task<HttpResponseMessage> PostTelegramAsync(string json, string? secret = Secret) => PostTelegramAsync(Http, json, secret);

    public static async Task<HttpResponseMessage> PostTelegramAsync(HttpClient http, string json, string? secret = Secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/telegram") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        return await http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> PostTeamsAsync(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await Http.PostAsync("/api/messages", content);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        try
        {
            await App.StopAsync();
        }
        finally
        {
            await App.DisposeAsync();
        }
    }
}

internal sealed class CaptureLogs(ConcurrentQueue<string> sink) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(sink, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<string> sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel) && sink.Count < 1000)
            {
                sink.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}

/// <summary>Wire payloads as Telegram and Teams send them.</summary>
public static class Wire
{
    public static string TelegramText(long updateId, long userId, long messageId, string text, long? chatId = null) =>
        JsonSerializer.Serialize(new
        {
            update_id = updateId,
            message = new
            {
                message_id = messageId,
                date = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                chat = new { id = chatId ?? userId, type = chatId is < 0 ? "supergroup" : "private", first_name = "Rep" },
                from = new { id = userId, is_bot = false, first_name = "Rep" },
                text,
            },
        });

    public static string TeamsMessage(string activityId, string userId, string conversationId, string text, string serviceUrl) =>
        JsonSerializer.Serialize(new
        {
            type = "message",
            id = activityId,
            timestamp = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            serviceUrl,
            channelId = "msteams",
            from = new { id = userId, name = "Rep" },
            recipient = new { id = "28:proof-bot", name = "SalesBot" },
            conversation = new { id = conversationId, conversationType = "personal", tenantId = "tenant-proof" },
            text,
        });

    /// <summary>Polls until <paramref name="condition"/> holds; fails naming <paramref name="what"/> after the (generous) timeout.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"timed out waiting for {what}");
            }

            await Task.Delay(100);
        }
    }
}
