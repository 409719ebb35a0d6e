using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Host.Data;

namespace SalesBot.Host.Tests.Data;

public class MigrationTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task AStoreCreatedAtTheFirstMigrationUpgradesWithoutLosingData(StoreProvider provider)
    {
        var first = StoreMigrator.IdOf(StoreMigrator.Scripts(provider)[0]);
        await using var store = await TestStore.CreateAsync(provider, upTo: first);
        await using (var old = new FirstMigrationDb(store.Connection.CreateOptions()))
        {
            Assert.NotEmpty(await StoreMigrator.PendingAsync(old, provider));
            var team = new Team { Name = "North", NormalizedName = "north", TimeZone = "Europe/Warsaw", CreatedAt = SampleCrm.At };
            team.Members.Add(new Member { Name = "Anna", NormalizedName = "anna", TelegramUserId = 42, JoinedAt = SampleCrm.At });
            old.Teams.Add(team);
            await old.SaveChangesAsync();
            old.Accounts.Add(new Account { TeamId = team.Id, Name = "Contoso", NormalizedName = "contoso", CreatedAt = SampleCrm.At });
            await old.SaveChangesAsync();
        }

        await store.MigrateAsync();

        await using var db = store.CreateDb();
        Assert.Empty(await StoreMigrator.PendingAsync(db, provider));
        var upgraded = await db.Teams.Include(t => t.Members).SingleAsync();
        Assert.Equal("Europe/Warsaw", upgraded.TimeZone);
        Assert.Equal(42, Assert.Single(upgraded.Members).TelegramUserId);
        Assert.Equal("Contoso", (await db.Accounts.SingleAsync()).Name);
        // What later migrations added works on the upgraded store.
        await SampleCrm.SeedAsync(db);
        Assert.Equal(1, await db.Outbox.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task TheMigratedStoreHasExactlyTheIndexesTheModelDeclares(StoreProvider provider)
    {
        // The SQL scripts are written by hand (decision 0002): this is what keeps them and the model from drifting apart.
        await using var store = await TestStore.CreateAsync(provider);
        await using var db = store.CreateDb();
        var declared = db.Model.GetEntityTypes().SelectMany(e => e.GetIndexes()).Select(i => i.GetDatabaseName()!).Order(StringComparer.Ordinal).ToList();
        var sql = provider == StoreProvider.Sqlite
            ? "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index' AND name LIKE 'IX!_%' ESCAPE '!'"
            : "SELECT indexname AS \"Value\" FROM pg_indexes WHERE schemaname = current_schema() AND indexname LIKE 'IX!_%' ESCAPE '!'";
        var migrated = (await db.Database.SqlQueryRaw<string>(sql).ToListAsync()).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(declared, migrated);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task MigratingTwiceAppliesNothingTheSecondTime(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var db = store.CreateDb();
        Assert.Empty(await StoreMigrator.MigrateAsync(db, provider));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task HostsStartingTogetherApplyEachMigrationOnce(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider, migrate: false);
        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var db = store.CreateDb();
            return await StoreMigrator.MigrateAsync(db, provider);
        }));

        Assert.Equal(StoreMigrator.Scripts(provider).Count, runs.Sum(r => r.Count));
    }

    [Fact]
    public void BothProvidersHaveTheSameMigrations()
    {
        Assert.Equal(
            StoreMigrator.Scripts(StoreProvider.Sqlite).Select(StoreMigrator.IdOf),
            StoreMigrator.Scripts(StoreProvider.Postgres).Select(StoreMigrator.IdOf));
    }

    /// <summary>The model as the first migration knew it: columns later migrations added are left out of the old rows.</summary>
    private sealed class FirstMigrationDb(DbContextOptions<SalesBot.Core.Data.SalesBotDb> options) : SalesBot.Core.Data.SalesBotDb(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            base.OnModelCreating(modelBuilder);
            modelBuilder.Entity<Team>().Ignore(t => t.Language);
            modelBuilder.Entity<Team>().Ignore(t => t.DigestInChannel);
            modelBuilder.Entity<Member>().Ignore(m => m.Language);
            modelBuilder.Entity<Member>().Ignore(m => m.JournalEntryId);
        }
    }
}
