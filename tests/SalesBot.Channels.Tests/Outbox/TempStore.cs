using Microsoft.EntityFrameworkCore;
using ChannelBinding = SalesBot.Core.Crm.ChannelBinding;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Host.Data;

namespace SalesBot.Channels.Tests.Outbox;

/// <summary>
/// The shared <see cref="TestStore"/> as an <see cref="IDbContextFactory{TContext}"/>, plus the Telegram
/// tests' seeding: a migrated SQLite file, or a fresh database on the test PostgreSQL (<see cref="TestPostgres"/>).
/// </summary>
public sealed class TempStore : IDbContextFactory<SalesBotDb>, IAsyncDisposable
{
    private readonly TestStore _store;

    private TempStore(TestStore store) => _store = store;

    public StoreConnection Connection => _store.Connection;

    public static async Task<TempStore> CreateAsync() => new(await TestStore.SqliteAsync());

    public static async Task<TempStore> CreatePostgresAsync() => new(await TestStore.PostgresAsync());

    public SalesBotDb CreateDbContext() => _store.CreateDb();

    /// <summary>A team with one rep linked to a Telegram user and, optionally, a bound group.</summary>
    public async Task<(Team Team, Member Rep, ChannelBinding? Group)> SeedTeamAsync(long telegramUserId, string? groupChatId = null)
    {
        await using var db = CreateDbContext();
        var team = new Team { Name = "Nordics", NormalizedName = "nordics" };
        var rep = new Member { Team = team, Name = "Anna", NormalizedName = "anna" }.WithTelegram(telegramUserId);
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

    public ValueTask DisposeAsync() => _store.DisposeAsync();
}
