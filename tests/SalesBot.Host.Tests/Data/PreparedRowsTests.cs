using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;
using SalesBot.Host.Data;

namespace SalesBot.Host.Tests.Data;

/// <summary>
/// The engine writes its inbox, journal and outbox rows through <see cref="PreparedRows"/>, not SaveChanges: what
/// EF reads back must be exactly what was written, with every conversion (enums, timestamps, nulls) on both providers.
/// </summary>
public class PreparedRowsTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 41, 7, 123, TimeSpan.FromHours(1));

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task RowsInsertedAndUpdatedReadBackThroughEf(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        int teamId;
        int memberId;
        await using (var seed = store.CreateDb())
        {
            var team = new Team { Name = "North", NormalizedName = "north", TimeZone = "Europe/Warsaw" };
            seed.Teams.Add(team);
            await seed.SaveChangesAsync();
            var member = new Member { TeamId = team.Id, Name = "Anna", NormalizedName = "anna" };
            seed.Members.Add(member);
            await seed.SaveChangesAsync();
            (teamId, memberId) = (team.Id, member.Id);
        }

        var journal = new JournalEntry { TeamId = teamId, MemberId = memberId, Kind = "log_activity", Summary = "log_activity", SourceMessageId = "m1", CreatedAt = At };
        var outbox = new OutboxMessage
        {
            Channel = ChannelKind.Teams, ChatId = "a:1", Address = MemberIdentities.ServiceAddress("https://smba.example/"), Kind = OutboxKind.TeamPost,
            Body = "{\"Text\":\"Zażółć 🚀 '; DROP TABLE \\\"Outbox\\\"; --\"}", TeamId = teamId, DedupKey = "post:1:1", CreatedAt = At, NotBefore = At.AddMinutes(5),
        };
        var inbox = new InboxMessage { Channel = ChannelKind.Telegram, ExternalId = "msg:42:7", ReceivedAt = At, ProcessedAt = null };
        await using (var db = store.CreateDb())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            using var rows = new PreparedRows(db);
            await rows.InsertAsync(journal, CancellationToken.None);
            await rows.InsertAsync(outbox, CancellationToken.None);
            await rows.InsertAsync(inbox, CancellationToken.None);
            var second = new JournalEntry { TeamId = teamId, MemberId = memberId, Kind = "add_task", Summary = "add_task", CreatedAt = At };
            await rows.InsertAsync(second, CancellationToken.None);
            journal.Summary = "the call with Contoso on Nov 23";
            journal.Changes = "{\"Deals\":[]}";
            await rows.UpdateAsync(journal, CancellationToken.None, nameof(JournalEntry.Summary), nameof(JournalEntry.Changes));
            await transaction.CommitAsync();
            Assert.True(journal.Id > 0);
            Assert.Equal(journal.Id + 1, second.Id);
            Assert.True(outbox.Id > 0 && inbox.Id > 0);
            Assert.Empty(db.ChangeTracker.Entries());
        }

        await using var read = store.CreateDb();
        var stored = await read.Journal.SingleAsync(j => j.Id == journal.Id);
        Assert.Equal("the call with Contoso on Nov 23", stored.Summary);
        Assert.Equal("{\"Deals\":[]}", stored.Changes);
        Assert.Equal(At, stored.CreatedAt);
        Assert.Null(stored.UndoneAt);
        Assert.Equal("add_task", (await read.Journal.SingleAsync(j => j.Id != journal.Id)).Summary);

        var post = await read.Outbox.SingleAsync();
        Assert.Equal((ChannelKind.Teams, OutboxKind.TeamPost, OutboxStatus.Pending, 0), (post.Channel, post.Kind, post.Status, post.Attempts));
        Assert.Equal(outbox.Body, post.Body);
        Assert.Equal(At.AddMinutes(5), post.NotBefore);
        Assert.Null(post.MemberId);
        // Timestamps compare in SQL as EF writes them: the dispatcher's "due" query must find the row.
        Assert.Equal(1, await read.Outbox.CountAsync(o => o.Status == OutboxStatus.Pending && o.NotBefore <= At.AddMinutes(6)));
        Assert.Equal(0, await read.Outbox.CountAsync(o => o.NotBefore <= At.AddMinutes(4)));

        Assert.True(await read.Inbox.AnyAsync(i => i.Channel == ChannelKind.Telegram && i.ExternalId == "msg:42:7" && i.ProcessedAt == null && i.ReceivedAt == At));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task AUniqueRuleStillHolds(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var db = store.CreateDb();
        using var rows = new PreparedRows(db);
        await rows.InsertAsync(new InboxMessage { Channel = ChannelKind.Telegram, ExternalId = "1", ReceivedAt = At }, CancellationToken.None);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            rows.InsertAsync(new InboxMessage { Channel = ChannelKind.Telegram, ExternalId = "1", ReceivedAt = At }, CancellationToken.None));
    }
}
