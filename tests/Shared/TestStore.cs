using Npgsql;
using SalesBot.Core.Data;
using SalesBot.Host.Data;

namespace SalesBot.Tests.Shared;

/// <summary>
/// A real, empty, migrated store for one test: a SQLite file in a temp folder, or a fresh database on
/// the PostgreSQL named by SALESBOT_TEST_POSTGRES (default: a throwaway cluster of the test run's own, <see cref="TestPostgres"/>).
/// Deleted on dispose.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly string? _sqliteFolder;
    private readonly string? _postgresDatabase;

    private TestStore(StoreConnection connection, string? sqliteFolder, string? postgresDatabase)
    {
        Connection = connection;
        _sqliteFolder = sqliteFolder;
        _postgresDatabase = postgresDatabase;
    }

    public StoreConnection Connection { get; }

    public StoreProvider Provider => Connection.Provider;

    /// <summary>The SQLite file (which may not exist yet), or null on PostgreSQL.</summary>
    public string? SqlitePath => _sqliteFolder is null ? null : Path.Combine(_sqliteFolder, "test.db");

    /// <summary>The connection string as the CLI's --db takes it.</summary>
    public string Db => Connection.ConnectionString;

    public static Task<TestStore> CreateAsync(StoreProvider provider, bool migrate = true, string? upTo = null) =>
        provider == StoreProvider.Sqlite ? SqliteAsync(migrate, upTo) : PostgresAsync(migrate, upTo);

    public static async Task<TestStore> SqliteAsync(bool migrate = true, string? upTo = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "salesbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var store = new TestStore(StoreConnection.Parse($"Data Source={Path.Combine(folder, "test.db")}"), folder, null);
        if (migrate)
        {
            await store.MigrateAsync(upTo);
        }

        return store;
    }

    public static async Task<TestStore> PostgresAsync(bool migrate = true, string? upTo = null)
    {
        var server = TestPostgres.AdminConnectionString;
        var name = $"salesbot_test_{Guid.NewGuid():N}"[..40];
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var store = new TestStore(StoreConnection.Parse(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString), null, name);
        if (migrate)
        {
            await store.MigrateAsync(upTo);
        }

        return store;
    }

    public async Task MigrateAsync(string? upTo = null)
    {
        await using var db = CreateDb();
        await StoreMigrator.MigrateAsync(db, Provider, upTo);
    }

    public SalesBotDb CreateDb() => Connection.CreateDb();

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_sqliteFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a background thread is left for the OS to clean; it is in a temp folder.
            }
        }

        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            var server = new NpgsqlConnectionStringBuilder(Connection.ConnectionString) { Database = "postgres", Pooling = false };
            await using var admin = new NpgsqlConnection(server.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}

/// <summary>Both providers, for [Theory] tests that must hold on SQLite and PostgreSQL alike.</summary>
public static class Providers
{
    public static TheoryData<StoreProvider> Both => new() { StoreProvider.Sqlite, StoreProvider.Postgres };
}
