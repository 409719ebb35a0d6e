using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using static SalesBot.Host.Tests.Reliability.ReliabilityData;

namespace SalesBot.Host.Tests.Reliability;

/// <summary>
/// Telegram redelivers an update until it gets a 200, and the Bot Connector retries an activity: through the
/// real endpoints of a real `serve` host, every copy is acknowledged and the message is written once, also
/// when the copies race each other and when they arrive again after a restart.
/// </summary>
public class RedeliveryTests : IAsyncLifetime
{
    private TestStore _store = null!;
    private FakeMessengers _fake = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.SqliteAsync();
        _fake = await FakeMessengers.StartAsync();
        await using var db = _store.CreateDb();
        await SeedTeamAsync(db, "North", 5001, telegramReps: 1, teamsReps: 1);
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task DuplicatedTelegramUpdatesAndTeamsActivitiesAreWrittenOnce()
    {
        var update = Wire.TelegramText(900_001, 5001, 77, "logged a call with Contoso");
        var activity = Wire.TeamsMessage("1763283600001", TeamsUser("North", 0), "a:proof-personal", "logged a meeting with Contoso", _fake.BaseUrl + "/");

        await using (var host = await ServeHost.StartAsync(_store.Db, _fake))
        {
            // One after the other, then eight at once: every copy gets its 200.
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await host.PostTelegramAsync(update)).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await host.PostTeamsAsync(activity)).StatusCode);
            }

            var burst = await Task.WhenAll(Enumerable.Range(0, 8).SelectMany(_ => new[] { host.PostTelegramAsync(update), host.PostTeamsAsync(activity) }));
            Assert.All(burst, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

            await Wire.EventuallyAsync(async () =>
            {
                await using var db = _store.CreateDb();
                return await AllProcessedAsync(db) && await Replies(db).CountAsync() >= 2;
            }, "both messages to be handled");
        }

        // Redelivered once more to a restarted host: acknowledged, still nothing new.
        await using (var host = await ServeHost.StartAsync(_store.Db, _fake))
        {
            Assert.Equal(HttpStatusCode.OK, (await host.PostTelegramAsync(update)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await host.PostTeamsAsync(activity)).StatusCode);
            await Task.Delay(TimeSpan.FromSeconds(1));
            await Wire.EventuallyAsync(async () =>
            {
                await using var db = _store.CreateDb();
                return await AllProcessedAsync(db);
            }, "the redeliveries to be looked at");
        }

        await using var check = _store.CreateDb();
        Assert.Equal(1, await Received(check, ChannelKind.Telegram).CountAsync());
        Assert.Equal(1, await Received(check, ChannelKind.Teams).CountAsync());
        var activities = await check.Activities.AsNoTracking().Select(a => a.Type).ToListAsync();
        Assert.Equal(2, activities.Count);
        Assert.Contains(ActivityType.Call, activities);
        Assert.Contains(ActivityType.Meeting, activities);
        Assert.Equal(2, await Replies(check).CountAsync());
        Assert.Equal(1, await Replies(check).CountAsync(r => r.Channel == ChannelKind.Telegram));
        Assert.Equal(1, await Replies(check).CountAsync(r => r.Channel == ChannelKind.Teams));
    }
}
