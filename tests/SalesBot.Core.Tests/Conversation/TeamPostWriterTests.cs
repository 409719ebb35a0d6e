using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Conversation;

public class TeamPostWriterTests
{
    [Fact]
    public async Task APostNamesTheJournalEntryOfTheWriteItAnnounces()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Contoso"), anna, "Contoso upgrade", DealStage.Qualified);
        h.Store.Bind(team, "-100");
        h.Parser.Add("Contoso upgrade to proposal", Say.Move("Contoso upgrade", DealStage.Proposal));

        await h.SendAsync("Anna", "Contoso upgrade to proposal");

        var post = h.Read(db => db.Outbox.Single(o => o.Kind == OutboxKind.TeamPost));
        Assert.Equal(h.Read(db => db.Journal.Single()).Id, post.JournalEntryId);
    }

    [Fact]
    public async Task UndoWithdrawsTheWritesPendingPostsByTheirJournalEntryWhateverTheirKey()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Contoso"), anna, "Contoso upgrade", DealStage.Qualified);
        h.Store.Bind(team, "-100");
        h.Parser.Add("Contoso upgrade to proposal", Say.Move("Contoso upgrade", DealStage.Proposal));
        h.Parser.Add("undo", Say.Just(Intent.Undo));
        await h.SendAsync("Anna", "Contoso upgrade to proposal");
        await using (var db = h.Store.CreateDbContext())
        {
            // The key no longer says which write the post belongs to: only the column does.
            await db.Outbox.Where(o => o.Kind == OutboxKind.TeamPost).ExecuteUpdateAsync(o => o.SetProperty(x => x.DedupKey, "moved:1"));
        }

        await h.SendAsync("Anna", "undo");

        Assert.Empty(h.TeamPosts());
    }

    [Fact]
    public async Task AnEditedMessageWithdrawsTheOriginalsPendingPost()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Contoso"), anna, "Contoso upgrade", DealStage.Negotiation);
        h.Store.Bind(team, "-100");
        h.Parser.Add("won Contoso upgrade", Say.Move("Contoso upgrade", DealStage.Won));
        h.Parser.Add("Contoso upgrade to proposal", Say.Move("Contoso upgrade", DealStage.Proposal));
        var original = h.Message("Anna", "won Contoso upgrade");
        await h.SendAsync(original);

        await h.SendAsync(original with { Text = "Contoso upgrade to proposal", IsEdit = true });

        Assert.DoesNotContain(h.TeamPosts(), p => p.Contains("won", StringComparison.Ordinal));
        Assert.Equal(DealStage.Proposal, h.Read(db => db.Deals.Single()).Stage);
    }
}
