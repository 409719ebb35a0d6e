using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
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
            team.Members.Add(new Member { Name = "Anna", NormalizedName = "anna", JoinedAt = SampleCrm.At });
            old.Teams.Add(team);
            await old.SaveChangesAsync();
            await old.Database.ExecuteSqlRawAsync("UPDATE \"Members\" SET \"TelegramUserId\" = 42");
            old.Accounts.Add(new Account { TeamId = team.Id, Name = "Contoso", NormalizedName = "contoso", CreatedAt = SampleCrm.At });
            await old.SaveChangesAsync();
        }

        await store.MigrateAsync();

        await using var db = store.CreateDb();
        Assert.Empty(await StoreMigrator.PendingAsync(db, provider));
        var upgraded = await db.Teams.Include(t => t.Members).ThenInclude(m => m.Identities).SingleAsync();
        Assert.Equal("Europe/Warsaw", upgraded.TimeZone);
        Assert.Equal(42, Assert.Single(upgraded.Members).TelegramUserId());
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

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task MessengerIdentitiesInTheOldMemberAndBindingColumnsMoveToChannelIdentitiesAndAddresses(StoreProvider provider)
    {
        // A store as it was before 0140: identities in Members' per-messenger columns, Teams addresses in bindings'
        // and outbox rows' own columns. Rows go in through the model that lacks them, the old columns by plain SQL.
        await using var store = await TestStore.CreateAsync(provider, upTo: "0130");
        await using (var old = new BeforeIdentitiesDb(store.Connection.CreateOptions()))
        {
            var team = new Team { Name = "North", NormalizedName = "north", TimeZone = "Europe/Warsaw", CreatedAt = SampleCrm.At };
            foreach (var name in new[] { "Anna", "Marek", "Alex", "Eve", "Zoe" })
            {
                team.Members.Add(new Member { Name = name, NormalizedName = name.ToLowerInvariant(), JoinedAt = SampleCrm.At });
            }

            old.Teams.Add(team);
            await old.SaveChangesAsync();
            old.ChannelBindings.Add(new ChannelBinding { TeamId = team.Id, Channel = ChannelKind.Teams, ChatId = "19:general@thread.tacv2", Title = "General", BoundAt = SampleCrm.At });
            old.ChannelBindings.Add(new ChannelBinding { TeamId = team.Id, Channel = ChannelKind.Telegram, ChatId = "-1001234567890", ThreadId = "42", BoundAt = SampleCrm.At });
            old.Outbox.Add(new OutboxMessage { Channel = ChannelKind.Teams, ChatId = "a:1xyz", Kind = OutboxKind.Reply, Body = "{\"text\":\"hi\"}", DedupKey = "teams", CreatedAt = SampleCrm.At, NotBefore = SampleCrm.At });
            old.Outbox.Add(new OutboxMessage { Channel = ChannelKind.Telegram, ChatId = "987654321012", Kind = OutboxKind.Reply, Body = "{\"text\":\"hi\"}", DedupKey = "telegram", CreatedAt = SampleCrm.At, NotBefore = SampleCrm.At });
            await old.SaveChangesAsync();
            foreach (var sql in new[]
            {
                "UPDATE \"Members\" SET \"TelegramUserId\" = 987654321012 WHERE \"Name\" = 'Anna'",
                "UPDATE \"Members\" SET \"TeamsUserId\" = '29:1abc', \"AadObjectId\" = '6f1c2a1e-4f7a-4a43-9a1b-1f2b3c4d5e6f', \"TeamsConversationId\" = 'a:1xyz', \"TeamsServiceUrl\" = 'https://smba.trafficmanager.net/emea/' WHERE \"Name\" = 'Marek'",
                "UPDATE \"Members\" SET \"AadObjectId\" = '00000000-0000-0000-0000-0000000000020' WHERE \"Name\" = 'Alex'",
                "UPDATE \"Members\" SET \"TelegramUserId\" = 42, \"TeamsUserId\" = '29:eve' WHERE \"Name\" = 'Eve'",
                "UPDATE \"ChannelBindings\" SET \"ServiceUrl\" = 'https://smba.trafficmanager.net/emea/', \"TenantId\" = '72f988bf-86f1-41af-91ab-2d7cd011db47', \"TeamsTeamId\" = '19:team@thread.tacv2' WHERE \"Channel\" = 'Teams'",
                "UPDATE \"Outbox\" SET \"ServiceUrl\" = 'https://smba.trafficmanager.net/emea/' WHERE \"Channel\" = 'Teams'",
            })
            {
                await old.Database.ExecuteSqlRawAsync(sql);
            }
        }

        await store.MigrateAsync();

        await using var db = store.CreateDb();
        Assert.Empty(await StoreMigrator.PendingAsync(db, provider));
        var members = await db.Members.Include(m => m.Identities).ToDictionaryAsync(m => m.Name);
        var anna = Assert.Single(members["Anna"].Identities);
        Assert.Equal((ChannelKind.Telegram, "987654321012", "987654321012", null, null, false),
            (anna.Channel, anna.UserId, anna.PrivateChatId, anna.DirectoryId, anna.Address, anna.Verified));
        var marek = Assert.Single(members["Marek"].Identities);
        Assert.Equal((ChannelKind.Teams, "29:1abc", "6f1c2a1e-4f7a-4a43-9a1b-1f2b3c4d5e6f", "a:1xyz", "https://smba.trafficmanager.net/emea/", true),
            (marek.Channel, marek.UserId, marek.DirectoryId, marek.PrivateChatId, MemberIdentities.ServiceUrlOf(marek.Address), marek.Verified));
        var alex = Assert.Single(members["Alex"].Identities);
        Assert.Equal((ChannelKind.Teams, null, "00000000-0000-0000-0000-0000000000020", null, null, false),
            (alex.Channel, alex.UserId, alex.DirectoryId, alex.PrivateChatId, alex.Address, alex.Verified));
        Assert.Equal([(ChannelKind.Telegram, "42"), (ChannelKind.Teams, "29:eve")],
            members["Eve"].Identities.OrderBy(i => i.Channel).Select(i => (i.Channel, i.UserId!)));
        Assert.Empty(members["Zoe"].Identities);

        var teams = await db.ChannelBindings.SingleAsync(b => b.Channel == ChannelKind.Teams);
        Assert.Equal(("https://smba.trafficmanager.net/emea/", "72f988bf-86f1-41af-91ab-2d7cd011db47", "19:team@thread.tacv2"),
            (teams.ServiceUrl(), teams.TenantId(), teams.TeamsTeamId()));
        Assert.Equal(3, SalesBot.Core.Messaging.ChannelAddress.Read(teams.Address).Count);
        Assert.Null((await db.ChannelBindings.SingleAsync(b => b.Channel == ChannelKind.Telegram)).Address);
        Assert.Equal("https://smba.trafficmanager.net/emea/", (await db.Outbox.SingleAsync(o => o.Channel == ChannelKind.Teams)).ServiceUrl());
        Assert.Null((await db.Outbox.SingleAsync(o => o.Channel == ChannelKind.Telegram)).Address);

        // The migrated identities are the ones messages are matched by.
        var fromAnna = new IncomingMessage(ChannelKind.Telegram, "987654321012", ChatKind.Private, "987654321012", "Anna", "hi", "1", SampleCrm.At);
        Assert.Equal("Anna", (await Identity.FindAsync(db, fromAnna, default)).Member?.Name);
        var fromAlex = new IncomingMessage(ChannelKind.Teams, "a:alex", ChatKind.Private, "29:alex", "Alex", "hi", "2", SampleCrm.At) { SenderDirectoryId = "00000000-0000-0000-0000-0000000000020" };
        Assert.Equal("Alex", (await Identity.FindAsync(db, fromAlex, default)).Member?.Name);

        // One identity is still one member.
        db.ChannelIdentities.Add(new ChannelIdentity { MemberId = members["Zoe"].Id, Channel = ChannelKind.Telegram, UserId = "42" });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task TheServiceUrlsTeamsVouchedForMoveToChannelEndpointsWithTheirVerifiedState(StoreProvider provider)
    {
        // A store as it was before 0141: Teams' serviceUrls in a table of their own, which the model no longer has.
        await using var store = await TestStore.CreateAsync(provider, upTo: "0140");
        var (seen, vouched) = (SampleCrm.At, SampleCrm.At.AddMinutes(5));
        await using (var old = store.CreateDb())
        {
            foreach (var (url, verified) in new[] { ("https://smba.trafficmanager.net/emea", true), ("http://127.0.0.1:56151/_connector", false) })
            {
                object at = provider == StoreProvider.Sqlite ? seen.ToUnixTimeMilliseconds() : seen;
                object? verifiedAt = !verified ? null : provider == StoreProvider.Sqlite ? vouched.ToUnixTimeMilliseconds() : vouched;
                await old.Database.ExecuteSqlRawAsync(
                    "INSERT INTO \"TeamsServiceUrls\" (\"Url\", \"Verified\", \"FirstSeenAt\", \"VerifiedAt\") VALUES ({0}, {1}, {2}, {3})",
                    url, verified, at, verifiedAt!);
            }
        }

        await store.MigrateAsync();

        await using var db = store.CreateDb();
        var endpoints = await db.ChannelEndpoints.OrderBy(e => e.Url).ToListAsync();
        Assert.Equal(
            [(ChannelKind.Teams, "http://127.0.0.1:56151/_connector", false, seen, (DateTimeOffset?)null), (ChannelKind.Teams, "https://smba.trafficmanager.net/emea", true, seen, vouched)],
            endpoints.Select(e => (e.Channel, e.Url, e.Verified, e.FirstSeenAt, e.VerifiedAt)));
        var tables = provider == StoreProvider.Sqlite
            ? "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'TeamsServiceUrls'"
            : "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'TeamsServiceUrls'";
        Assert.Empty(await db.Database.SqlQueryRaw<string>(tables).ToListAsync());
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
            modelBuilder.Entity<Member>().Ignore(m => m.Identities);
            modelBuilder.Ignore<ChannelIdentity>();
        }
    }

    /// <summary>The model as migration 0130 knew it: no identities table, no address columns, no inbox retries.</summary>
    private sealed class BeforeIdentitiesDb(DbContextOptions<SalesBot.Core.Data.SalesBotDb> options) : SalesBot.Core.Data.SalesBotDb(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            base.OnModelCreating(modelBuilder);
            modelBuilder.Entity<Member>().Ignore(m => m.Identities);
            modelBuilder.Ignore<ChannelIdentity>();
            modelBuilder.Entity<ChannelBinding>().Ignore(b => b.Address);
            modelBuilder.Entity<SalesBot.Core.Messaging.OutboxMessage>().Ignore(o => o.Address);
        }
    }
}
