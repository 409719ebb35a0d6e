using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesBot.Channels.Telegram;
using SalesBot.Channels.Tests.Outbox;
using SalesBot.Channels.Tests.Telegram;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Tests.Inbox;

/// <summary>
/// Issue 19: acknowledgement does not wait for processing, and the inbox is bounded. With no engine working the
/// inbox off, the webhook acknowledges up to Inbox:MaxBacklog updates, then answers 503 with Retry-After at once
/// (Telegram keeps the update and redelivers it), and takes updates again once the backlog has been worked off.
/// </summary>
public sealed class InboxBacklogTests : IAsyncLifetime
{
    private const string Secret = "backlog-secret_1";
    private const int MaxBacklog = 5;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
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
            ["Inbox:MaxBacklog"] = MaxBacklog.ToString(CultureInfo.InvariantCulture),
            ["Inbox:RetryAfterSeconds"] = "7",
        }, configure: services => services.RemoveAll<IConversationEngine>());
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
        await _api.DisposeAsync();
        await _store.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostUpdateAsync(int updateId)
    {
        var body = Payloads.Json("private_text").Replace("817203401", updateId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var request = new HttpRequestMessage(HttpMethod.Post, _host.BaseUrl + TelegramWebhookEndpoint.Path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(TelegramWebhookEndpoint.SecretHeader, Secret);
        return _http.SendAsync(request);
    }

    [Fact]
    public async Task AnswersServiceUnavailableWithRetryAfterPastTheBacklogAndAcceptsAgainOnceItIsWorkedOff()
    {
        for (var i = 1; i <= MaxBacklog; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostUpdateAsync(900_000 + i)).StatusCode);
        }

        var started = DateTimeOffset.UtcNow;
        var refused = await PostUpdateAsync(900_100);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), refused.Headers.RetryAfter?.Delta);
        Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(5), "the refusal waited instead of answering at once");
        await using (var db = _store.CreateDbContext())
        {
            Assert.Equal(MaxBacklog, await db.Inbox.CountAsync());
            Assert.False(await db.Inbox.AnyAsync(i => i.ExternalId.EndsWith(":900100")));
        }

        // The engine catches up (here: the rows are marked processed), and the redelivered update is taken.
        await using (var db = _store.CreateDbContext())
        {
            await db.Inbox.ExecuteUpdateAsync(s => s.SetProperty(i => i.ProcessedAt, DateTimeOffset.UtcNow));
        }

        var accepted = await TelegramTestHost.EventuallyAsync(async () =>
        {
            var response = await PostUpdateAsync(900_100);
            return response.StatusCode == HttpStatusCode.OK ? response : null;
        }, "the webhook to accept again once the backlog was worked off", TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        await using var check = _store.CreateDbContext();
        Assert.True(await check.Inbox.AnyAsync(i => i.ExternalId.EndsWith(":900100")));
    }
}
