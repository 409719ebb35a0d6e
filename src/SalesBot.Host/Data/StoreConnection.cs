using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;
using SalesBot.Core.Data;
using SalesBot.Host.Cli;

namespace SalesBot.Host.Data;

public enum StoreProvider { Sqlite, Postgres }

/// <summary>
/// The provider is chosen from the connection string alone: "Host=..." is PostgreSQL, anything
/// else is a SQLite file. One place decides, so the CLI, the web host and the tests agree.
/// </summary>
public sealed record StoreConnection(StoreProvider Provider, string ConnectionString)
{
    public const string DefaultSqlite = "Data Source=salesbot.db";

    public static StoreConnection Parse(string? connectionString)
    {
        var text = string.IsNullOrWhiteSpace(connectionString) ? DefaultSqlite : connectionString.Trim();
        try
        {
            if (LooksLikePostgres(text))
            {
                var pg = new NpgsqlConnectionStringBuilder(text);
                if (string.IsNullOrEmpty(pg.Host))
                {
                    throw new UsageException("the PostgreSQL connection string has no Host");
                }

                return new StoreConnection(StoreProvider.Postgres, pg.ConnectionString);
            }

            var sqlite = new SqliteConnectionStringBuilder(text.Contains('=', StringComparison.Ordinal) ? text : $"Data Source={text}");
            if (string.IsNullOrWhiteSpace(sqlite.DataSource))
            {
                throw new UsageException("the SQLite connection string has no Data Source");
            }

            // Wait for a busy writer instead of failing: Microsoft.Data.Sqlite retries SQLITE_BUSY until this timeout.
            if (sqlite.DefaultTimeout < 30)
            {
                sqlite.DefaultTimeout = 30;
            }

            return new StoreConnection(StoreProvider.Sqlite, sqlite.ConnectionString);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new UsageException($"malformed connection string: {ex.Message.Split('\n')[0].Trim()}");
        }
    }

    private static bool LooksLikePostgres(string text) =>
        text.Contains("Host=", StringComparison.OrdinalIgnoreCase)
        || text.Contains("Server=", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    public void Configure(DbContextOptionsBuilder options)
    {
        // EF logs every failed command and save at Error before it throws, yet on several hosts a failed insert is
        // usually a race we expect and handle (two hosts claiming one inbox row, two reps naming one new company).
        // The code that catches the exception knows which it was and logs a real failure at Error itself
        // (dead-lettered inbox rows, a batch that could not be written), so EF's own line is a warning.
        options.ConfigureWarnings(w => w.Log(
            (RelationalEventId.CommandError, LogLevel.Warning),
            (CoreEventId.SaveChangesFailed, LogLevel.Warning)));
        if (Provider == StoreProvider.Postgres)
        {
            options.UseNpgsql(ConnectionString);
        }
        else
        {
            options.UseSqlite(ConnectionString).AddInterceptors(SqlitePragmas.Instance);
        }
    }

    public DbContextOptions<SalesBotDb> CreateOptions()
    {
        var builder = new DbContextOptionsBuilder<SalesBotDb>();
        Configure(builder);
        return builder.Options;
    }

    public SalesBotDb CreateDb() => new(CreateOptions());

    /// <summary>For messages: the file or host, never the password.</summary>
    public string Describe()
    {
        if (Provider == StoreProvider.Postgres)
        {
            var pg = new NpgsqlConnectionStringBuilder(ConnectionString);
            return $"PostgreSQL at {pg.Host}/{pg.Database}";
        }

        return $"SQLite file {new SqliteConnectionStringBuilder(ConnectionString).DataSource}";
    }
}

/// <summary>
/// Per-connection SQLite settings. WAL itself is persistent and set by the migrator; synchronous=NORMAL
/// is safe in WAL mode (a power loss can drop the last commits, never corrupt) and several times faster.
/// </summary>
internal sealed class SqlitePragmas : Microsoft.EntityFrameworkCore.Diagnostics.DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    /// <summary>SALESBOT_SQLITE_SYNCHRONOUS=FULL (or EXTRA) trades speed for surviving a power loss with the last commits.</summary>
    private static readonly string Pragmas =
        $"PRAGMA synchronous={Environment.GetEnvironmentVariable("SALESBOT_SQLITE_SYNCHRONOUS")?.Trim().ToUpperInvariant() switch
        {
            "FULL" => "FULL",
            "EXTRA" => "EXTRA",
            _ => "NORMAL",
        }}; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData) =>
        Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
