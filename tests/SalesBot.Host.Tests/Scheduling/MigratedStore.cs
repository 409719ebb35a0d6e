using SalesBot.Core.Tests.Support;
using SalesBot.Host.Data;
using TestStore = SalesBot.Core.Tests.Support.TestStore;

namespace SalesBot.Host.Tests.Scheduling;

/// <summary>A temp SQLite file brought up by the real migrations (including 0040), deleted afterwards.</summary>
internal static class MigratedStore
{
    public static async Task<TestStore> CreateAsync()
    {
        var store = new TestStore(create: false);
        var connection = StoreConnection.Parse(store.ConnectionString);
        using var db = connection.CreateDb();
        await StoreMigrator.MigrateAsync(db, connection.Provider);
        return store;
    }
}
