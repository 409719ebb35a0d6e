using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Channels.Teams;
using SalesBot.Channels.Tests.Teams.Auth;
using SalesBot.Channels.Tests.Teams.Connector;

namespace SalesBot.Channels.Tests.Teams;

/// <summary>
/// The whole secured path with a real app id: a signed activity in, the engine's reply out to the activity's
/// serviceUrl with the bot's client-credentials token (local OpenID keys, token endpoint and connector).
/// </summary>
public sealed class TeamsSecuredLoopTests
{
    [Fact]
    public async Task AnswersAnAuthenticatedActivityAtItsServiceUrlWithTheBotsToken()
    {
        await using var keys = await BotFrameworkKeys.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        await using var store = await TempStore.CreateAsync();
        var config = BotFrameworkTokenValidatorTests.Config(keys);
        config["TokenEndpoint"] = connector.TokenEndpoint;
        config["AppPassword"] = "s3cret";
        await using var bot = await BotHost.StartAsync(store, config);
        var appId = config["AppId"]!;
        var token = keys.Sign(BotFrameworkKeys.TeamsKid, appId, connector.ServiceUrl);

        using var response = await BotFrameworkTokenValidatorTests.PostAsync(bot.BaseUrl,
            new AuthenticationHeaderValue("Bearer", token).ToString(), BotFrameworkTokenValidatorTests.Message("1763286067001", connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.GetAsync(async () =>
        {
            await using var db = store.Db();
            return await db.Outbox.FirstOrDefaultAsync();
        }, "the engine's reply");
        Assert.Equal(1, await OutboxPump.SendPendingAsync(store, bot.Services.GetRequiredService<TeamsSender>()));
        var call = Assert.Single(connector.Calls);
        Assert.Equal("/teams/v3/conversations/a%3Aconversation-1/activities/1763286067001", call.RawTarget);
        Assert.Equal("Bearer token-1", call.Authorization);
        var form = Assert.Single(connector.TokenRequests);
        Assert.Equal(appId, form["client_id"]);
        Assert.Equal("s3cret", form["client_secret"]);
    }

    [Fact]
    public async Task AServiceUrlAnEmulatorCallerGaveNeverGetsTheRealTokenAfterTheSwitchToAnAppId()
    {
        await using var keys = await BotFrameworkKeys.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        await using var store = await TempStore.CreateAsync();
        await using (var emulator = await BotHost.StartAsync(store, new Dictionary<string, string?> { ["Emulator"] = "true" }))
        {
            using var local = await BotFrameworkTokenValidatorTests.PostAsync(emulator.BaseUrl, null,
                BotFrameworkTokenValidatorTests.Message("1763286067001", connector.ServiceUrl));
            Assert.Equal(HttpStatusCode.OK, local.StatusCode);
            await Eventually.GetAsync(async () =>
            {
                await using var db = store.Db();
                return await db.Outbox.FirstOrDefaultAsync();
            }, "the engine's reply to the emulator");
        }

        var config = BotFrameworkTokenValidatorTests.Config(keys);
        config["TokenEndpoint"] = connector.TokenEndpoint;
        await using var bot = await BotHost.StartAsync(store, config);

        Assert.Equal(1, await OutboxPump.SendPendingAsync(store, bot.Services.GetRequiredService<TeamsSender>()));
        Assert.Empty(connector.Calls);
        Assert.Empty(connector.TokenRequests);
        await using var check = store.Db();
        Assert.Contains("never verified", (await check.Outbox.SingleAsync()).LastError, StringComparison.Ordinal);
    }
}
