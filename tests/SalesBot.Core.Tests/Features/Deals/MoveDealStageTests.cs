using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Features.Deals;

public class MoveDealStageTests
{
    [Fact]
    public async Task MovesDealToProposalRecordsHistoryAndPostsToTheTeamChannel()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        var deal = h.Store.AddDeal(team, h.Store.AddAccount(team, "Contoso"), anna, "Contoso upgrade", DealStage.Qualified, 40_000);
        h.Store.Bind(team, "-100");
        h.Parser.Add("Contoso upgrade to proposal", Say.Move("Contoso upgrade", DealStage.Proposal));

        var reply = await h.SendAsync("Anna", "Contoso upgrade to proposal");

        Assert.Contains("Contoso upgrade: Qualified → Proposal", reply.Text);
        var stored = h.Read(db => db.Deals.Include(d => d.StageHistory).Single());
        Assert.Equal(DealStage.Proposal, stored.Stage);
        var change = Assert.Single(stored.StageHistory);
        Assert.Equal(DealStage.Qualified, change.From);
        var post = Assert.Single(h.TeamPosts());
        Assert.Equal("Anna moved Contoso upgrade: Qualified → Proposal", post);
        Assert.DoesNotContain("40K", post);
        Assert.Equal("-100", h.Read(db => db.Outbox.Single(o => o.Kind == OutboxKind.TeamPost)).ChatId);
        _ = deal;
    }

    [Fact]
    public async Task AWinShowsTheAmountInTheChannelOnlyWhenTheTeamAllowsIt()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Fabrikam"), anna, "Fabrikam", DealStage.Negotiation, 40_000);
        h.Store.Bind(team, "-100");
        h.Parser.Add("won Fabrikam", Say.Move("Fabrikam", DealStage.Won));
        h.Parser.Add("Fabrikam negotiation", Say.Move("Fabrikam", DealStage.Negotiation));

        var reply = await h.SendAsync("Anna", "won Fabrikam");
        await using (var db = h.Store.CreateDbContext())
        {
            await db.Teams.ExecuteUpdateAsync(t => t.SetProperty(x => x.ShowAmountsInChannel, true));
        }

        await h.SendAsync("Anna", "Fabrikam negotiation");
        // Re-opening a won deal asks first.
        await h.SendAsync("Anna", "yes");
        await h.SendAsync("Anna", "won Fabrikam" + " ");

        Assert.Contains("€40K", reply.Text);
        var posts = h.TeamPosts();
        Assert.Equal("🏆 Anna won Fabrikam", posts[0]);
        Assert.Equal("🏆 Anna won Fabrikam, €40K", posts[2]);
    }

    [Fact]
    public async Task MovingAMissingDealWritesNothingAndSuggestsTheNearestNames()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Contoso"), anna, "Contoso upgrade");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Fabrikam"), anna, "Fabrikam rollout");
        h.Parser.Add("Zeppelin deal to won", Say.Move("Zeppelin deal", DealStage.Won));
        h.Parser.Add("Contoso upgrad to won", Say.Move("Contoso upgrad", DealStage.Won));

        var missing = await h.SendAsync("Anna", "Zeppelin deal to won");

        Assert.Contains("found no deal called \"Zeppelin deal\", so nothing changed", missing.Text);
        Assert.Contains("new deal Zeppelin deal", missing.Text);
        Assert.Equal(0, h.Read(db => db.Deals.Count(d => d.Stage == DealStage.Won)));
        Assert.Equal(0, h.Read(db => db.Journal.Count()));

        var misspelled = await h.SendAsync("Anna", "Contoso upgrad to won");

        Assert.Contains("Contoso upgrade is won", misspelled.Text);
        Assert.Equal("Contoso upgrade", h.Read(db => db.Deals.Single(d => d.Stage == DealStage.Won)).Name);
    }

    [Fact]
    public async Task CreatingADealAnnouncesItWithoutTheAmountByDefault()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Store.Bind(team, "-100");
        h.Store.AddAccount(team, "Contoso");
        h.Parser.Add("new deal Contoso upgrade 40k", Say.NewDeal("Contoso upgrade", amount: 40_000));
        h.Parser.Add("new deal contoso upgrade", Say.NewDeal("contoso upgrade"));

        var reply = await h.SendAsync("Anna", "new deal Contoso upgrade 40k");
        var duplicate = await h.SendAsync("Anna", "new deal contoso upgrade");

        Assert.Contains("New deal Contoso upgrade with Contoso, Lead, €40K", reply.Text);
        Assert.Contains("already an open deal", duplicate.Text);
        var deal = h.Read(db => db.Deals.Include(d => d.StageHistory).Include(d => d.Account).Single());
        Assert.Equal("Contoso", deal.Account!.Name);
        Assert.Equal("EUR", deal.Currency);
        Assert.Null(Assert.Single(deal.StageHistory).From);
        Assert.Equal(["🆕 Anna opened Contoso upgrade, Lead"], h.TeamPosts());
    }

    [Fact]
    public async Task UpdatesAmountAndCloseDate()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Contoso"), anna, "Contoso upgrade", amount: 40_000);
        h.Parser.Add("Contoso upgrade 45k close Dec 15", Say.Update("Contoso upgrade", 45_000, new DateOnly(2026, 12, 15)));

        var reply = await h.SendAsync("Anna", "Contoso upgrade 45k close Dec 15");

        Assert.Contains("amount €45K", reply.Text);
        Assert.Contains("closing Tue Dec 15", reply.Text);
        var deal = h.Read(db => db.Deals.Single());
        Assert.Equal(45_000, deal.Amount);
        Assert.Equal(new DateOnly(2026, 12, 15), deal.CloseDate);
    }

    [Fact]
    public async Task QuietHoursHoldChannelPostsUntilTheyEndInTheTeamsZone()
    {
        // 21:30 UTC is 22:30 in Berlin (CET), inside 20:00-07:00.
        await using var h = new EngineHarness(new DateTimeOffset(2026, 11, 16, 21, 30, 0, TimeSpan.Zero));
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Contoso"), anna, "Contoso upgrade");
        h.Store.Bind(team, "-100");
        await using (var db = h.Store.CreateDbContext())
        {
            await db.Teams.ExecuteUpdateAsync(t => t.SetProperty(x => x.QuietHoursStart, new TimeOnly(20, 0)).SetProperty(x => x.QuietHoursEnd, new TimeOnly(7, 0)));
        }

        h.Parser.Add("Contoso upgrade to proposal", Say.Move("Contoso upgrade", DealStage.Proposal));
        await h.SendAsync("Anna", "Contoso upgrade to proposal");

        var post = h.Read(db => db.Outbox.Single(o => o.Kind == OutboxKind.TeamPost));
        var reply = h.Read(db => db.Outbox.Single(o => o.Kind == OutboxKind.Reply));
        Assert.Equal(new DateTimeOffset(2026, 11, 17, 6, 0, 0, TimeSpan.Zero), post.NotBefore);
        Assert.Equal(h.Clock.Now, reply.NotBefore);
    }
}
