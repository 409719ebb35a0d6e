using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Data;

namespace SalesBot.Host.Data;

/// <summary>
/// Applies the versioned SQL scripts under Data/Migrations/{sqlite,postgres}, in name order, each
/// once, recording them in __SalesBotMigrations. Hand-written because EF's design-time tooling does
/// not restore here (docs/decisions/0002-sql-migrations.md). Safe to run from several hosts at once:
/// SQLite takes the write lock first, PostgreSQL an advisory lock.
/// </summary>
public static class StoreMigrator
{
    private const string HistoryTable = "__SalesBotMigrations";
    private const long PostgresLockKey = 0x5A1E5B07;

    public static IReadOnlyList<string> Scripts(StoreProvider provider) =>
        typeof(StoreMigrator).Assembly.GetManifestResourceNames()
            .Where(n => n.Contains($".Migrations.{Folder(provider)}.", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The migration id of a resource: "0001_initial".</summary>
    public static string IdOf(string resourceName)
    {
        var withoutExtension = resourceName[..^4];
        return withoutExtension[(withoutExtension.LastIndexOf('.') + 1)..];
    }

    /// <returns>The ids applied by this call (empty when the store was already current).</returns>
    public static async Task<IReadOnlyList<string>> MigrateAsync(SalesBotDb db, StoreProvider provider, string? upTo = null, CancellationToken ct = default)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        try
        {
            if (provider == StoreProvider.Sqlite)
            {
                await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", ct);
            }

            await using var transaction = provider == StoreProvider.Sqlite
                ? await BeginImmediateAsync(connection, ct)
                : await connection.BeginTransactionAsync(ct);
            if (provider == StoreProvider.Postgres)
            {
                await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({PostgresLockKey});", ct);
            }

            // Inside the lock: even creating the history table races between hosts on PostgreSQL.
            await ExecuteAsync(connection, transaction, $"CREATE TABLE IF NOT EXISTS \"{HistoryTable}\" (\"Id\" varchar(150) NOT NULL PRIMARY KEY, \"AppliedAt\" varchar(40) NOT NULL);", ct);

            var applied = await AppliedAsync(connection, transaction, ct);
            var done = new List<string>();
            foreach (var resource in Scripts(provider))
            {
                var id = IdOf(resource);
                if (upTo is not null && string.CompareOrdinal(id, upTo) > 0)
                {
                    break;
                }

                if (applied.Contains(id))
                {
                    continue;
                }

                await ExecuteAsync(connection, transaction, Read(resource), ct);
                await ExecuteAsync(connection, transaction,
                    $"INSERT INTO \"{HistoryTable}\" (\"Id\", \"AppliedAt\") VALUES ('{id}', '{DateTimeOffset.UtcNow:O}');", ct);
                done.Add(id);
            }

            await transaction.CommitAsync(ct);
            return done;
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    public static async Task<IReadOnlyList<string>> PendingAsync(SalesBotDb db, StoreProvider provider, CancellationToken ct = default)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        try
        {
            var exists = await TableExistsAsync(connection, provider, ct);
            var applied = exists ? await AppliedAsync(connection, null, ct) : [];
            return Scripts(provider).Select(IdOf).Where(id => !applied.Contains(id)).ToList();
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static string Folder(StoreProvider provider) => provider == StoreProvider.Postgres ? "postgres" : "sqlite";

    private static string Read(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task<DbTransaction> BeginImmediateAsync(DbConnection connection, CancellationToken ct)
    {
        // Microsoft.Data.Sqlite begins with BEGIN IMMEDIATE unless asked to defer: the write lock is
        // taken up front, so two starting hosts cannot both apply a script.
        return await connection.BeginTransactionAsync(ct);
    }

    private static async Task<HashSet<string>> AppliedAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT \"Id\" FROM \"{HistoryTable}\"";
        await using var reader = await command.ExecuteReaderAsync(ct);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static async Task<bool> TableExistsAsync(DbConnection connection, StoreProvider provider, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = provider == StoreProvider.Postgres
            ? $"SELECT COUNT(*) FROM information_schema.tables WHERE table_name = '{HistoryTable}'"
            : $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{HistoryTable}'";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 300;
        await command.ExecuteNonQueryAsync(ct);
    }
}
