using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Entities;

/// <summary>Undo takes a move back through the deal itself (<see cref="Deal.ReturnTo"/>), leaving no stage move to count.</summary>
public class DealReturnToTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ALostDealReturnedToNegotiationIsOpenAgainWithItsOldStageTimeAndNoReason()
    {
        var deal = Deal.Open(1, new Account { TeamId = 1, Name = "Contoso", NormalizedName = "contoso" }, 7, "Contoso upgrade", DealStage.Negotiation, At);
        deal.MoveTo(DealStage.Lost, 7, At.AddDays(2));
        deal.LostReason = "went with Salesforce";

        deal.ReturnTo(DealStage.Negotiation, At, closedAt: null, lostReason: null);

        Assert.Equal((DealStage.Negotiation, At, (DateTimeOffset?)null, (string?)null), (deal.Stage, deal.StageChangedAt, deal.ClosedAt, deal.LostReason));
        Assert.Equal(2, deal.StageHistory.Count);
    }

    [Fact]
    public void AWonDealReturnedToWonKeepsWhenItClosed()
    {
        var deal = Deal.Open(1, new Account { TeamId = 1, Name = "Contoso", NormalizedName = "contoso" }, 7, "Contoso upgrade", DealStage.Won, At);
        deal.MoveTo(DealStage.Negotiation, 7, At.AddDays(1));

        deal.ReturnTo(DealStage.Won, At, At, lostReason: "ignored");

        Assert.Equal((DealStage.Won, At, (DateTimeOffset?)At, (string?)null), (deal.Stage, deal.StageChangedAt, deal.ClosedAt, deal.LostReason));
    }

    [Fact]
    public async Task UndoingAWinReopensTheDealAsItWasAndLeavesNoStageMoveInItsHistory()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        var deal = h.Store.AddDeal(team, h.Store.AddAccount(team, "Contoso"), anna, "Contoso upgrade", DealStage.Negotiation);
        var entered = h.Read(db => db.Deals.Single(d => d.Id == deal.Id).StageChangedAt);
        h.Parser.Add("won contoso upgrade", Say.Move("Contoso upgrade", DealStage.Won));
        h.Parser.Add("undo", Say.Just(Intent.Undo));

        await h.SendAsync("Anna", "won contoso upgrade");
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        await h.SendAsync("Anna", "undo");

        var back = h.Read(db => db.Deals.AsNoTracking().Single(d => d.Id == deal.Id));
        Assert.Equal((DealStage.Negotiation, entered, (DateTimeOffset?)null), (back.Stage, back.StageChangedAt, back.ClosedAt));
        Assert.Equal(0, h.Read(db => db.DealStageChanges.Count(c => c.DealId == deal.Id && c.To == DealStage.Won)));
    }
}
