using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SalesBot.Channels.Inbox;
using SalesBot.Channels.Tests.Outbox;
using SalesBot.Core.Crm;

namespace SalesBot.Channels.Tests.Inbox;

/// <summary>The one inbox writer both endpoints record through: concurrent callers, both channels, redeliveries.</summary>
public sealed class InboxWriterTests
{
    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ConcurrentDeliveriesOfBothChannelsAreEachRecordedOnce(string provider)
    {
        await using var store = provider == "sqlite" ? await TempStore.CreateAsync() : await TempStore.CreatePostgresAsync();

        var backlog = new InboxBacklog(store, TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new InboxOptions()));
        var writer = new InboxWriter(store, TimeProvider.System, backlog, new InboxSignal(), NullLogger<InboxWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        try
        {
            // 40 distinct updates, each delivered three times at once; the same id on the other channel is another update.
            var entries = Enumerable.Range(0, 20).SelectMany(i => new[]
            {
                new InboxWriter.Entry(ChannelKind.Telegram, $"bot:{i}", $"{{\"update_id\":{i}}}"),
                new InboxWriter.Entry(ChannelKind.Teams, $"bot:{i}", null),
            }).ToList();
            await writer.RecordAsync(entries[0], CancellationToken.None);

            var results = await Task.WhenAll(entries.SelectMany(e => Enumerable.Repeat(e, 3)).Select(e => Task.Run(() => writer.RecordAsync(e, CancellationToken.None))));

            Assert.Equal(entries.Count - 1, results.Count(r => r));
            await using var db = store.CreateDbContext();
            Assert.Equal(20, await db.Inbox.CountAsync(i => i.Channel == ChannelKind.Telegram));
            Assert.Equal(20, await db.Inbox.CountAsync(i => i.Channel == ChannelKind.Teams && i.Payload == null));
            Assert.Equal("{\"update_id\":7}", (await db.Inbox.SingleAsync(i => i.Channel == ChannelKind.Telegram && i.ExternalId == "bot:7")).Payload);
        }
        finally
        {
            await writer.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task ARowAnotherHostWroteMeanwhileIsARedeliveryNotAnError()
    {
        await using var store = await TempStore.CreateAsync();
        var entry = new InboxWriter.Entry(ChannelKind.Teams, "conversation|activity-1", "{}");
        await using (var other = store.CreateDbContext())
        {
            Assert.True(await InboxWriter.RecordOneAsync(other, entry, DateTimeOffset.UtcNow, CancellationToken.None));
        }

        await using var db = store.CreateDbContext();
        Assert.False(await InboxWriter.RecordOneAsync(db, entry, DateTimeOffset.UtcNow, CancellationToken.None));
        Assert.Equal(1, await db.Inbox.CountAsync());
    }
}
