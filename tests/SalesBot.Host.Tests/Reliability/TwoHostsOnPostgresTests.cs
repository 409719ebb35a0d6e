using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using static SalesBot.Host.Tests.Reliability.ReliabilityData;

namespace SalesBot.Host.Tests.Reliability;

/// <summary>
/// Issue 19: two `serve` hosts on one PostgreSQL database, with the webhook's updates spread over both as a load
/// balancer would. Every message is written once and answered once, each chat's messages are written in the order
/// they were sent, and reps of one team naming the same new company at the same moment get one account.
/// </summary>
public class TwoHostsOnPostgresTests : IAsyncLifetime
{
    private const int Teams = 20;
    private const int RepsPerTeam = 5;
    private const int MessagesPerRep = 20;
    private static readonly string[] Companies = ["Fabrikam", "Northwind", "Litware", "Tailspin", "Adatum"];

    private TestStore _store = null!;
    private FakeMessengers _fake = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.PostgresAsync();
        _fake = await FakeMessengers.StartAsync();
        await using var db = _store.CreateDb();
        for (var t = 0; t < Teams; t++)
        {
            await SeedTeamAsync(db, $"Team {t}", FirstUser(t), telegramReps: RepsPerTeam);
        }
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        await _store.DisposeAsync();
    }

    private static long FirstUser(int team) => 7_000_000 + (team * 100);

    [Fact]
    public async Task EveryUpdateIsWrittenOnceInChatOrderWithOneAccountPerCompany()
    {
        await using var first = await ServeHost.StartAsync(_store.Db, _fake);
        await using var second = await ServeHost.StartAsync(_store.Db, _fake);
        var hosts = new[] { first, second };

        // Each rep sends their messages one after another, as Telegram does for one chat (the next update only after
        // the 200); consecutive messages of a chat go to different hosts, and all reps send at once.
        var updateIds = 0L;
        var reps = Enumerable.Range(0, Teams).SelectMany(t => Enumerable.Range(0, RepsPerTeam).Select(r => FirstUser(t) + r)).ToList();
        using var gate = new SemaphoreSlim(32);
        await Task.WhenAll(reps.Select(async user =>
        {
            for (var m = 1; m <= MessagesPerRep; m++)
            {
                var update = Wire.TelegramText(Interlocked.Increment(ref updateIds), user, m, $"logged a call with {Companies[m % Companies.Length]}");
                await gate.WaitAsync();
                try
                {
                    var response = await hosts[(int)((user + m) % 2)].PostTelegramAsync(update);
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                }
                finally
                {
                    gate.Release();
                }
            }
        }));

        const int total = Teams * RepsPerTeam * MessagesPerRep;
        var state = "";
        var waiting = Wire.EventuallyAsync(async () =>
        {
            await using var db = _store.CreateDb();
            if (!await AllProcessedAsync(db))
            {
                var pending = await db.Inbox.Where(i => i.Payload != null && i.ProcessedAt == null)
                    .Select(i => new { i.Id, i.Attempts, i.LastError }).Take(3).ToListAsync();
                state = $"{await db.Activities.CountAsync()} activities; pending e.g. {string.Join(" | ", pending)}; "
                    + $"errors: {string.Join(" | ", first.Errors.Concat(second.Errors).Take(3))}";
                return false;
            }

            // Every update is done: a missing activity will never come, so say at once what happened to it.
            var activities = await db.Activities.CountAsync();
            Assert.True(activities >= total, $"{activities} of {total} activities after every update was processed; "
                + $"dead letters: {string.Join(" | ", await db.Inbox.Where(i => i.DeadLetteredAt != null).Select(i => i.LastError).Take(5).ToListAsync())}; "
                + $"errors: {string.Join(" | ", first.Errors.Concat(second.Errors).Take(5))}");
            return true;
        }, $"{total} activities", TimeSpan.FromMinutes(10));
        try
        {
            await waiting;
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{timeout.Message}: {state}", timeout);
        }

        await using var check = _store.CreateDb();
        var written = await check.Activities.AsNoTracking()
            .Select(a => new { a.Id, a.MemberId, a.TeamId, a.SourceMessageId, Account = a.Account!.Name }).ToListAsync();
        Assert.Equal(total, written.Count);
        Assert.Equal(total, written.Select(a => (a.MemberId, a.SourceMessageId)).Distinct().Count());

        foreach (var chat in written.GroupBy(a => a.MemberId))
        {
            var sent = chat.OrderBy(a => a.Id).Select(a => MessageNumber(a.SourceMessageId)).ToList();
            Assert.Equal(Enumerable.Range(1, MessagesPerRep).ToList(), sent);
        }

        var accounts = await check.Accounts.AsNoTracking().Select(a => new { a.TeamId, a.NormalizedName }).ToListAsync();
        Assert.All(accounts.GroupBy(a => a.TeamId), team => Assert.Equal(Companies.Length + 1, team.Count()));
        Assert.All(written, a => Assert.Contains(a.Account, Companies));

        // One answer per message: a host that lost a race for a message neither answers it nor apologises for it.
        var replies = await Replies(check).AsNoTracking().Select(r => r.Body).ToListAsync();
        Assert.Equal(total, replies.Count);
        Assert.All(replies, body => Assert.Contains("Logged a call with", body));

        // A lost race is expected and handled (logged as information or a warning); nothing may reach Error.
        var errors = first.Errors.Concat(second.Errors).ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} errors logged, the first: {string.Join("\n", errors.Take(3))}");
    }

    /// <summary>The Telegram message id at the end of the activity's source ("chat:message" or the bare id).</summary>
    private static int MessageNumber(string? source)
    {
        Assert.NotNull(source);
        return int.Parse(source[(source.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture);
    }
}
