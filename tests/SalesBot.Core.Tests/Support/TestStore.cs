using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Data;

namespace SalesBot.Core.Tests.Support;

/// <summary>A real SQLite file in the temp folder, created from the model and deleted afterwards.</summary>
internal sealed class TestStore : IDbContextFactory<SalesBotDb>, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"salesbot-reports-{Guid.NewGuid():N}.db");

    public TestStore(bool create = true)
    {
        if (create)
        {
            using var db = CreateDbContext();
            db.Database.EnsureCreated();
        }
    }

    public string Path_ => _path;

    public string ConnectionString => $"Data Source={_path};Pooling=False";

    public SalesBotDb CreateDbContext() =>
        new(new DbContextOptionsBuilder<SalesBotDb>().UseSqlite(ConnectionString).Options);

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
