using Microsoft.Data.Sqlite;
using SalesBot.Core.Data;
using SalesBot.Host.Data;

namespace SalesBot.Host.Tests.Cli;

/// <summary>A migrated SQLite file in the temp folder, deleted afterwards.</summary>
internal sealed class StoreFile : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"salesbot-verb-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={_path}";

    public StoreConnection Connection => StoreConnection.Parse(ConnectionString);

    public SalesBotDb Open() => Connection.CreateDb();

    public async Task MigrateAsync()
    {
        await using var db = Open();
        await StoreMigrator.MigrateAsync(db, StoreProvider.Sqlite);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }
}
