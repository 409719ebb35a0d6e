using Microsoft.EntityFrameworkCore;
using SalesBot.Channels.Telegram;
using SalesBot.Channels.Tests.Outbox;

namespace SalesBot.Channels.Tests.Telegram;

public sealed class RecordTelegramUpdateTests
{
    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    private static Task<TempStore?> StoreAsync(string provider) =>
        provider == "sqlite" ? TempStore.CreateAsync().ContinueWith(t => (TempStore?)t.Result, TaskScheduler.Default) : TempStore.CreatePostgresAsync();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task RecordsAnUpdateOnceHoweverOftenItArrives(string provider)
    {
        await using var store = await StoreAsync(provider);
        if (store is null)
        {
            return;
        }

        var update = new RawUpdate(817203401, Payloads.Json("private_text"));
        var now = DateTimeOffset.UtcNow;

        await using (var db = store.CreateDbContext())
        {
            Assert.True(await RecordTelegramUpdate.RecordAsync(db, update, now, CancellationToken.None));
            Assert.False(await RecordTelegramUpdate.RecordAsync(db, update, now, CancellationToken.None));
        }

        // Two hosts receiving the same redelivery at the same moment.
        var racers = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var db = store.CreateDbContext();
            return await RecordTelegramUpdate.RecordAsync(db, update with { UpdateId = 817203402 }, now, CancellationToken.None);
        }));

        Assert.Single(racers, won => won);
        await using var check = store.CreateDbContext();
        Assert.Equal(["817203401", "817203402"], await check.Inbox.OrderBy(i => i.Id).Select(i => i.ExternalId).ToListAsync());
    }
}
