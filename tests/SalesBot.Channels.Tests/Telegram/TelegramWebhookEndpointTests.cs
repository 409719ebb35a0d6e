using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SalesBot.Channels.Inbox;
using SalesBot.Channels.Telegram;
using SalesBot.Channels.Tests.Outbox;
using SalesBot.Core.Crm;

namespace SalesBot.Channels.Tests.Telegram;

public sealed class TelegramWebhookEndpointTests : IAsyncLifetime
{
    private const string Secret = "s3cret-Token_for-tests";
    private readonly HttpClient _http = new();
    private TempStore _store = null!;
    private FakeBotApi _api = null!;
    private TelegramTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _store = await TempStore.CreateAsync();
        _api = await FakeBotApi.StartAsync();
        _host = await TelegramTestHost.StartAsync(_store, new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = FakeBotApi.Token,
            ["Telegram:Mode"] = "webhook",
            ["Telegram:ApiBaseUrl"] = _api.BaseUrl,
            ["Telegram:WebhookUrl"] = "https://bot.example.com/api/telegram",
            ["Telegram:WebhookSecret"] = Secret,
        });
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
        await _api.DisposeAsync();
        await _store.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(string body, string? secret = Secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, _host.BaseUrl + TelegramWebhookEndpoint.Path)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add(TelegramWebhookEndpoint.SecretHeader, secret);
        }

        return _http.SendAsync(request);
    }

    private async Task<int> InboxCountAsync()
    {
        await using var db = _store.CreateDbContext();
        return await db.Inbox.CountAsync();
    }

    [Fact]
    public async Task RegistersTheWebhookWithItsSecretAtStart()
    {
        var call = await TelegramTestHost.EventuallyAsync(() => Task.FromResult(_api.CallsTo("setWebhook").FirstOrDefault()), "setWebhook");

        Assert.Equal("https://bot.example.com/api/telegram", call.Body.GetProperty("url").GetString());
        Assert.Equal(Secret, call.Body.GetProperty("secret_token").GetString());
    }

    [Theory]
    [InlineData("wrong-secret")]
    [InlineData("s3cret-Token_for-test")]
    [InlineData("")]
    [InlineData(null)]
    public async Task RefusesAWrongOrMissingSecretAndWritesNothing(string? secret)
    {
        var response = await PostAsync(Payloads.Json("private_text"), secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await InboxCountAsync());
    }

    [Fact]
    public async Task RecordsTheUpdateInTheInboxBeforeAnswering()
    {
        var json = Payloads.Json("private_text");

        var response = await PostAsync(json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = _store.CreateDbContext();
        var row = await db.Inbox.SingleAsync();
        Assert.Equal(ChannelKind.Telegram, row.Channel);
        Assert.Equal("123456789:817203401", row.ExternalId);
        Assert.Equal(json, row.Payload);
    }

    [Fact]
    public async Task WritesARedeliveredUpdateOnceAndHandsItToTheEngineOnce()
    {
        var json = Payloads.Json("private_text");

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(json)).StatusCode);
        await TelegramTestHost.EventuallyAsync(() => Task.FromResult(_host.Engine.Received.IsEmpty ? null : "x"), "the engine");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(json)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(json)).StatusCode);

        Assert.Equal(1, await InboxCountAsync());
        await using var db = _store.CreateDbContext();
        Assert.Null(await db.Inbox.Where(i => i.ProcessedAt == null).FirstOrDefaultAsync());
        Assert.Single(_host.Engine.Received);
    }

    [Fact]
    public async Task StoresManyConcurrentUpdatesEachExactlyOnce()
    {
        var template = Payloads.Json("group_chatter");
        var bodies = Enumerable.Range(1, 60)
            .Select(i => template.Replace("817203406", (900_000 + (i % 40)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
            .ToList();

        var responses = await Task.WhenAll(bodies.Select(b => PostAsync(b)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await using var db = _store.CreateDbContext();
        var ids = await db.Inbox.Select(i => i.ExternalId).ToListAsync();
        Assert.Equal(40, ids.Count);
        Assert.Equal(40, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("{\"update_id\": 5, \"message\": ")]
    [InlineData("not json at all")]
    [InlineData("{\"message\": {\"text\": \"no update id\"}}")]
    [InlineData("[1, 2, 3]")]
    public async Task AnswersMalformedBodiesWith400AndWritesNothing(string body)
    {
        var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await InboxCountAsync());
    }

    [Fact]
    public async Task RefusesAnOversizedBody()
    {
        var big = "{\"update_id\": 9, \"message\": {\"text\": \"" + new string('x', InboxBody.MaxBytes) + "\"}}";

        var response = await PostAsync(big);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await InboxCountAsync());
    }

    [Fact]
    public async Task AnswersAPrivateMessageThroughInboxEngineOutboxAndTheBotApi()
    {
        await PostAsync(Payloads.Json("private_text"));

        var sent = await TelegramTestHost.EventuallyAsync(() => Task.FromResult(_api.CallsTo("sendMessage").FirstOrDefault()), "the reply");
        Assert.Equal("echo: logged a call with Contoso", sent.Body.GetProperty("text").GetString());
        Assert.Equal(5123456789, sent.Body.GetProperty("chat_id").GetInt64());
        Assert.Equal(1204, sent.Body.GetProperty("reply_parameters").GetProperty("message_id").GetInt64());
    }

    [Fact]
    public async Task AnswersTheCallbackQueryAndHandsTheButtonToTheEngine()
    {
        await PostAsync(Payloads.Json("callback_query"));

        var answered = await TelegramTestHost.EventuallyAsync(() => Task.FromResult(_api.CallsTo("answerCallbackQuery").FirstOrDefault()), "answerCallbackQuery");
        Assert.Equal("4382bfdwdsb323b2d9", answered.Body.GetProperty("callback_query_id").GetString());
        var message = await TelegramTestHost.EventuallyAsync(() => Task.FromResult(_host.Engine.Received.FirstOrDefault()), "the engine");
        Assert.Equal("u:123", message.Action);
    }

    [Fact]
    public async Task MovesTheBindingWhenTheGroupBecomesASupergroup()
    {
        await _store.SeedTeamAsync(telegramUserId: 5123456789, groupChatId: "-4012345678");

        await PostAsync(Payloads.Json("migrate_to_chat_id"));

        await TelegramTestHost.EventuallyAsync(async () =>
        {
            await using var db = _store.CreateDbContext();
            return await db.ChannelBindings.Where(b => b.ChatId == "-1002233445566").FirstOrDefaultAsync();
        }, "the binding to move");
        Assert.Empty(_host.Engine.Received);
    }

    [Fact]
    public async Task MarksTheBindingInactiveWhenTheBotIsRemovedFromTheGroup()
    {
        await _store.SeedTeamAsync(telegramUserId: 5123456789, groupChatId: "-1001987654321");

        await PostAsync(Payloads.Json("my_chat_member_kicked"));

        await TelegramTestHost.EventuallyAsync(async () =>
        {
            await using var db = _store.CreateDbContext();
            return await db.ChannelBindings.Where(b => !b.IsActive).FirstOrDefaultAsync();
        }, "the binding to go inactive");
    }

    [Fact]
    public async Task GreetsAGroupThatAddedTheBotWithHowToConnectItAndAsksTheEngineNothing()
    {
        await _store.SeedTeamAsync(telegramUserId: 5123456789);

        await PostAsync(Payloads.Json("my_chat_member_added"));

        var greeting = await TelegramTestHost.EventuallyAsync(async () =>
        {
            await using var db = _store.CreateDbContext();
            return await db.Outbox.Where(o => o.ChatId == "-4012345678" && o.Kind == SalesBot.Core.Messaging.OutboxKind.Notice).FirstOrDefaultAsync();
        }, "the group's greeting");
        Assert.Contains("connect TEAM", greeting.Body, StringComparison.Ordinal);
        Assert.Empty(_host.Engine.Received);
    }
}
