using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Features.Deals;

public class DealGuardsTests
{
    [Fact]
    public async Task ChangingAnotherRepsDealNamesTheOwnerInTheReply()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddMember(team, "Ben");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Fabrikam"), anna, "Fabrikam rollout", DealStage.Proposal, 900_000);
        h.Parser.Add("change fabrikam amount to 1.1M", Say.Update("Fabrikam", amount: 1_100_000));
        h.Parser.Add("fabrikam to negotiation", Say.Move("Fabrikam", DealStage.Negotiation));

        var amount = await h.SendAsync("Ben", "change fabrikam amount to 1.1M");
        var move = await h.SendAsync("Ben", "fabrikam to negotiation");
        var own = await h.SendAsync("Anna", "change fabrikam amount to 1.1M");

        Assert.StartsWith("✓ Fabrikam rollout (Anna's deal): amount", amount.Text);
        Assert.Equal("✓ Fabrikam rollout (Anna's deal): Proposal → Negotiation.", move.Text);
        Assert.StartsWith("✓ Fabrikam rollout: amount", own.Text);
    }

    [Fact]
    public async Task MovingAWonDealToLostAsksFirstAndMovesOnlyOnYes()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Litware"), anna, "Litware", DealStage.Won);
        h.Parser.Add("litware went dark, mark it lost", Say.Move("Litware", DealStage.Lost));

        var ask = await h.SendAsync("Anna", "litware went dark, mark it lost");

        Assert.Equal("Litware is Won. Move it to Lost?", ask.Text);
        Assert.Equal(["Yes", "No"], ask.Buttons.Select(b => b.Label));
        Assert.Equal(DealStage.Won, h.Read(db => db.Deals.Single()).Stage);

        var yes = await h.SendAsync(h.Message("Anna", "") with { Action = ask.Buttons[0].Data });

        Assert.StartsWith("Marked Litware as lost.", yes.Text);
        Assert.Equal(DealStage.Lost, h.Read(db => db.Deals.Single()).Stage);
    }

    [Fact]
    public async Task ReStagingALostDealThroughAnUpdateAsksAndNoLeavesIt()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Northwind"), anna, "Northwind", DealStage.Lost);
        h.Parser.Add("northwind back in proposal at 20k", new ParsedCommand(Intent.UpdateDeal, 0.9) { Deal = "Northwind", Amount = 20_000, Stage = DealStage.Proposal });

        var ask = await h.SendAsync("Anna", "northwind back in proposal at 20k");
        var no = await h.SendAsync("Anna", "no");

        Assert.Equal("Northwind is Lost. Move it to Proposal?", ask.Text);
        Assert.Equal("OK, I wrote nothing.", no.Text);
        var deal = h.Read(db => db.Deals.Single());
        Assert.Equal(DealStage.Lost, deal.Stage);
        Assert.Null(deal.Amount);
    }
}
