using Npgsql;
using SalesBot.Host.Data;

namespace SalesBot.Host.Tests.Scheduling;

/// <summary>
/// A fresh, migrated PostgreSQL database per test, on the test server (SALESBOT_TEST_POSTGRES, or the test run's
/// own cluster: <see cref="TestPostgres"/>), dropped afterwards.
/// </summary>
internal sealed class PostgresTestDatabase : IAsyncDisposable
{
    private readonly string _admin;
    private readonly string _name;

    private PostgresTestDatabase(string admin, string name, StoreConnection connection)
    {
        _admin = admin;
        _name = name;
        Connection = connection;
    }

    public StoreConnection Connection { get; }

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var admin = TestPostgres.AdminConnectionString;
        var name = $"salesbot_reports_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false };
        var store = StoreConnection.Parse(builder.ConnectionString);
        using var db = store.CreateDb();
        await StoreMigrator.MigrateAsync(db, store.Provider);
        return new PostgresTestDatabase(admin, name, store);
    }

    public async ValueTask DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
