using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SalesBot.Host.Tests.Reliability;

/// <summary>
/// A local stand-in for the Telegram Bot API (and a Bot Framework connector under /v3) on 127.0.0.1, with the
/// faults the real ones have: an outage answering 502, and Telegram's rate limits answered with 429 and
/// retry_after. Records every message it accepted, in arrival order.
/// </summary>
public sealed class FakeMessengers : IAsyncDisposable
{
    public const string Token = "123456789:AAFakeTokenForReliabilityTestsOnly_xyz";

    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _overall = new();
    private readonly Dictionary<long, Queue<DateTimeOffset>> _groups = [];
    private long _messageId = 1000;
    private long _outageUntilTicks;
    private TaskCompletionSource? _hang;
    private int _hung;
    private int _rejected502;
    private int _rejected429;

    private FakeMessengers(WebApplication app) => _app = app;

    /// <summary>A message the fake accepted (200): Telegram sendMessage or a Teams connector post.</summary>
    public sealed record Delivery(string ChatId, string Text, long? ReplyTo, DateTimeOffset At);

    public ConcurrentQueue<Delivery> Delivered { get; } = new();
    public string BaseUrl { get; private set; } = "";
    public int Rejected502 => _rejected502;
    public int Rejected429 => _rejected429;
    /// <summary>Telegram calls that were held unanswered by <see cref="HangFor"/>.</summary>
    public int Hung => _hung;

    /// <summary>Enforce Telegram's limits: this many sends a second overall, and per group (negative chat id) a minute.</summary>
    public int? OverallPerSecond { get; set; }
    public int? GroupPerMinute { get; set; }

    public static async Task<FakeMessengers> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeMessengers(app);
        app.MapPost("/bot{token}/{method}", fake.TelegramAsync);
        app.MapPost("/v3/conversations/{**rest}", fake.TeamsAsync);
        app.MapPut("/v3/conversations/{**rest}", fake.TeamsAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    /// <summary>Every call answers 502 Bad Gateway (nginx's HTML, as Telegram's front does) until <paramref name="duration"/> passes.</summary>
    public void GoDownFor(TimeSpan duration) => Interlocked.Exchange(ref _outageUntilTicks, DateTimeOffset.UtcNow.Add(duration).UtcTicks);

    public bool IsDown => DateTimeOffset.UtcNow.UtcTicks < Interlocked.Read(ref _outageUntilTicks);

    /// <summary>
    /// From now every Telegram call is accepted and never answered, as a network black hole does, until
    /// <see cref="StopHanging"/>; then the held connections are dropped (nothing was delivered) and calls are served.
    /// </summary>
    public void StartHanging() => Volatile.Write(ref _hang, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public void StopHanging() => Interlocked.Exchange(ref _hang, null)?.TrySetResult();

    public IReadOnlyList<Delivery> DeliveredTo(string chatId) => Delivered.Where(d => d.ChatId == chatId).ToList();

    private async Task<IResult> TelegramAsync(string token, string method, HttpContext http)
    {
        var request = http.Request;
        if (Volatile.Read(ref _hang) is { } hang)
        {
            Interlocked.Increment(ref _hung);
            try
            {
                await hang.Task.WaitAsync(http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The caller gave up first.
            }

            http.Abort();
            return Results.Empty;
        }

        if (IsDown)
        {
            Interlocked.Increment(ref _rejected502);
            return Results.Content("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", "text/html", statusCode: 502);
        }

        using var document = await JsonDocument.ParseAsync(request.Body);
        var body = document.RootElement;
        if (token != Token)
        {
            return Results.Json(new { ok = false, error_code = 401, description = "Unauthorized" }, statusCode: 401);
        }

        switch (method)
        {
            case "getMe":
                return Ok(new { id = 7012345678, is_bot = true, first_name = "SalesBot", username = "SalesBotProofBot" });
            case "sendMessage":
                var chatId = body.GetProperty("chat_id").GetInt64();
                if (Throttle(chatId) is { } retryAfter)
                {
                    Interlocked.Increment(ref _rejected429);
                    return Results.Json(new { ok = false, error_code = 429, description = $"Too Many Requests: retry after {retryAfter}", parameters = new { retry_after = retryAfter } }, statusCode: 429);
                }

                long? replyTo = body.TryGetProperty("reply_parameters", out var rp) && rp.TryGetProperty("message_id", out var m) ? m.GetInt64() : null;
                var text = body.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
                Delivered.Enqueue(new Delivery(chatId.ToString(System.Globalization.CultureInfo.InvariantCulture), text, replyTo, DateTimeOffset.UtcNow));
                return Ok(new { message_id = Interlocked.Increment(ref _messageId), date = 1763283600, chat = new { id = chatId, type = chatId < 0 ? "supergroup" : "private" }, text });
            default:
                return Ok(true);
        }
    }

    private async Task<IResult> TeamsAsync(string rest, HttpRequest request)
    {
        if (IsDown)
        {
            Interlocked.Increment(ref _rejected502);
            return Results.StatusCode(502);
        }

        using var document = await JsonDocument.ParseAsync(request.Body);
        var conversation = Uri.UnescapeDataString(rest.Split('/')[0]);
        var text = document.RootElement.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() ?? "" : "";
        Delivered.Enqueue(new Delivery(conversation, text, null, DateTimeOffset.UtcNow));
        return Results.Json(new { id = $"1{Interlocked.Increment(ref _messageId)}", activityId = $"1{_messageId}" });
    }

    /// <returns>Seconds to wait when a limit is exceeded, else null (and the send is counted).</returns>
    private int? Throttle(long chatId)
    {
        lock (_lock)
        {
            var now = DateTimeOffset.UtcNow;
            while (_overall.Count > 0 && _overall.Peek() <= now.AddSeconds(-1))
            {
                _overall.Dequeue();
            }

            if (OverallPerSecond is { } perSecond && _overall.Count >= perSecond)
            {
                return 1;
            }

            Queue<DateTimeOffset>? group = null;
            if (chatId < 0 && GroupPerMinute is { } perMinute)
            {
                if (!_groups.TryGetValue(chatId, out group))
                {
                    _groups[chatId] = group = new Queue<DateTimeOffset>();
                }

                while (group.Count > 0 && group.Peek() <= now.AddMinutes(-1))
                {
                    group.Dequeue();
                }

                if (group.Count >= perMinute)
                {
                    return Math.Max(1, (int)Math.Ceiling((group.Peek().AddMinutes(1) - now).TotalSeconds));
                }
            }

            _overall.Enqueue(now);
            group?.Enqueue(now);
            return null;
        }
    }

    private static IResult Ok(object result) => Results.Json(new { ok = true, result });

    public async ValueTask DisposeAsync()
    {
        StopHanging();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
