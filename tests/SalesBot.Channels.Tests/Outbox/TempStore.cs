using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ChannelBinding = SalesBot.Core.Crm.ChannelBinding;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Host.Data;

namespace SalesBot.Channels.Tests.Outbox;

/// <summary>
/// A migrated store for one test, removed afterwards: a SQLite file in the temp folder, or a fresh
/// database on the PostgreSQL server named by SALESBOT_TEST_POSTGRES.
/// </summary>
public sealed class TempStore : IDbContextFactory<SalesBotDb>, IAsyncDisposable
{
    private readonly string? _sqlitePath;
    private readonly (string Admin, string Name)? _postgres;

    private TempStore(StoreConnection connection, string? sqlitePath, (string, string)? postgres)
    {
        Connection = connection;
        _sqlitePath = sqlitePath;
        _postgres = postgres;
    }

    public StoreConnection Connection { get; }

    public static async Task<TempStore> CreateAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"salesbot-tg-{Guid.NewGuid():N}.db");
        var store = new TempStore(StoreConnection.Parse($"Data Source={path}"), path, null);
        await store.MigrateAsync();
        return store;
    }

    /// <summary>
    /// Null when SALESBOT_TEST_POSTGRES is not set on a developer's machine (the test then returns early);
    /// in CI (CI=true) a missing server is an error, so green CI means PostgreSQL really ran.
    /// </summary>
    public static async Task<TempStore?> CreatePostgresAsync()
    {
        var admin = Environment.GetEnvironmentVariable("SALESBOT_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(admin))
        {
            return string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
                ? throw new InvalidOperationException("SALESBOT_TEST_POSTGRES is not set; PostgreSQL tests must run in CI")
                : null;
        }

        var name = $"salesbot_tg_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        var store = new TempStore(StoreConnection.Parse(builder.ConnectionString), null, (admin, name));
        await store.MigrateAsync();
        return store;
    }

    public SalesBotDb CreateDbContext() => Connection.CreateDb();

    private async Task MigrateAsync()
    {
        await using var db = CreateDbContext();
        await StoreMigrator.MigrateAsync(db, Connection.Provider);
    }

    /// <summary>A team with one rep linked to a Telegram user and, optionally, a bound group.</summary>
    public async Task<(Team Team, Member Rep, ChannelBinding? Group)> SeedTeamAsync(long telegramUserId, string? groupChatId = null)
    {
        await using var db = CreateDbContext();
        var team = new Team { Name = "Nordics", NormalizedName = "nordics" };
        var rep = new Member { Team = team, Name = "Anna", NormalizedName = "anna", TelegramUserId = telegramUserId };
        db.Members.Add(rep);
        await db.SaveChangesAsync();
        ChannelBinding? group = null;
        if (groupChatId is not null)
        {
            group = new ChannelBinding { TeamId = team.Id, Channel = ChannelKind.Telegram, ChatId = groupChatId, Title = "Nordics sales" };
            db.ChannelBindings.Add(group);
            await db.SaveChangesAsync();
        }

        return (team, rep, group);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is { } pg)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(pg.Admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{pg.Name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            return;
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try
            {
                File.Delete(_sqlitePath + suffix);
            }
            catch (IOException)
            {
                // Still open somewhere; the temp folder gets cleaned eventually.
            }
        }
    }
}
