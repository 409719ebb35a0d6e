using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;
using static SalesBot.Host.Tests.Reliability.ReliabilityData;

namespace SalesBot.Host.Tests.Data;

/// <summary>
/// The engine's compiled lookups are bound to one EF model each, and a process can hold two (a SQLite and a
/// PostgreSQL store, as the test suite and `replay` do): a message on either store must be handled, whichever came first.
/// </summary>
public class BothStoresInOneProcessTests
{
    [Fact]
    public async Task TheEngineAnswersOnSqliteAndPostgresAlternately()
    {
        await using var sqlite = await TestStore.SqliteAsync();
        await using var postgres = await TestStore.PostgresAsync();
        var stores = new[] { sqlite, postgres, sqlite, postgres };
        foreach (var store in new[] { sqlite, postgres })
        {
            await using var db = store.CreateDb();
            await SeedTeamAsync(db, "North", 8100, telegramReps: 1);
        }

        for (var i = 0; i < stores.Length; i++)
        {
            await using var engine = new ConversationEngine(new Factory(stores[i]), MessageParser.English, TimeProvider.System);
            var message = new IncomingMessage(ChannelKind.Telegram, "8100", ChatKind.Private, "8100", "Rep", "logged a call with Fabrikam", $"{i + 1}", DateTimeOffset.UtcNow);
            await engine.HandleAsync(message, CancellationToken.None);
        }

        foreach (var store in new[] { sqlite, postgres })
        {
            await using var db = store.CreateDb();
            Assert.Equal(2, await db.Activities.CountAsync());
            var replies = await Replies(db).Select(r => r.Body).ToListAsync();
            Assert.Equal(2, replies.Count);
            Assert.All(replies, body => Assert.Contains("Logged a call with Fabrikam", body));
        }
    }

    private sealed class Factory(TestStore store) : IDbContextFactory<SalesBotDb>
    {
        public SalesBotDb CreateDbContext() => store.CreateDb();
    }
}
