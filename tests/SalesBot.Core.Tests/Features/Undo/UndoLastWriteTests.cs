using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Features.Undo;

public class UndoLastWriteTests
{
    [Fact]
    public async Task UndoRemovesTheLoggedActivityAndTheAccountItCreatedAndSaysSo()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Parser.Add("met Northwind", Say.Log(ActivityType.Meeting, "Northwind"));
        h.Parser.Add("undo", Say.Just(Intent.Undo));

        await h.SendAsync("Anna", "met Northwind");
        var reply = await h.SendAsync("Anna", "undo");
        var nothing = await h.SendAsync("Anna", "undo");

        Assert.Equal("↩ Undone: the meeting with Northwind on Nov 16 and the new account Northwind.", reply.Text);
        Assert.Equal("There is nothing of yours to undo.", nothing.Text);
        Assert.Equal(0, h.Read(db => db.Activities.Count()));
        Assert.Equal(0, h.Read(db => db.Accounts.Count()));
        Assert.NotNull(h.Read(db => db.Journal.Single()).UndoneAt);
    }

    [Fact]
    public async Task UndoingAnOlderEntryKeepsTheAccountThatALaterEntryUses()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Parser.Add("met Northwind", Say.Log(ActivityType.Meeting, "Northwind"));
        h.Parser.Add("call Northwind", Say.Log(ActivityType.Call, "Northwind"));
        var first = await h.SendAsync("Anna", "met Northwind");
        await h.SendAsync("Anna", "call Northwind");

        var reply = await h.SendAsync(h.Message("Anna", "") with { Action = first.Buttons.Single().Data });

        Assert.Contains("Kept the account Northwind: later entries use it.", reply.Text);
        Assert.Equal(ActivityType.Call, h.Read(db => db.Activities.Single()).Type);
        Assert.Equal(1, h.Read(db => db.Accounts.Count()));
    }

    [Fact]
    public async Task UndoOfAMoveRestoresTheStageAndWithdrawsTheUnsentPost()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Contoso"), anna, "Contoso upgrade", DealStage.Qualified);
        h.Store.Bind(team, "-100");
        h.Parser.Add("Contoso upgrade to proposal", Say.Move("Contoso upgrade", DealStage.Proposal));
        h.Parser.Add("undo", Say.Just(Intent.Undo));

        await h.SendAsync("Anna", "Contoso upgrade to proposal");
        var reply = await h.SendAsync("Anna", "undo");

        Assert.Equal("↩ Undone: Contoso upgrade Qualified → Proposal.", reply.Text);
        var deal = h.Read(db => db.Deals.Include(d => d.StageHistory).Single());
        Assert.Equal(DealStage.Qualified, deal.Stage);
        Assert.Empty(deal.StageHistory);
        Assert.Empty(h.TeamPosts());
    }

    [Fact]
    public async Task UndoAfterThePostWentOutPostsACorrection()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Contoso"), anna, "Contoso upgrade", DealStage.Negotiation);
        h.Store.Bind(team, "-100");
        h.Parser.Add("won Contoso upgrade", Say.Move("Contoso upgrade", DealStage.Won));
        h.Parser.Add("undo", Say.Just(Intent.Undo));

        await h.SendAsync("Anna", "won Contoso upgrade");
        await using (var db = h.Store.CreateDbContext())
        {
            await db.Outbox.ExecuteUpdateAsync(o => o.SetProperty(x => x.Status, OutboxStatus.Sent));
        }

        await h.SendAsync("Anna", "undo");

        Assert.Equal(["🏆 Anna won Contoso upgrade", "↩ Anna undid Contoso upgrade Negotiation → Won"], h.TeamPosts());
    }

    [Theory]
    [InlineData(false, "↩ Anna undid the changes to Contoso upgrade")]
    [InlineData(true, "↩ Anna undid the change to Contoso upgrade (amount €45K, Negotiation → Won)")]
    public async Task TheChannelsUndoLineShowsTheAmountOnlyWhereTheChannelMaySeeAmounts(bool amountsInChannel, string expected)
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Contoso"), anna, "Contoso upgrade", DealStage.Negotiation, 40_000);
        h.Store.Bind(team, "-100");
        await using (var db = h.Store.CreateDbContext())
        {
            await db.Teams.ExecuteUpdateAsync(t => t.SetProperty(x => x.ShowAmountsInChannel, amountsInChannel).SetProperty(x => x.Currency, "EUR"));
        }

        h.Parser.Add("Contoso upgrade won at 45k", Say.Update("Contoso upgrade", 45_000) with { Stage = DealStage.Won, Currency = "EUR" });
        h.Parser.Add("undo", Say.Just(Intent.Undo));

        var write = await h.SendAsync("Anna", "Contoso upgrade won at 45k");
        Assert.Contains("€45K", write.Text, StringComparison.Ordinal);
        await using (var db = h.Store.CreateDbContext())
        {
            await db.Outbox.ExecuteUpdateAsync(o => o.SetProperty(x => x.Status, OutboxStatus.Sent));
        }

        await h.SendAsync("Anna", "undo");

        var posts = h.TeamPosts();
        Assert.Equal(expected, posts[^1]);
        Assert.Equal(amountsInChannel, posts.Any(p => p.Contains("45", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TheUndoButtonRevertsItsOwnEntryAndTenEntriesStayUndoable()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        for (var i = 0; i < 12; i++)
        {
            h.Parser.Add($"task {i}", Say.Task($"thing {i}"));
        }

        var first = await h.SendAsync("Anna", "task 0");
        for (var i = 1; i < 12; i++)
        {
            await h.SendAsync("Anna", $"task {i}");
        }

        var press = await h.SendAsync(h.Message("Anna", "") with { Action = first.Buttons.Single().Data });
        Assert.Equal("↩ Undone: the task \"thing 0\".", press.Text);

        h.Parser.Add("undo", Say.Just(Intent.Undo));
        for (var i = 11; i >= 1; i--)
        {
            var reply = await h.SendAsync("Anna", "undo");
            Assert.Equal($"↩ Undone: the task \"thing {i}\".", reply.Text);
        }

        Assert.Equal(0, h.Read(db => db.Tasks.Count()));
    }

    [Fact]
    public async Task NobodyCanUndoSomeoneElsesEntry()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Store.AddMember(team, "Ben");
        h.Parser.Add("met Northwind", Say.Log(ActivityType.Meeting, "Northwind"));
        h.Parser.Add("undo", Say.Just(Intent.Undo));
        var anna = await h.SendAsync("Anna", "met Northwind");

        var press = await h.SendAsync(h.Message("Ben", "") with { Action = anna.Buttons.Single().Data });
        var plain = await h.SendAsync("Ben", "undo");

        Assert.Contains("That Undo button is Anna's", press.Text);
        Assert.Equal("There is nothing of yours to undo.", plain.Text);
        Assert.Equal(1, h.Read(db => db.Activities.Count()));
    }

    [Fact]
    public async Task AnEditWithinFifteenMinutesAmendsInsteadOfWritingTwice()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Parser.Add("call with Contoso", Say.Log(ActivityType.Call, "Contoso"));
        h.Parser.Add("meeting with Contoso", Say.Log(ActivityType.Meeting, "Contoso"));
        var original = h.Message("Anna", "call with Contoso", messageId: "77");
        await h.SendAsync(original);

        h.Clock.Advance(TimeSpan.FromMinutes(5));
        var edit = original with { Text = "meeting with Contoso", IsEdit = true, SentAt = h.Clock.Now };
        await h.Engine.HandleAsync(edit, CancellationToken.None);
        await h.Engine.HandleAsync(edit, CancellationToken.None);

        var activity = h.Read(db => db.Activities.Include(a => a.Account).Single());
        Assert.Equal(ActivityType.Meeting, activity.Type);
        Assert.Equal("Contoso", activity.Account!.Name);
        Assert.Equal(1, h.Read(db => db.Accounts.Count()));
        using var db = h.Store.CreateDbContext();
        var replies = db.Outbox.Where(o => o.ReplyToMessageId == "77").OrderBy(o => o.Id).ToList();
        Assert.Equal(2, replies.Count);
        Assert.Contains("Amended", replies[1].Body);
    }

    [Fact]
    public async Task AnEditAfterTheWindowIsRefusedAndChangesNothing()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Parser.Add("call with Contoso", Say.Log(ActivityType.Call, "Contoso"));
        h.Parser.Add("meeting with Contoso", Say.Log(ActivityType.Meeting, "Contoso"));
        var original = h.Message("Anna", "call with Contoso", messageId: "77");
        await h.SendAsync(original);

        h.Clock.Advance(TimeSpan.FromMinutes(40));
        var reply = await h.SendAsync(original with { Text = "meeting with Contoso", IsEdit = true, SentAt = h.Clock.Now });

        Assert.Contains("too old to amend", reply.Text);
        Assert.Equal(ActivityType.Call, h.Read(db => db.Activities.Single()).Type);
    }

    [Fact]
    public async Task UndoOfAReplacedPlanBringsTheEarlierPlanBack()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Parser.Add("plan: a, b", Say.Plan("a", "b"));
        h.Parser.Add("plan: c", Say.Plan("c"));
        h.Parser.Add("undo", Say.Just(Intent.Undo));

        await h.SendAsync("Anna", "plan: a, b");
        var replaced = await h.SendAsync("Anna", "plan: c");
        Assert.Contains("Replaced today's plan", replaced.Text);
        Assert.Equal(["c"], h.Read(db => db.DailyPlans.Single()).Items);

        await h.SendAsync("Anna", "undo");
        Assert.Equal(["a", "b"], h.Read(db => db.DailyPlans.Single()).Items);
        await h.SendAsync("Anna", "undo");
        Assert.Equal(0, h.Read(db => db.DailyPlans.Count()));
    }
}
