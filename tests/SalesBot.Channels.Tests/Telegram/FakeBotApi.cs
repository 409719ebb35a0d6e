using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesBot.Channels.Telegram;
using Telegram.Bot;

namespace SalesBot.Channels.Tests.Telegram;

/// <summary>
/// A tiny Bot API server of our own on 127.0.0.1, for what the emulator cannot do: 429 with
/// retry_after, 403 blocked, 400 with migrate_to_chat_id. Answers ok unless a reply was queued for the method.
/// </summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456789:AAFakeTokenForTestsOnly_abcdefghijklmnop";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(int Status, string Json)>> _scripted = new(StringComparer.OrdinalIgnoreCase);
    private long _messageId = 500;

    private FakeBotApi(WebApplication app) => _app = app;

    public ConcurrentQueue<ApiCall> Calls { get; } = new();
    public string BaseUrl { get; private set; } = "";

    public sealed record ApiCall(string Method, JsonElement Body);

    public IReadOnlyList<ApiCall> CallsTo(string method) => Calls.Where(c => string.Equals(c.Method, method, StringComparison.OrdinalIgnoreCase)).ToList();

    public static async Task<FakeBotApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeBotApi(app);
        app.MapPost("/bot{token}/{method}", fake.HandleAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    /// <summary>The next call to <paramref name="method"/> gets this Bot API error.</summary>
    public void FailNext(string method, int code, string description, object? parameters = null) =>
        _scripted.GetOrAdd(method, _ => new()).Enqueue((code, JsonSerializer.Serialize(new { ok = false, error_code = code, description, parameters })));

    /// <summary>The next call to <paramref name="method"/> succeeds with this result (any JSON-serialisable value).</summary>
    public void SucceedNext(string method, object result) =>
        _scripted.GetOrAdd(method, _ => new()).Enqueue((200, JsonSerializer.Serialize(new { ok = true, result })));

    public TelegramBotClient Client(string? token = null) =>
        TelegramBot.Create(new TelegramOptions { BotToken = token ?? Token, ApiBaseUrl = BaseUrl }, new HttpClient());

    private async Task<IResult> HandleAsync(string token, string method, HttpRequest request)
    {
        // sendPhoto is a multipart upload: its fields are recorded as a JSON object, the file as its byte count.
        // A method without parameters (getMe) comes with no body at all.
        using var document = request.HasFormContentType
            ? JsonDocument.Parse(JsonSerializer.Serialize(await FormFieldsAsync(request)))
            : JsonDocument.Parse(await new StreamReader(request.Body).ReadToEndAsync() is { Length: > 0 } json ? json : "{}");
        Calls.Enqueue(new ApiCall(method, document.RootElement.Clone()));
        if (token != Token)
        {
            return Json(401, new { ok = false, error_code = 401, description = "Unauthorized" });
        }

        if (_scripted.TryGetValue(method, out var queue) && queue.TryDequeue(out var scripted))
        {
            return Results.Text(scripted.Json, "application/json", statusCode: scripted.Status);
        }

        return method switch
        {
            "getMe" => Json(200, new { ok = true, result = new { id = 7012345678, is_bot = true, first_name = "SalesBot", username = "SalesBotDemoBot" } }),
            "sendMessage" or "sendPhoto" => Json(200, new
            {
                ok = true,
                result = new
                {
                    message_id = Interlocked.Increment(ref _messageId),
                    date = 1763283600,
                    chat = new { id = document.RootElement.GetProperty("chat_id").GetInt64(), type = "private" },
                    text = "(sent)",
                },
            }),
            "getUpdates" => Json(200, new { ok = true, result = Array.Empty<object>() }),
            _ => Json(200, new { ok = true, result = true }),
        };
    }

    private static async Task<Dictionary<string, object>> FormFieldsAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var fields = form.ToDictionary(f => f.Key, f => (object)f.Value.ToString());
        if (long.TryParse(form["chat_id"], out var chatId))
        {
            fields["chat_id"] = chatId;
        }

        foreach (var file in form.Files)
        {
            // "photo": "attach://0" names the part that holds the file (how Telegram.Bot uploads).
            var field = form.FirstOrDefault(f => f.Value.ToString() == "attach://" + file.Name).Key ?? file.Name;
            fields[field + "_bytes"] = file.Length;
            fields[field + "_name"] = file.FileName;
        }

        return fields;
    }

    private static IResult Json(int status, object body) => Results.Json(body, statusCode: status);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
