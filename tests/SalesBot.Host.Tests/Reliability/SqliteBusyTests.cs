using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation.Replies;
using static SalesBot.Host.Tests.Reliability.ReliabilityData;

namespace SalesBot.Host.Tests.Reliability;

/// <summary>
/// Another process holds SQLite's write lock (BEGIN IMMEDIATE) for about two seconds while messages arrive:
/// the webhook's inbox write and the engine's commit wait for it and succeed, and no member is told
/// "something went wrong".
/// </summary>
public class SqliteBusyTests : IAsyncLifetime
{
    private const int Reps = 5;
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
    public async Task WritesWaitForABusyDatabaseAndSucceedWithoutAnErrorReply()
    {
        await using var host = await ServeHost.StartAsync(_store.Db, _fake);
        Assert.Equal(HttpStatusCode.OK, (await host.PostTelegramAsync(Wire.TelegramText(1, 7001, 1, "logged a call with Contoso"))).StatusCode);
        await Wire.EventuallyAsync(async () =>
        {
            await using var db = _store.CreateDb();
            return await Replies(db).CountAsync() == 1;
        }, "the first message to be handled");

        List<HttpResponseMessage> responses;
        await using (var blocker = new SqliteConnection(new SqliteConnectionStringBuilder(_store.Db) { Pooling = false }.ConnectionString))
        {
            await blocker.OpenAsync();
            await using (var begin = blocker.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE; INSERT INTO \"TeamHolidays\" (\"TeamId\", \"Date\", \"Name\") SELECT \"Id\", '2030-01-01', 'lock holder' FROM \"Teams\" LIMIT 1;";
                await begin.ExecuteNonQueryAsync();
            }

            var posts = Enumerable.Range(0, 20).Select(i =>
                host.PostTelegramAsync(Wire.TelegramText(100 + i, 7001 + (i % Reps), 100 + i, i % 2 == 0 ? "logged a meeting with Contoso" : "my pipeline"))).ToList();
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.Contains(posts, p => !p.IsCompleted);

            await using var commit = blocker.CreateCommand();
            commit.CommandText = "COMMIT;";
            await commit.ExecuteNonQueryAsync();
            responses = [.. await Task.WhenAll(posts)];
        }

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await Wire.EventuallyAsync(async () =>
        {
            await using var db = _store.CreateDb();
            return await AllProcessedAsync(db) && await Replies(db).CountAsync() == 21;
        }, "every message to be answered");

        await using var check = _store.CreateDb();
        var bodies = await Replies(check).Select(r => r.Body).ToListAsync();
        Assert.DoesNotContain(bodies, b => b.Contains(Texts.Apology()[..30], StringComparison.Ordinal));
        Assert.Equal(11, await check.Activities.CountAsync());
    }
}
