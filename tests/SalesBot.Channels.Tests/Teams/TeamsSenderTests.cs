using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesBot.Channels.Outbox;
using SalesBot.Channels.Teams;
using SalesBot.Channels.Teams.Connector;
using SalesBot.Channels.Tests.Teams.Connector;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Tests.Teams;

/// <summary>
/// The sender and connector client against a fake connector on loopback: which call each outbox row becomes,
/// tokens, URL escaping, and how the connector's answers become outcomes (A5-A8).
/// </summary>
public sealed class TeamsSenderTests : IAsyncLifetime
{
    private const string Channel = "19:b8e3c7b0f1a04f4c9d2e5a6b7c8d9e0f@thread.tacv2";
    private readonly FakeClock _clock = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
    private readonly TrustedServiceUrls _trusted = new();
    private FakeConnector _connector = null!;
    private TempStore _store = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _store = await TempStore.CreateAsync();
        _trusted.Add(_connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task FetchesOneClientCredentialsTokenAndReusesItUntilShortlyBeforeExpiry()
    {
        var sender = Sender();

        await sender.SendAsync(Row("a:chat-1"), new OutgoingMessage("one"), default);
        await sender.SendAsync(Row("a:chat-1"), new OutgoingMessage("two"), default);
        _clock.Advance(TimeSpan.FromMinutes(56));
        await sender.SendAsync(Row("a:chat-1"), new OutgoingMessage("three"), default);

        Assert.Equal(["Bearer token-1", "Bearer token-1", "Bearer token-2"], _connector.Calls.Select(c => c.Authorization));
        var form = _connector.TokenRequests.First();
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal("3f2504e0-4f89-11d3-9a0c-0305e82c3301", form["client_id"]);
        Assert.Equal("s3cret", form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task SendsWithoutATokenInEmulatorMode()
    {
        var outcome = await Sender(appId: "").SendAsync(Row("a:chat-1"), new OutgoingMessage("hi"), default);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        Assert.Null(Assert.Single(_connector.Calls).Authorization);
        Assert.Empty(_connector.TokenRequests);
    }

    [Fact]
    public async Task RepliesIntoAChannelThreadWithTheConversationIdEscaped()
    {
        var row = Row(Channel, threadId: "1763286067437", replyTo: "1763286067999");

        var outcome = await Sender().SendAsync(row, new OutgoingMessage("Logged") { Buttons = [new ReplyButton("Undo", "u:7")] }, default);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        var call = Assert.Single(_connector.Calls);
        Assert.Equal("POST", call.Method);
        Assert.Equal("/teams/v3/conversations/19%3Ab8e3c7b0f1a04f4c9d2e5a6b7c8d9e0f%40thread.tacv2%3Bmessageid%3D1763286067437/activities/1763286067999", call.RawTarget);
        Assert.Equal("1763286067999", call.Body.GetProperty("replyToId").GetString());
        Assert.Equal("message", call.Body.GetProperty("type").GetString());
        Assert.NotNull(outcome.SentMessageId);
    }

    [Fact]
    public async Task UpdatesTheSentActivityWhenTheRowEditsAMessage()
    {
        var row = Row("a:chat-1");
        row.EditMessageId = "1763286067000";

        var outcome = await Sender().SendAsync(row, new OutgoingMessage("Undone"), default);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal("PUT", call.Method);
        Assert.EndsWith("/v3/conversations/a%3Achat-1/activities/1763286067000", call.RawTarget, StringComparison.Ordinal);
        Assert.Equal("1763286067000", outcome.SentMessageId);
    }

    [Fact]
    public async Task OpensAOneToOneChatForAUserIdWithTheTenant()
    {
        var outcome = await Sender().SendAsync(Row("29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw", OutboxKind.PlanPrompt),
            new OutgoingMessage("Your top 3 for today?"), default);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        var call = Assert.Single(_connector.Calls);
        Assert.EndsWith("/v3/conversations", call.RawTarget, StringComparison.Ordinal);
        Assert.False(call.Body.GetProperty("isGroup").GetBoolean());
        Assert.Equal("29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw",
            call.Body.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", call.Body.GetProperty("tenantId").GetString());
        Assert.Equal("Your top 3 for today?", call.Body.GetProperty("activity").GetProperty("text").GetString());
    }

    [Fact]
    public async Task StartsANewChannelThreadForTheStandup()
    {
        var outcome = await Sender().SendAsync(Row(Channel, OutboxKind.Standup), new OutgoingMessage("Stand-up, Monday") { Title = "Stand-up" }, default);

        var call = Assert.Single(_connector.Calls);
        Assert.EndsWith("/v3/conversations", call.RawTarget, StringComparison.Ordinal);
        Assert.True(call.Body.GetProperty("isGroup").GetBoolean());
        Assert.Equal(Channel, call.Body.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
        Assert.Equal(AdaptiveCardRenderer.ContentType, call.Body.GetProperty("activity").GetProperty("attachments")[0].GetProperty("contentType").GetString());
        Assert.StartsWith("1763286", outcome.SentMessageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartsANewChannelThreadForATeamPostRatherThanPostingIntoTheThreadTheChannelWasConnectedIn()
    {
        // A channel connected from a reply thread keeps that thread; the activity stream still posts at the top level.
        var outcome = await Sender().SendAsync(Row(Channel, OutboxKind.TeamPost, threadId: "1763286067437"), new OutgoingMessage("Anna won Contoso upgrade"), default);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        var call = Assert.Single(_connector.Calls);
        Assert.EndsWith("/v3/conversations", call.RawTarget, StringComparison.Ordinal);
        Assert.Equal(Channel, call.Body.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
    }

    [Fact]
    public async Task AsksToRetryAfterTheConnectorsRetryAfterOn429()
    {
        _connector.Answer(429, """{"error":{"code":"TooManyRequests","message":"slow down"}}""", retryAfter: "7");

        var outcome = await Sender().SendAsync(Row("a:chat-1"), new OutgoingMessage("hi"), default);

        Assert.Equal(SendStatus.RetryLater, outcome.Status);
        Assert.Equal(TimeSpan.FromSeconds(7), outcome.RetryAfter);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task RetriesTransientFailuresWithJitteredBackoff(int status)
    {
        _connector.Answer(status, """{"error":{"code":"ServiceError","message":"try again"}}""");
        var row = Row("a:chat-1");
        row.Attempts = 3;

        var outcome = await Sender().SendAsync(row, new OutgoingMessage("hi"), default);

        Assert.Equal(SendStatus.RetryLater, outcome.Status);
        Assert.InRange(outcome.RetryAfter!.Value, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(12));
    }

    [Fact]
    public async Task MarksTheBindingAndMemberInactiveWhenWritesAreBlocked()
    {
        await _store.SeedTeamAsync(teamId =>
        [
            new ChannelBinding { TeamId = teamId, Channel = ChannelKind.Teams, ChatId = "a:chat-1", Address = MemberIdentities.ServiceAddress(_connector.ServiceUrl) },
            new Member { TeamId = teamId, Name = "Megan", NormalizedName = "megan" }.WithTeams(conversationId: "a:chat-1"),
        ]);

        _connector.Answer(403, """{"errorCode":209,"message":"{\"error\":{\"code\":\"Forbidden\",\"subCode\":\"MessageWritesBlocked\",\"message\":\"Thread is blocked from message writes.\"}}"}""");

        var outcome = await Sender().SendAsync(Row("a:chat-1"), new OutgoingMessage("hi"), default);

        Assert.Equal(SendStatus.Permanent, outcome.Status);
        await using var check = _store.Db();
        Assert.False((await check.ChannelBindings.SingleAsync()).IsActive);
        Assert.False((await check.Members.SingleAsync()).PrivateChatActive);
    }

    [Fact]
    public async Task NeverSendsToAServiceUrlNoAuthenticatedActivityCameFrom()
    {
        var row = Row("a:chat-1");
        row.Address = MemberIdentities.ServiceAddress(_connector.ServiceUrl.Replace("/teams/", "/other/", StringComparison.Ordinal));

        var outcome = await Sender().SendAsync(row, new OutgoingMessage("hi"), default);

        Assert.Equal(SendStatus.Permanent, outcome.Status);
        Assert.Empty(_connector.Calls);
        Assert.Empty(_connector.TokenRequests);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://smba.example/teams/")]
    [InlineData("not a url")]
    [InlineData("/relative/teams/")]
    public async Task FailsAtOnceForAServiceUrlThatIsNotHttp(string serviceUrl)
    {
        // Trusted, as the emulator trusts whatever a loopback caller sends: the URL itself is what makes it hopeless.
        _trusted.Add(serviceUrl);
        var row = Row("a:chat-1");
        row.Address = MemberIdentities.ServiceAddress(serviceUrl);

        var outcome = await Sender(appId: "").SendAsync(row, new OutgoingMessage("hi"), default);

        Assert.Equal(SendStatus.Permanent, outcome.Status);
        Assert.Contains("not an http(s) URL", outcome.Error, StringComparison.Ordinal);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task TrustsAServiceUrlVerifiedBeforeARestart()
    {
        await new TrustedServiceUrls(_store.Factory()).RecordAsync(_connector.ServiceUrl, verified: true, default);

        var freshTrust = new TrustedServiceUrls(_store.Factory());
        var outcome = await Sender(trusted: freshTrust).SendAsync(Row(Channel, OutboxKind.TeamPost), new OutgoingMessage("Won: Contoso"), default);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        Assert.Equal("Bearer token-1", Assert.Single(_connector.Calls).Authorization);
        Assert.True(freshTrust.IsVerified(_connector.ServiceUrl));
    }

    [Fact]
    public async Task NeverGivesTheBotsTokenToAServiceUrlRecordedInEmulatorModeOrMerelyStoredOnABinding()
    {
        // Finding 10: the emulator stored this url (unverified) and a binding carries it; then the host got a real app id.
        await new TrustedServiceUrls(_store.Factory()).RecordAsync(_connector.ServiceUrl, verified: false, default);
        await _store.SeedTeamAsync(teamId =>
        [
            new ChannelBinding { TeamId = teamId, Channel = ChannelKind.Teams, ChatId = Channel, Address = MemberIdentities.ServiceAddress(_connector.ServiceUrl) },
            new Member { TeamId = teamId, Name = "Megan", NormalizedName = "megan" }.WithTeams(conversationId: "a:chat-1", serviceUrl: _connector.ServiceUrl),
        ]);

        var outcome = await Sender(trusted: new TrustedServiceUrls(_store.Factory())).SendAsync(Row(Channel, OutboxKind.TeamPost), new OutgoingMessage("Won: Contoso"), default);

        Assert.Equal(SendStatus.Permanent, outcome.Status);
        Assert.Contains("never verified", outcome.Error, StringComparison.Ordinal);
        Assert.Empty(_connector.Calls);
        Assert.Empty(_connector.TokenRequests);
    }

    [Fact]
    public async Task AnEmulatorStillAnswersAServiceUrlItSawWithoutAToken()
    {
        var trusted = new TrustedServiceUrls(_store.Factory());
        await trusted.RecordAsync(_connector.ServiceUrl, verified: false, default);

        var outcome = await Sender(appId: "", trusted: trusted).SendAsync(Row("a:chat-1"), new OutgoingMessage("hi"), default);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        Assert.Null(Assert.Single(_connector.Calls).Authorization);
    }

    private TeamsSender Sender(string appId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301", TrustedServiceUrls? trusted = null)
    {
        var options = Options.Create(new TeamsOptions
        {
            AppId = appId,
            Emulator = appId.Length == 0,
            AppPassword = "s3cret",
            TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47",
            TokenEndpoint = _connector.TokenEndpoint,
        });
        var http = new HttpClient();
        var tokens = new BotTokenProvider(http, options, _clock, NullLogger<BotTokenProvider>.Instance);
        var client = new TeamsConnectorClient(http, tokens, trusted ?? _trusted, NullLogger<TeamsConnectorClient>.Instance);
        return new TeamsSender(client, trusted ?? _trusted, _store.Factory(), options, TimeProvider.System, NullLogger<TeamsSender>.Instance);
    }

    private OutboxMessage Row(string chatId, OutboxKind kind = OutboxKind.Reply, string? threadId = null, string? replyTo = null) => new()
    {
        Channel = ChannelKind.Teams,
        ChatId = chatId,
        ThreadId = threadId,
        Address = MemberIdentities.ServiceAddress(_connector.ServiceUrl),
        ReplyToMessageId = replyTo,
        Kind = kind,
        Body = "{}",
    };
}
