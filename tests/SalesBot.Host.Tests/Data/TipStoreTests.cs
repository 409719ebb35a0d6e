using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Features.Tips;
using SalesBot.Core.Messaging;
using SalesBot.Host.Data;
using TestStore = SalesBot.Tests.Shared.TestStore;

namespace SalesBot.Host.Tests.Data;

/// <summary>Tips on both stores (migration 0151): reactions count once per person and emoji, ranking reads them, undo's removal takes them along.</summary>
public class TipStoreTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task ReactionsOnATipsPostRankItAndGoWithIt(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        int teamId, entryId;
        await using (var db = store.CreateDb())
        {
            var team = new Team { Name = "North", NormalizedName = "north", TimeZone = "Europe/Warsaw", CreatedAt = SampleCrm.At };
            team.Members.Add(new Member { Name = "Anna", NormalizedName = "anna", JoinedAt = SampleCrm.At });
            db.Teams.Add(team);
            await db.SaveChangesAsync();
            var entry = new JournalEntry { TeamId = team.Id, MemberId = team.Members[0].Id, Kind = "share_tip", Summary = "the tip", CreatedAt = SampleCrm.At };
            db.Journal.Add(entry);
            await db.SaveChangesAsync();
            (teamId, entryId) = (team.Id, entry.Id);
            db.Tips.Add(new Tip { TeamId = team.Id, MemberId = team.Members[0].Id, Text = "call back within the hour", CreatedAt = SampleCrm.At, JournalEntryId = entry.Id });
            db.Outbox.Add(new OutboxMessage
            {
                Channel = ChannelKind.Telegram, ChatId = "-100", Kind = OutboxKind.TeamPost, Body = "{}", TeamId = team.Id, JournalEntryId = entry.Id,
                DedupKey = "tip", CreatedAt = SampleCrm.At, NotBefore = SampleCrm.At, Status = OutboxStatus.Sent, SentMessageId = "-100:7",
            });
            await db.SaveChangesAsync();
        }

        var sink = new CountTipReaction(new Factory(store));
        foreach (var (who, emoji, added) in new[] { ("1", "👍", true), ("1", "👍", true), ("1", "🔥", true), ("2", "👍", true), ("3", "👍", true), ("3", "👍", false) })
        {
            await sink.HandleAsync(new IncomingReaction(ChannelKind.Telegram, "-100", "-100:7", who, emoji, added, SampleCrm.At), default);
        }

        await using (var db = store.CreateDb())
        {
            var best = Assert.Single(await TipRanking.TopAsync(db, teamId, null, null, 5, minReactions: 0, default));
            Assert.Equal(("Anna", "call back within the hour", 2), (best.Author, best.Text, best.Reactions));
            Assert.Equal(3, await db.TipReactions.CountAsync());

            db.TipReactions.Add(new TipReaction { TipId = (await db.Tips.SingleAsync()).Id, Channel = ChannelKind.Telegram, ReactorId = "1", Reaction = "👍", At = SampleCrm.At });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using (var db = store.CreateDb())
        {
            await UnshareTip.RemoveAsync(db, entryId, default);
            Assert.Equal((0, 0), (await db.Tips.CountAsync(), await db.TipReactions.CountAsync()));
        }
    }

    private sealed class Factory(TestStore store) : IDbContextFactory<SalesBotDb>
    {
        public SalesBotDb CreateDbContext() => store.CreateDb();
    }
}
