using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Messaging;
using Xunit.Abstractions;
using static SalesBot.Host.Tests.Reliability.ReliabilityData;

namespace SalesBot.Host.Tests.Reliability;

/// <summary>
/// Inbound work never waits for outbound (issue 17): the host starts while the Bot API accepts connections and
/// answers nothing, so it never had a getMe. Every webhook update still becomes its CRM write while the Bot API
/// is a black hole (at least 30 s), and every reply is delivered exactly once after it comes back.
/// </summary>
public class BotApiBlackHoleTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Reps = 60;
    private const int MessagesPerRep = 10;
    private static readonly TimeSpan BlackHole = TimeSpan.FromSeconds(30);
    private TestStore _store = null!;
    private FakeMessengers _fake = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.SqliteAsync();
        _fake = await FakeMessengers.StartAsync();
        await using var db = _store.CreateDb();
        await SeedTeamAsync(db, "North", 7001, telegramReps: Reps);
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task UpdatesBecomeCrmWritesWhileTheBotApiAnswersNothingAndTheirRepliesGoOutOnceWhenItIsBack()
    {
        var clock = Stopwatch.StartNew();
        _fake.StartHanging();
        await using var host = await ServeHost.StartAsync(_store.Db, _fake);

        var updates = Enumerable.Range(0, Reps * MessagesPerRep).ToList();
        await Parallel.ForEachAsync(updates, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var (rep, k) = (i % Reps, (i / Reps) + 1);
            var response = await host.PostTelegramAsync(Wire.TelegramText(50_000 + i, 7001 + rep, k, $"logged a call with Contoso about item {k}"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        });
        var acknowledged = clock.Elapsed;

        // Processing must not wait for the Bot API: with the old getMe-first processor this never completes.
        await Wire.EventuallyAsync(async () =>
        {
            await using var db = _store.CreateDb();
            return await db.Activities.CountAsync() >= updates.Count;
        }, "every update to become an activity while the Bot API is a black hole", BlackHole);
        var written = clock.Elapsed;
        output.WriteLine($"600 updates acknowledged after {acknowledged.TotalSeconds:F1} s, all written after {written.TotalSeconds:F1} s, Bot API silent throughout");

        Assert.True(_fake.Hung > 0, "nothing was tried against the Bot API while it answered nothing");
        Assert.Empty(_fake.Delivered);
        await using (var during = _store.CreateDb())
        {
            Assert.Equal(updates.Count, await during.Activities.CountAsync());
            Assert.Equal(updates.Count, await Replies(during).CountAsync());
        }

        if (BlackHole - clock.Elapsed is { } rest && rest > TimeSpan.Zero)
        {
            await Task.Delay(rest);
        }

        _fake.StopHanging();
        await Wire.EventuallyAsync(async () =>
        {
            await using var db = _store.CreateDb();
            return !await db.Outbox.AnyAsync(o => o.Status == OutboxStatus.Pending);
        }, "the replies to go out after the Bot API is back", TimeSpan.FromSeconds(150));
        output.WriteLine($"all replies sent {clock.Elapsed.TotalSeconds:F1} s after the start");

        var delivered = _fake.Delivered.ToList();
        Assert.Equal(updates.Count, delivered.Count);
        for (var rep = 0; rep < Reps; rep++)
        {
            var chat = (7001 + rep).ToString(CultureInfo.InvariantCulture);
            Assert.Equal(Enumerable.Range(1, MessagesPerRep).Select(k => (long?)k), delivered.Where(d => d.ChatId == chat).Select(d => d.ReplyTo).Order());
        }

        await using var check = _store.CreateDb();
        Assert.Equal(updates.Count, await Replies(check).CountAsync(r => r.Status == OutboxStatus.Sent));
    }
}
