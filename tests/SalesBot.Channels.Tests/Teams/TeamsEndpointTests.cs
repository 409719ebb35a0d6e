using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Channels.Inbox;
using SalesBot.Channels.Teams;
using SalesBot.Channels.Tests.Teams.Auth;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Tests.Teams;

/// <summary>
/// <c>POST /api/messages</c> in emulator mode (Teams:Emulator=true) over loopback HTTP: the HTTP contract of A1 and the
/// inbox: recorded before the 200, redeliveries ignored, processed into the engine in the background.
/// </summary>
public sealed class TeamsEndpointTests : IAsyncLifetime
{
    private TempStore _store = null!;
    private LoopbackServer _bot = null!;

    public async Task InitializeAsync()
    {
        _store = await TempStore.CreateAsync();
        _bot = await BotHost.StartAsync(_store, new Dictionary<string, string?> { ["Emulator"] = "true" });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task RecordsAPersonalMessageAndTheEngineAnswersInTheSameConversation()
    {
        using var response = await PostAsync(Repo.Payload("playground-personal-message.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await Eventually.GetAsync(async () =>
        {
            await using var db = _store.Db();
            return await db.Outbox.FirstOrDefaultAsync(o => o.Channel == ChannelKind.Teams);
        }, "the engine's reply in the outbox");
        Assert.Equal("79fdb973-ce36-417b-ab4f-383e72e93919", reply.ChatId);
        Assert.Equal("http://127.0.0.1:56151/_connector", reply.ServiceUrl());
        Assert.Equal("4032fbb8-3bdf-437c-aef7-19b72b90c877", reply.ReplyToMessageId);
        Assert.Contains("echo: logged a call with Contoso", reply.Body, StringComparison.Ordinal);
        await using var check = _store.Db();
        var row = await check.Inbox.SingleAsync();
        Assert.Equal("79fdb973-ce36-417b-ab4f-383e72e93919|4032fbb8-3bdf-437c-aef7-19b72b90c877", row.ExternalId);
        Assert.Contains("\"localTimezone\":\"UTC\"", row.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcknowledgesARedeliveryWithoutRecordingItTwice()
    {
        var json = Repo.Payload("playground-personal-message.json");

        using var first = await PostAsync(json);
        using var second = await PostAsync(json);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await using var db = _store.Db();
        Assert.Equal(1, await db.Inbox.CountAsync());
    }

    [Fact]
    public async Task GreetsOnceWhenInstallSendsBothInstallationUpdateAndConversationUpdate()
    {
        using var a = await PostAsync(Repo.Payload("playground-installation-update-add.json"));
        using var b = await PostAsync(Repo.Payload("playground-conversation-update-bot-added.json"));

        await Eventually.GetAsync(async () =>
        {
            await using var db = _store.Db();
            return await db.Inbox.AnyAsync(i => i.ProcessedAt == null) || await db.Inbox.CountAsync() < 2 ? null : "processed";
        }, "both install activities processed");
        await using var check = _store.Db();
        var greeting = await check.Outbox.SingleAsync();
        Assert.Equal(OutboxKind.Notice, greeting.Kind);
        Assert.Contains("logged a call with Contoso", greeting.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshesTheStoredChannelBindingWhenTheBotIsInstalledAgain()
    {
        await _store.SeedTeamAsync(teamId =>
        [
            new ChannelBinding
            {
                TeamId = teamId, Channel = ChannelKind.Teams, ChatId = "19:b8e3c7b0f1a04f4c9d2e5a6b7c8d9e0f@thread.tacv2",
                Address = MemberIdentities.ServiceAddress("https://smba.trafficmanager.net/amer/"), IsActive = false,
            },
        ]);

        using var response = await PostAsync(Repo.Payload("teams-conversation-update-team-install.json"));

        var binding = await Eventually.GetAsync(async () =>
        {
            await using var db = _store.Db();
            return await db.ChannelBindings.FirstOrDefaultAsync(b => b.IsActive);
        }, "the binding reactivated");
        Assert.Equal("https://smba.trafficmanager.net/emea/", binding.ServiceUrl());
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", binding.TenantId());
        Assert.Equal("19:a1b2c3d4e5f60718293a4b5c6d7e8f90@thread.tacv2", binding.TeamsTeamId());
    }

    [Fact]
    public async Task StoresThePersonalChatOnTheMemberAManagerLinkedByAadObjectIdAndForgetsItOnUninstall()
    {
        await _store.SeedTeamAsync(teamId =>
        [
            new Member { TeamId = teamId, Name = "Alex Wilber", NormalizedName = "alex wilber" }.WithTeams(aadObjectId: "00000000-0000-0000-0000-0000000000020"),
        ]);

        using (await PostAsync(Repo.Payload("playground-installation-update-add.json")))
        {
        }

        var member = await Eventually.GetAsync(async () =>
        {
            await using var db = _store.Db();
            return await db.Members.Include(m => m.Identities).FirstOrDefaultAsync(m => m.Identities.Any(i => i.PrivateChatId != null));
        }, "the member's personal chat stored");
        Assert.Equal("79fdb973-ce36-417b-ab4f-383e72e93919", member.TeamsConversationId());
        Assert.Equal("http://127.0.0.1:56151/_connector", member.TeamsServiceUrl());
        Assert.Equal("user-id-0", member.TeamsUserId());
        Assert.True(member.PrivateChatActive);

        using (await PostAsync(Repo.Payload("playground-installation-update-add.json")
            .Replace("\"action\":\"add\"", "\"action\":\"remove\"", StringComparison.Ordinal)
            .Replace("4132b987-90f1-48ed-9f8c-271f1a828459", "uninstall-1", StringComparison.Ordinal)))
        {
        }

        await Eventually.GetAsync(async () =>
        {
            await using var db = _store.Db();
            return await db.Members.AnyAsync(m => !m.PrivateChatActive) ? "inactive" : null;
        }, "the member's personal chat marked inactive");
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task RefusesOtherMethodsWith405(string method)
    {
        using var http = new HttpClient();
        using var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"{_bot.BaseUrl}/api/messages"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("[1,2]")]
    [InlineData("{\"text\":\"no type\"}")]
    public async Task AnswersABodyThatIsNotAnActivityWith400AndRecordsNothing(string body)
    {
        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = _store.Db();
        Assert.False(await db.Inbox.AnyAsync());
    }

    [Fact]
    public async Task AnswersABodyOverTheInboxLimitWith413()
    {
        var text = new string('x', InboxBody.MaxBytes);
        using var response = await PostAsync(Repo.Payload("playground-personal-message.json").Replace("logged a call with Contoso", text, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task AnswersInvokeWithAnEmpty200()
    {
        var invoke = Repo.Payload("playground-card-submit.json").Replace("\"type\":\"message\"", "\"type\":\"invoke\",\"name\":\"adaptiveCard/action\"", StringComparison.Ordinal);

        using var response = await PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnswersUnknownTypesWith200WithoutRecordingThem()
    {
        using var response = await PostAsync(Repo.Payload("playground-personal-message.json").Replace("\"type\":\"message\"", "\"type\":\"messageReaction\"", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = _store.Db();
        Assert.False(await db.Inbox.AnyAsync());
    }

    [Fact]
    public async Task RefusesARequestRelayedByALocalProxyInEmulatorMode()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_bot.BaseUrl}/api/messages")
        {
            Content = new StringContent(Repo.Payload("playground-personal-message.json"), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await using var db = _store.Db();
        Assert.False(await db.Inbox.AnyAsync());
    }

    [Theory]
    [InlineData("203.0.113.7", HttpStatusCode.Unauthorized)]
    [InlineData("192.168.1.20", HttpStatusCode.Unauthorized)]
    [InlineData("::ffff:10.0.0.5", HttpStatusCode.Unauthorized)]
    [InlineData("::1", HttpStatusCode.OK)]
    [InlineData("::ffff:127.0.0.1", HttpStatusCode.OK)]
    public async Task AcceptsUnauthenticatedRequestsInEmulatorModeFromLoopbackOnly(string remote, HttpStatusCode expected)
    {
        // Kestrel here listens on 127.0.0.1 only, so other callers are simulated at the connection level.
        var endpoint = _bot.Services.GetRequiredService<TeamsEndpoint>();
        var http = new DefaultHttpContext { RequestServices = _bot.Services };
        http.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        http.Connection.LocalIpAddress = IPAddress.Loopback;
        http.Request.Host = new HostString("127.0.0.1", 3978);
        http.Request.Method = "POST";
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(Repo.Payload("playground-personal-message.json")));
        http.Response.Body = new MemoryStream();

        await (await endpoint.HandleAsync(http)).ExecuteAsync(http);

        Assert.Equal((int)expected, http.Response.StatusCode);
        await using var db = _store.Db();
        Assert.Equal(expected == HttpStatusCode.OK, await db.Inbox.AnyAsync());
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("Forwarded", "for=203.0.113.7")]
    [InlineData("X-Forwarded-Host", "bot.example.com")]
    [InlineData("X-Forwarded-Proto", "https")]
    [InlineData("X-Forwarded-Port", "443")]
    [InlineData("X-Real-IP", "203.0.113.7")]
    [InlineData("True-Client-IP", "203.0.113.7")]
    [InlineData("CF-Connecting-IP", "203.0.113.7")]
    [InlineData("Via", "1.1 nginx")]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    public async Task RefusesAnyRequestAProxyOrABrowserRelayedInEmulatorMode(string header, string value)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_bot.BaseUrl}/api/messages")
        {
            Content = new StringContent(Repo.Payload("playground-personal-message.json"), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await using var db = _store.Db();
        Assert.False(await db.Inbox.AnyAsync());
    }

    [Fact]
    public async Task RefusesARequestAddressedToAnotherHostNameInEmulatorMode()
    {
        // A page on evil.example whose name was re-pointed at 127.0.0.1 (DNS rebinding) still says so in Host.
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_bot.BaseUrl}/api/messages")
        {
            Content = new StringContent(Repo.Payload("playground-personal-message.json"), Encoding.UTF8, "application/json"),
        };
        request.Headers.Host = "evil.example";

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await using var db = _store.Db();
        Assert.False(await db.Inbox.AnyAsync());
    }

    private Task<HttpResponseMessage> PostAsync(string json) => BotFrameworkTokenValidatorTests.PostAsync(_bot.BaseUrl, null, json);
}
