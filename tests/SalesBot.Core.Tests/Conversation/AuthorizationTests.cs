using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Conversation;

/// <summary>Two teams on one store: a member of one can never see or write the other's data.</summary>
public class AuthorizationTests
{
    private static async Task<(EngineHarness H, Team North, Team South)> TwoTeamsAsync()
    {
        var h = new EngineHarness();
        var north = h.Store.AddTeam("North", visibility: TeamVisibility.Everyone);
        var south = h.Store.AddTeam("South", visibility: TeamVisibility.Everyone);
        var anna = h.Store.AddMember(north, "Anna");
        var sven = h.Store.AddMember(south, "Sven");
        h.Store.AddDeal(north, h.Store.AddAccount(north, "Contoso"), anna, "Contoso upgrade", DealStage.Proposal, 40_000);
        h.Store.AddDeal(south, h.Store.AddAccount(south, "Secret Corp"), sven, "Secret Corp expansion", DealStage.Negotiation, 900_000);
        await Task.CompletedTask;
        return (h, north, south);
    }

    [Fact]
    public async Task AMemberNeverSeesAnotherTeamsDealsOrAccounts()
    {
        var (h, _, _) = await TwoTeamsAsync();
        await using var _h = h;
        h.Parser.Add("team pipeline", Say.Pipeline("team"));
        h.Parser.Add("show Secret Corp", Say.Show("Secret Corp"));
        h.Parser.Add("pipeline in negotiation", Say.Pipeline("team", DealStage.Negotiation));

        var pipeline = await h.SendAsync("Anna", "team pipeline");
        var dossier = await h.SendAsync("Anna", "show Secret Corp");
        var stage = await h.SendAsync("Anna", "pipeline in negotiation");

        Assert.Contains("Contoso upgrade", pipeline.Text);
        Assert.DoesNotContain("Secret", pipeline.Text + pipeline.Title);
        Assert.Contains("found no account", dossier.Text);
        Assert.DoesNotContain("Secret Corp expansion", dossier.Text);
        Assert.DoesNotContain("Secret", stage.Text + stage.Title);
    }

    [Fact]
    public async Task AMemberNeverWritesIntoAnotherTeam()
    {
        var (h, north, south) = await TwoTeamsAsync();
        await using var _h = h;
        h.Parser.Add("Secret Corp expansion to won", Say.Move("Secret Corp expansion", DealStage.Won));
        h.Parser.Add("met Secret Corp", Say.Log(ActivityType.Meeting, "Secret Corp"));

        var move = await h.SendAsync("Anna", "Secret Corp expansion to won");
        await h.SendAsync("Anna", "met Secret Corp");

        Assert.Contains("found no deal", move.Text);
        Assert.Equal(DealStage.Negotiation, h.Read(db => db.Deals.Single(d => d.TeamId == south.Id)).Stage);
        var activity = h.Read(db => db.Activities.Include(a => a.Account).Single());
        Assert.Equal(north.Id, activity.TeamId);
        Assert.Equal(north.Id, activity.Account!.TeamId);
        Assert.Equal(1, h.Read(db => db.Accounts.Count(a => a.TeamId == south.Id)));
    }

    [Fact]
    public async Task AnotherTeamsButtonsAndQuestionsDoNothing()
    {
        var (h, _, south) = await TwoTeamsAsync();
        await using var _h = h;
        h.Store.AddAccount(south, "Acme Logistics");
        h.Store.AddAccount(south, "Acme Retail");
        h.Parser.Add("met Acme", Say.Log(ActivityType.Meeting, "Acme"));
        h.Parser.Add("met Secret Corp", Say.Log(ActivityType.Meeting, "Secret Corp"));
        var question = await h.SendAsync("Sven", "met Acme");
        var written = await h.SendAsync("Sven", "met Secret Corp");

        var answer = await h.SendAsync(h.Message("Anna", "") with { Action = question.Buttons[0].Data });
        var undo = await h.SendAsync(h.Message("Anna", "") with { Action = written.Buttons.Single().Data });
        var bare = await h.SendAsync("Anna", "1");

        Assert.Contains("closed", answer.Text);
        Assert.Contains("isn't yours", undo.Text);
        Assert.DoesNotContain("Acme", bare.Text);
        Assert.Equal(1, h.Read(db => db.Activities.Count()));
    }

    [Fact]
    public async Task TeamFiguresFollowTheTeamsVisibilitySetting()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        var ben = h.Store.AddMember(team, "Ben");
        h.Store.AddMember(team, "Maria", MemberRole.Manager);
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Contoso"), anna, "Contoso upgrade", DealStage.Proposal, 40_000);
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Fabrikam"), ben, "Fabrikam rollout", DealStage.Lead, 10_000);
        h.Parser.Add("team pipeline", Say.Pipeline("team"));
        h.Parser.Add("Ben's pipeline", Say.Pipeline("Ben"));
        h.Parser.Add("my pipeline", Say.Pipeline("me"));

        var repTeam = await h.SendAsync("Anna", "team pipeline");
        var repOther = await h.SendAsync("Anna", "Ben's pipeline");
        var repOwn = await h.SendAsync("Anna", "my pipeline");
        var manager = await h.SendAsync("Maria", "team pipeline");

        Assert.Contains("only managers", repTeam.Text);
        Assert.Contains("only managers", repOther.Text);
        Assert.Equal("Your pipeline: 1 open deal, €40K", repOwn.Title);
        Assert.DoesNotContain("Fabrikam", repOwn.Text);
        Assert.Equal("North team pipeline: 2 open deals, €50K", manager.Title);
        Assert.Contains("Fabrikam rollout (Ben)", manager.Text);

        await using (var db = h.Store.CreateDbContext())
        {
            await db.Teams.ExecuteUpdateAsync(t => t.SetProperty(x => x.Visibility, TeamVisibility.Everyone));
        }

        var open = await h.SendAsync("Anna", "Ben's pipeline");
        Assert.Equal("Ben's pipeline: 1 open deal, €10K", open.Title);
    }
}
