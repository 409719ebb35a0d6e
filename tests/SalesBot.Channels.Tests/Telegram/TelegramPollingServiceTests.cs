using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesBot.Channels.Tests.Outbox;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Tests.Telegram;

/// <summary>Long polling and the inbox processor in the host, against our fake Bot API.</summary>
public sealed class TelegramPollingServiceTests : IAsyncLifetime
{
    private TempStore _store = null!;
    private FakeBotApi _api = null!;
    private TelegramTestHost? _host;

    public async Task InitializeAsync()
    {
        _store = await TempStore.CreateAsync();
        _api = await FakeBotApi.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _api.DisposeAsync();
        await _store.DisposeAsync();
    }

    private async Task StartAsync(Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configure = null) =>
        _host = await TelegramTestHost.StartAsync(_store, new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = FakeBotApi.Token,
            ["Telegram:ApiBaseUrl"] = _api.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "1",
        }, configure);

    private static JsonElement Update(string payload) => JsonDocument.Parse(Payloads.Json(payload)).RootElement.Clone();

    [Fact]
    public async Task ClearsTheWebhookThenPollsWithTheLastUpdateIdPlusOne()
    {
        _api.SucceedNext("getUpdates", new[] { Update("private_text"), Update("edited_message") });

        await StartAsync();

        await TelegramTestHost.EventuallyAsync(() => Task.FromResult(_api.CallsTo("getUpdates").Count >= 2 ? "polled twice" : null), "a second poll");
        var polls = _api.CallsTo("getUpdates");
        Assert.Equal(0, polls[0].Body.GetProperty("offset").GetInt64());
        Assert.Equal(817203409, polls[1].Body.GetProperty("offset").GetInt64());
        Assert.Equal(1, polls[0].Body.GetProperty("timeout").GetInt32());
        var methods = _api.Calls.Select(c => c.Method).ToList();
        Assert.True(methods.IndexOf("deleteWebhook") is >= 0 and var d && d < methods.IndexOf("getUpdates"), string.Join(", ", methods));
    }

    [Fact]
    public async Task RecordsAnUpdateFetchedTwiceOnceAndHandsItToTheEngineOnce()
    {
        // Telegram re-sends an update until a later offset confirms it: after a crash, for example.
        _api.SucceedNext("getUpdates", new[] { Update("private_text") });
        _api.SucceedNext("getUpdates", new[] { Update("private_text"), Update("edited_message") });

        await StartAsync();

        await TelegramTestHost.EventuallyAsync(() => Task.FromResult(_host!.Engine.Received.Count >= 2 ? "both" : null), "both updates");
        await using var db = _store.CreateDbContext();
        Assert.Equal(["123456789:817203401", "123456789:817203408"], await db.Inbox.OrderBy(i => i.Id).Select(i => i.ExternalId).ToListAsync());
        Assert.Equal(2, _host!.Engine.Received.Count);
        Assert.False(_host.Engine.Received.First().IsEdit);
        Assert.True(_host.Engine.Received.Last().IsEdit);
    }

    [Fact]
    public async Task AcknowledgesAnOversizedUpdateWithoutKeepingItAndCarriesOn()
    {
        var huge = JsonSerializer.Deserialize<JsonElement>(
            "{\"update_id\": 817203500, \"message\": {\"message_id\": 1, \"date\": 1763283600, \"chat\": {\"id\": 1, \"type\": \"private\"}, "
            + "\"from\": {\"id\": 1, \"is_bot\": false, \"first_name\": \"A\"}, \"text\": \"" + new string('x', 120_000) + "\"}}");
        _api.SucceedNext("getUpdates", new[] { huge, Update("private_text") });

        await StartAsync();

        await TelegramTestHost.EventuallyAsync(() => Task.FromResult(_host!.Engine.Received.FirstOrDefault()), "the normal update");
        await TelegramTestHost.EventuallyAsync(() => Task.FromResult(_api.CallsTo("getUpdates").Count >= 2 ? "next poll" : null), "the next poll");
        Assert.Equal(817203501, _api.CallsTo("getUpdates")[1].Body.GetProperty("offset").GetInt64());
        Assert.Equal("logged a call with Contoso", Assert.Single(_host!.Engine.Received).Text);
        await using var db = _store.CreateDbContext();
        Assert.Null((await db.Inbox.SingleAsync(i => i.ExternalId == "123456789:817203500")).Payload);
    }

    [Fact]
    public async Task KeepsUpdatesInTheInboxWhenNoEngineIsRegistered()
    {
        _api.SucceedNext("getUpdates", new[] { Update("private_text") });

        await StartAsync(services => services.RemoveAll<SalesBot.Core.Messaging.IConversationEngine>());

        var row = await TelegramTestHost.EventuallyAsync(async () =>
        {
            await using var db = _store.CreateDbContext();
            return await db.Inbox.FirstOrDefaultAsync();
        }, "the update in the inbox");
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await using var check = _store.CreateDbContext();
        Assert.Null((await check.Inbox.SingleAsync(i => i.Id == row.Id)).ProcessedAt);
    }

    [Fact]
    public async Task TheWebhookEndpointIsClosedWhilePolling()
    {
        await StartAsync();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, _host!.BaseUrl + SalesBot.Channels.Telegram.TelegramWebhookEndpoint.Path)
        {
            Content = new StringContent(Payloads.Json("private_text")),
        };
        request.Headers.Add(SalesBot.Channels.Telegram.TelegramWebhookEndpoint.SecretHeader, "anything");

        var response = await http.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        await using var db = _store.CreateDbContext();
        Assert.Equal(0, await db.Inbox.CountAsync());
    }

    [Fact]
    public async Task ProcessesUpdatesLeftUnprocessedByACrashInTheirOrder()
    {
        await using (var db = _store.CreateDbContext())
        {
            foreach (var (id, payload) in new[] { ("817203401", "private_text"), ("817203408", "edited_message") })
            {
                db.Inbox.Add(new InboxMessage { Channel = Core.Crm.ChannelKind.Telegram, ExternalId = id, ReceivedAt = DateTimeOffset.UtcNow, Payload = Payloads.Json(payload) });
            }

            await db.SaveChangesAsync();
        }

        await StartAsync();

        await TelegramTestHost.EventuallyAsync(() => Task.FromResult(_host!.Engine.Received.Count >= 2 ? "both" : null), "both updates");
        Assert.Equal(["logged a call with Contoso", "logged a call with Fabrikam"], _host!.Engine.Received.Select(m => m.Text));
        await TelegramTestHost.EventuallyAsync(() => Task.FromResult(_api.CallsTo("sendMessage").Count >= 2 ? "sent" : null), "both replies", TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task SkipsAnUnreadableUpdateAndDeadLettersAnEngineFailureWithoutBlockingTheQueue()
    {
        await using (var db = _store.CreateDbContext())
        {
            db.Inbox.Add(new InboxMessage { Channel = Core.Crm.ChannelKind.Telegram, ExternalId = "1", ReceivedAt = DateTimeOffset.UtcNow, Payload = "{\"update_id\": \"x\", \"message\": 5}" });
            // Well-formed JSON, but no Bot API update: a message without the chat it was sent in.
            db.Inbox.Add(new InboxMessage { Channel = Core.Crm.ChannelKind.Telegram, ExternalId = "1b", ReceivedAt = DateTimeOffset.UtcNow, Payload = "{\"update_id\": 4, \"message\": {\"message_id\": 1, \"date\": 1763283600, \"text\": \"hi\", \"from\": {\"id\": 5, \"is_bot\": false, \"first_name\": \"A\"}}}" });
            db.Inbox.Add(new InboxMessage { Channel = Core.Crm.ChannelKind.Telegram, ExternalId = "2", ReceivedAt = DateTimeOffset.UtcNow, Payload = Payloads.Json("callback_query") });
            db.Inbox.Add(new InboxMessage { Channel = Core.Crm.ChannelKind.Telegram, ExternalId = "3", ReceivedAt = DateTimeOffset.UtcNow, Payload = Payloads.Json("private_text") });
            await db.SaveChangesAsync();
        }

        await StartAsync(services => services.AddSingleton(new ThrowOn("u:123")));

        var last = await TelegramTestHost.EventuallyAsync(() => Task.FromResult(_host!.Engine.Received.FirstOrDefault(m => m.Action is null)), "the message after the failures");
        Assert.Equal("logged a call with Contoso", last.Text);
        await using var check = _store.CreateDbContext();
        await TelegramTestHost.EventuallyAsync(async () => await check.Inbox.AllAsync(i => i.ProcessedAt != null) ? "all" : null, "all rows processed");
        // The button's answer is started, not awaited (decision 0022), and only on the first of its attempts.
        await TelegramTestHost.EventuallyAsync(() => Task.FromResult(_api.CallsTo("answerCallbackQuery").Count > 0 ? "answered" : null), "the callback answered");
        Assert.Single(_api.CallsTo("answerCallbackQuery"));
        // The engine failed on the button every time: tried three times, then dead-lettered with its error.
        var dead = await check.Inbox.AsNoTracking().SingleAsync(i => i.DeadLetteredAt != null);
        Assert.Equal("2", dead.ExternalId);
        Assert.Equal(3, dead.Attempts);
        Assert.Contains("InvalidOperationException", dead.LastError, StringComparison.Ordinal);
    }
}

/// <summary>Makes <see cref="EchoEngine"/> throw for one button, as a buggy engine would.</summary>
public sealed record ThrowOn(string Action);
