using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Conversation;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;
using SalesBot.Host.Tests.Cli;
using SalesBot.Host.Data;
using SalesBot.Host.Scheduling;

namespace SalesBot.Host.Tests.Scheduling;

/// <summary>
/// Issue 12, finding 12 (unbounded growth): the retention job deletes processed inbox rows, sent outbox rows, old
/// journal entries and sender-limit events past their periods, and nothing that is still work, on both stores.
/// </summary>
public class StoreRetentionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    private sealed class Factory(StoreConnection connection) : IDbContextFactory<SalesBotDb>
    {
        public SalesBotDb CreateDbContext() => connection.CreateDb();
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task DeletesWhatIsPastItsPeriodAndKeepsWhatIsStillWork(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var db = store.CreateDb())
        {
            var team = new Team { Name = "North", NormalizedName = "north" };
            var anna = new Member { Name = "Anna", NormalizedName = "anna", Team = team };
            db.Members.Add(anna);
            await db.SaveChangesAsync();
            var days = (int d) => Now - TimeSpan.FromDays(d);
            db.Inbox.AddRange(
                new InboxMessage { Channel = ChannelKind.Telegram, ExternalId = "old-processed", ReceivedAt = days(20), ProcessedAt = days(20), Payload = "{}" },
                new InboxMessage { Channel = ChannelKind.Telegram, ExternalId = "new-processed", ReceivedAt = days(2), ProcessedAt = days(2) },
                new InboxMessage { Channel = ChannelKind.Teams, ExternalId = "old-unprocessed", ReceivedAt = days(20) });
            db.Outbox.AddRange(
                Row("old-sent", OutboxStatus.Sent, days(40)),
                Row("new-sent", OutboxStatus.Sent, days(5)),
                Row("old-pending", OutboxStatus.Pending, null, days(40)),
                Row("old-failed", OutboxStatus.Failed, null, days(40)));
            db.Journal.AddRange(
                new JournalEntry { TeamId = team.Id, MemberId = anna.Id, Kind = "log_activity", Summary = "old", CreatedAt = days(100) },
                new JournalEntry { TeamId = team.Id, MemberId = anna.Id, Kind = "log_activity", Summary = "new", CreatedAt = days(10) });
            db.SenderEvents.AddRange(
                new SenderEvent { Channel = ChannelKind.Telegram, SenderId = "6000000001", Kind = SenderEventKind.JoinFailed, At = days(2) },
                new SenderEvent { Channel = ChannelKind.Telegram, SenderId = "6000000001", Kind = SenderEventKind.StrangerTold, At = Now.AddMinutes(-10) });
            await db.SaveChangesAsync();
        }

        var retention = new StoreRetention(new Factory(store.Connection), new RetentionOptions(), new FixedClock(Now));
        var result = await retention.RunAsync(CancellationToken.None);

        Assert.Equal(new RetentionResult(1, 1, 1, 1), result);
        await using var check = store.CreateDb();
        Assert.Equal(["new-processed", "old-unprocessed"], await check.Inbox.OrderBy(i => i.ExternalId).Select(i => i.ExternalId).ToListAsync());
        Assert.Equal(["new-sent", "old-failed", "old-pending"], await check.Outbox.OrderBy(o => o.DedupKey).Select(o => o.DedupKey!).ToListAsync());
        Assert.Equal("new", (await check.Journal.SingleAsync()).Summary);
        Assert.Equal(SenderEventKind.StrangerTold, (await check.SenderEvents.SingleAsync()).Kind);
        Assert.Equal(new RetentionResult(0, 0, 0, 0), await retention.RunAsync(CancellationToken.None));
    }

    [Fact]
    public async Task DeletesInBatchesUntilNothingOldIsLeft()
    {
        await using var store = await TestStore.SqliteAsync();
        await using (var db = store.CreateDb())
        {
            db.Inbox.AddRange(Enumerable.Range(0, StoreRetention.BatchSize + 7).Select(i => new InboxMessage
            {
                Channel = ChannelKind.Telegram, ExternalId = $"bot:{i}", ReceivedAt = Now.AddDays(-30), ProcessedAt = Now.AddDays(-30),
            }));
            await db.SaveChangesAsync();
        }

        var result = await new StoreRetention(new Factory(store.Connection), new RetentionOptions { InboxDays = 7 }, new FixedClock(Now)).RunAsync(CancellationToken.None);

        Assert.Equal(StoreRetention.BatchSize + 7, result.Inbox);
        await using var check = store.CreateDb();
        Assert.False(await check.Inbox.AnyAsync());
    }

    [Fact]
    public void TakesThePeriodsFromConfigurationWithDefaults()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Retention:InboxDays"] = "3" }).Build();
        var services = new ServiceCollection().AddLogging().AddScheduling(configuration, StoreConnection.Parse("Data Source=unused.db"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<RetentionOptions>();

        Assert.Equal((3, 30, 90), (options.InboxDays, options.OutboxDays, options.JournalDays));
    }

    private static OutboxMessage Row(string key, OutboxStatus status, DateTimeOffset? sentAt, DateTimeOffset? createdAt = null) => new()
    {
        Channel = ChannelKind.Telegram,
        ChatId = "5123456789",
        Kind = OutboxKind.Reply,
        Body = "{}",
        DedupKey = key,
        Status = status,
        SentAt = sentAt,
        CreatedAt = createdAt ?? sentAt ?? Now,
        NotBefore = createdAt ?? sentAt ?? Now,
    };
}
