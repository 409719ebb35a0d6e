using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Host.Data;

namespace SalesBot.Channels.Tests.Outbox;

/// <summary>A migrated SQLite file in the temp folder, deleted when the test ends.</summary>
public sealed class TempStore : IDbContextFactory<SalesBotDb>, IAsyncDisposable
{
    private TempStore(string path)
    {
        Path = path;
        Connection = StoreConnection.Parse($"Data Source={path}");
    }

    public string Path { get; }
    public StoreConnection Connection { get; }

    public static async Task<TempStore> CreateAsync()
    {
        var store = new TempStore(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"salesbot-tg-{Guid.NewGuid():N}.db"));
        await using var db = store.CreateDbContext();
        await StoreMigrator.MigrateAsync(db, store.Connection.Provider);
        return store;
    }

    public SalesBotDb CreateDbContext() => Connection.CreateDb();

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
        SqliteConnection.ClearAllPools();
        await Task.Yield();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try
            {
                File.Delete(Path + suffix);
            }
            catch (IOException)
            {
                // Still open somewhere; the temp folder gets cleaned eventually.
            }
        }
    }
}
