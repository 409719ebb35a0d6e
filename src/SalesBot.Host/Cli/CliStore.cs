using Microsoft.Data.Sqlite;
using Npgsql;
using SalesBot.Core.Data;
using SalesBot.Host.Data;
using SalesBot.Host.Hosting;

namespace SalesBot.Host.Cli;

/// <summary>Opens the store a data verb works on: <c>--db</c>, else the configured connection, migrated to the latest schema.</summary>
internal static class CliStore
{
    public static StoreConnection Connection(CliArgs args) =>
        StoreConnection.Parse(args.Option("--db") ?? HostConfiguration.Build().GetConnectionString("SalesBot"));

    public static async Task<SalesBotDb> OpenAsync(StoreConnection connection, CancellationToken ct = default)
    {
        var db = connection.CreateDb();
        try
        {
            await MigrateAsync(db, connection, ct);
            return db;
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <returns>The migrations this call applied; a store that cannot be opened is a bad --db.</returns>
    public static async Task<IReadOnlyList<string>> MigrateAsync(SalesBotDb db, StoreConnection connection, CancellationToken ct = default)
    {
        try
        {
            return await StoreMigrator.MigrateAsync(db, connection.Provider, ct: ct);
        }
        catch (Exception ex) when (ex is SqliteException or NpgsqlException or IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot open the store ({connection.Describe()}): {ex.Message.Split('\n')[0].Trim()}");
        }
    }
}
