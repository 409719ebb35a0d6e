using Microsoft.EntityFrameworkCore;
using SalesBot.Channels.Telegram;
using SalesBot.Channels.Tests.Outbox;

namespace SalesBot.Channels.Tests.Telegram;

public sealed class RecordTelegramUpdateTests
{
    private const string Bot = "7012345678";

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    private static Task<TempStore> StoreAsync(string provider) =>
        provider == "sqlite" ? TempStore.CreateAsync() : TempStore.CreatePostgresAsync();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task RecordsAnUpdateOnceHoweverOftenItArrives(string provider)
    {
        await using var store = await StoreAsync(provider);

        var update = new RawUpdate(817203401, Payloads.Json("private_text"));
        var now = DateTimeOffset.UtcNow;

        await using (var db = store.CreateDbContext())
        {
            Assert.True(await RecordTelegramUpdate.RecordAsync(db, Bot, update, now, CancellationToken.None));
            Assert.False(await RecordTelegramUpdate.RecordAsync(db, Bot, update, now, CancellationToken.None));
        }

        // Two hosts receiving the same redelivery at the same moment.
        var racers = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var db = store.CreateDbContext();
            return await RecordTelegramUpdate.RecordAsync(db, Bot, update with { UpdateId = 817203402 }, now, CancellationToken.None);
        }));

        Assert.Single(racers, won => won);
        await using var check = store.CreateDbContext();
        Assert.Equal(["7012345678:817203401", "7012345678:817203402"], await check.Inbox.OrderBy(i => i.Id).Select(i => i.ExternalId).ToListAsync());
    }

    [Fact]
    public async Task DoesNotMistakeANewBotsUpdatesForTheOldBotsOnTheSameStore()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.CreateDbContext();
        var update = new RawUpdate(1, Payloads.Json("private_text"));

        Assert.True(await RecordTelegramUpdate.RecordAsync(db, "111", update, DateTimeOffset.UtcNow, CancellationToken.None));
        Assert.True(await RecordTelegramUpdate.RecordAsync(db, "222", update, DateTimeOffset.UtcNow, CancellationToken.None));
    }
}
