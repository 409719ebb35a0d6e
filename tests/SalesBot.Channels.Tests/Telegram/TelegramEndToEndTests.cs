using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SalesBot.Channels.Tests.Outbox;
using SalesBot.Core.Messaging;
using Xunit.Abstractions;

namespace SalesBot.Channels.Tests.Telegram;

/// <summary>
/// The whole Telegram path against telegram-test-api, a third-party Bot API emulator: the user's
/// message -> getUpdates -> inbox -> engine -> outbox -> dispatcher -> sendMessage -> the user's screen.
/// The engine is <see cref="EchoEngine"/> until the real one is wired in.
/// </summary>
public sealed class TelegramEndToEndTests(TelegramEmulator emulator, ITestOutputHelper output) : IClassFixture<TelegramEmulator>, IAsyncLifetime
{
    // The emulator keeps bots apart by token, so each test gets its own bot.
    private readonly string _token = $"{Random.Shared.Next(100_000, 999_999)}:AAEmulatorToken_{Guid.NewGuid():N}";
    private static readonly object Anna = new { id = 5123456789, is_bot = false, first_name = "Anna", last_name = "Berg", username = "anna_berg" };
    private static readonly object AnnasChat = new { id = 5123456789, first_name = "Anna", type = "private" };
    private static readonly object Group = new { id = -1001987654321, title = "Nordics sales", type = "supergroup" };

    private TempStore _store = null!;
    private TelegramTestHost? _host;

    public async Task InitializeAsync() => _store = await TempStore.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _store.DisposeAsync();
    }

    private async Task<TelegramTestHost> StartBotAsync(string mode = "polling", string? webhookUrl = null, int port = 0, Action<Microsoft.AspNetCore.Builder.WebApplication>? pipeline = null) =>
        _host = await TelegramTestHost.StartAsync(_store, new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = _token,
            ["Telegram:Mode"] = mode,
            ["Telegram:ApiBaseUrl"] = emulator.BaseUrl,
            ["Telegram:WebhookUrl"] = webhookUrl,
            ["Telegram:WebhookSecret"] = "e2e-secret",
            ["Telegram:PollTimeoutSeconds"] = "5",
            ["Telegram:Emulator"] = "true",
        }, port: port, pipeline: pipeline);

    private async Task<JsonElement> BotReplyAsync(Func<JsonElement, bool> match, string what)
    {
        var found = await TelegramTestHost.EventuallyAsync(async () =>
        {
            var matching = (await emulator.BotMessagesAsync(_token)).Where(m => match(m.GetProperty("message"))).ToList();
            return matching.Count > 0 ? matching : null;
        }, what);
        return found[0];
    }

    private static string Text(JsonElement reply) => reply.GetProperty("message").GetProperty("text").GetString()!;

    [Fact]
    public async Task AnswersAPrivateMessageWithAnUndoButton()
    {
        await StartBotAsync();
        var clock = Stopwatch.StartNew();

        await emulator.SendUserMessageAsync(_token, Anna, AnnasChat, "logged a call with Contoso");

        // The goal is about a second; the wait is generous because CI machines are shared. Benchmarks measure speed.
        var reply = await BotReplyAsync(m => m.GetProperty("text").GetString() == "echo: logged a call with Contoso", "the reply within the generous limit");
        output.WriteLine($"answered after {clock.ElapsedMilliseconds} ms");
        var message = reply.GetProperty("message");
        Assert.Equal("5123456789", message.GetProperty("chat_id").ToString());
        // The Bot API reads parse_mode without regard to case; Telegram.Bot sends "Html".
        Assert.Equal("HTML", message.GetProperty("parse_mode").GetString(), ignoreCase: true);
        var button = message.GetProperty("reply_markup").GetProperty("inline_keyboard")[0][0];
        Assert.Equal("Undo", button.GetProperty("text").GetString());
        Assert.Equal("u:1", button.GetProperty("callback_data").GetString());

        var received = Assert.Single(_host!.Engine.Received);
        Assert.Equal(ChatKind.Private, received.ChatKind);
        Assert.Equal("5123456789", received.SenderId);
        // The sender marks the row sent after Telegram's answer, which may be a moment after the emulator shows it.
        var sent = await TelegramTestHost.EventuallyAsync(async () =>
        {
            await using var read = _store.CreateDbContext();
            var row = await read.Outbox.SingleAsync();
            return row.Status == OutboxStatus.Sent ? row : null;
        }, "the outbox row marked sent");
        Assert.StartsWith("5123456789:", sent.SentMessageId, StringComparison.Ordinal);
        await using var db = _store.CreateDbContext();
        Assert.NotNull((await db.Inbox.SingleAsync()).ProcessedAt);

        // Once warm (first queries compiled, getMe known), the same path again.
        clock.Restart();
        await emulator.SendUserMessageAsync(_token, Anna, AnnasChat, "logged meeting with Northwind");
        await BotReplyAsync(m => m.GetProperty("text").GetString() == "echo: logged meeting with Northwind", "the second reply");
        output.WriteLine($"second message answered after {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task HandsAButtonPressToTheEngineAsItsAction()
    {
        await StartBotAsync();
        await emulator.SendUserMessageAsync(_token, Anna, AnnasChat, "logged a call with Contoso");
        var reply = await BotReplyAsync(m => m.GetProperty("text").GetString()!.StartsWith("echo:", StringComparison.Ordinal), "the reply");
        var messageId = reply.GetProperty("messageId").GetInt64();

        await emulator.PressButtonAsync(_token, Anna, new { message_id = messageId, chat = AnnasChat, date = 1763283600, text = "echo" }, "u:1");

        await BotReplyAsync(m => m.GetProperty("text").GetString() == "action: u:1", "the answer to the button");
        var pressed = _host!.Engine.Received.Single(m => m.Action is not null);
        Assert.Equal("u:1", pressed.Action);
        Assert.Equal($"5123456789:{messageId}", pressed.MessageId);
        Assert.Equal("5123456789", pressed.ChatId);
    }

    [Fact]
    public async Task InAGroupActsOnlyOnCommandsForThisBot()
    {
        await StartBotAsync();
        // Until a getMe has named the bot, a "/cmd@name" that reached us counts as ours (privacy mode delivers no other);
        // the emulator delivers every group message, so let the bot learn its name first.
        await TelegramTestHost.EventuallyAsync(async () =>
        {
            await using var db = _store.CreateDbContext();
            return await db.BotAccounts.AnyAsync() ? "named" : null;
        }, "the bot's getMe stored");

        await emulator.SendUserMessageAsync(_token, Anna, Group, "lunch at 12?");
        await emulator.SendUserMessageAsync(_token, Anna, Group, "/help@PollBot", [new { offset = 0, length = 13, type = "bot_command" }]);
        await emulator.SendUserMessageAsync(_token, Anna, Group, "/pipeline@TestNameBot team", [new { offset = 0, length = 21, type = "bot_command" }]);

        var reply = await BotReplyAsync(m => m.GetProperty("text").GetString()!.StartsWith("echo:", StringComparison.Ordinal), "the group reply");
        Assert.Equal("echo: /pipeline team", Text(reply));
        Assert.Equal("-1001987654321", reply.GetProperty("message").GetProperty("chat_id").ToString());
        await TelegramTestHost.EventuallyAsync(async () =>
        {
            await using var db = _store.CreateDbContext();
            return await db.Inbox.CountAsync(i => i.ProcessedAt != null) == 3 ? "all three processed" : null;
        }, "all three updates processed");
        Assert.Equal(["/pipeline team"], _host!.Engine.Received.Select(m => m.Text));
    }

    [Fact]
    public async Task RefusesTheEmulatorsUnsignedWebhookAndWritesNothing()
    {
        // telegram-test-api ignores secret_token, so its webhook calls carry no secret header: exactly what we must refuse.
        var port = FreePort();
        var refused = 0;
        await StartBotAsync("webhook", $"http://127.0.0.1:{port}/api/telegram", port, app => app.Use(async (HttpContext context, RequestDelegate next) =>
        {
            await next(context);
            if (context.Response.StatusCode == 401)
            {
                Interlocked.Increment(ref refused);
            }
        }));

        // setWebhook runs in the background at start; keep writing until the emulator calls us.
        await TelegramTestHost.EventuallyAsync(async () =>
        {
            await emulator.SendUserMessageAsync(_token, Anna, AnnasChat, "logged a call with Contoso");
            await Task.Delay(200);
            return Volatile.Read(ref refused) > 0 ? "refused" : null;
        }, "the emulator's webhook call");

        await using var db = _store.CreateDbContext();
        Assert.Equal(0, await db.Inbox.CountAsync());
        Assert.Empty(_host!.Engine.Received);
        Assert.True(emulator.IsRunning, "the crash guard in server.js keeps the emulator alive after a refused webhook");
        Assert.Equal(HttpStatusCode.OK, await emulator.GetMeStatusAsync(_token));
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
