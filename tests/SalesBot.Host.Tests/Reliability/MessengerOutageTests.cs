using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Messaging;
using static SalesBot.Host.Tests.Reliability.ReliabilityData;

namespace SalesBot.Host.Tests.Reliability;

/// <summary>
/// Telegram answers 502 for a while (SALESBOT_OUTAGE_SECONDS, default 4 s here; the benchmark project's `outage`
/// harness runs the 30 s) and then recovers: every reply queued meanwhile is delivered exactly once,
/// and in each chat in the order the messages were sent.
/// </summary>
public class MessengerOutageTests : IAsyncLifetime
{
    private const int Reps = 10;
    private const int MessagesPerRep = 3;
    private TestStore _store = null!;
    private FakeMessengers _fake = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.SqliteAsync();
        _fake = await FakeMessengers.StartAsync();
        await using var db = _store.CreateDb();
        await SeedTeamAsync(db, "North", 6001, telegramReps: Reps);
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        await _store.DisposeAsync();
    }

    public static TimeSpan Outage =>
        TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("SALESBOT_OUTAGE_SECONDS"), CultureInfo.InvariantCulture, out var s) ? s : 4);

    [Fact]
    public async Task RepliesQueuedDuringAnOutageAreDeliveredOnceInOrderPerChat()
    {
        await using var host = await ServeHost.StartAsync(_store.Db, _fake);

        // A first exchange while Telegram is up: the host knows its bot account before the outage.
        Assert.Equal(HttpStatusCode.OK, (await host.PostTelegramAsync(Wire.TelegramText(1, 6001, 1, "help"))).StatusCode);
        await Wire.EventuallyAsync(() => Task.FromResult(_fake.Delivered.Count >= 1), "the first reply");

        // Down until the first send fails, then for the outage from there: the outage is always met.
        _fake.GoDownFor(TimeSpan.FromMinutes(5));
        var update = 100;
        for (var round = 0; round < MessagesPerRep; round++)
        {
            for (var rep = 0; rep < Reps; rep++)
            {
                var text = round == 1 ? "remind me to call Kevin on Friday" : $"logged a call with Contoso round {round}";
                var response = await host.PostTelegramAsync(Wire.TelegramText(update++, 6001 + rep, 10 + round, text));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }

        await Wire.EventuallyAsync(() => Task.FromResult(_fake.Rejected502 > 0), "a send to meet the outage");
        _fake.GoDownFor(Outage);
        var expected = 1 + (Reps * MessagesPerRep);
        // Every update is read and its reply queued first: on a loaded machine the inbox may still be working when the
        // outbox holds nothing pending yet, and "drained" would then be true of an outbox not yet filled.
        await Wire.EventuallyAsync(async () =>
        {
            await using var db = _store.CreateDb();
            return await Replies(db).CountAsync() >= expected;
        }, "every reply to be queued", Outage + TimeSpan.FromSeconds(90));
        await Wire.EventuallyAsync(async () =>
        {
            await using var db = _store.CreateDb();
            return !await db.Outbox.AnyAsync(o => o.Status == OutboxStatus.Pending);
        }, "the outbox to drain after the outage", Outage + TimeSpan.FromSeconds(90));

        Assert.True(_fake.Rejected502 > 0, "the outage was never hit: nothing was tried while Telegram was down");
        var delivered = _fake.Delivered.ToList();
        Assert.Equal(expected, delivered.Count);
        for (var rep = 0; rep < Reps; rep++)
        {
            var chat = (6001 + rep).ToString(CultureInfo.InvariantCulture);
            var replyTo = delivered.Where(d => d.ChatId == chat).Select(d => d.ReplyTo).ToList();
            long?[] sent = rep == 0 ? [1, 10, 11, 12] : [10, 11, 12];
            Assert.Equal(sent, replyTo);
        }

        await using var check = _store.CreateDb();
        Assert.Equal(expected, await Replies(check).CountAsync(r => r.Status == OutboxStatus.Sent));
    }
}
