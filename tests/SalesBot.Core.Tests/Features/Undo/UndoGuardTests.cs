using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Features.Undo;

public class UndoGuardTests
{
    [Fact]
    public async Task UndoAfterAMessageThatWroteNothingAsksBeforeUndoingTheOlderWrite()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        h.Parser.Add("new deal Contoso 1.2M", Say.NewDeal("Contoso expansion", "Contoso", 1_200_000));
        h.Parser.Add("undo that", Say.Just(Intent.Undo));

        await h.SendAsync("Anna", "new deal Contoso 1.2M");
        h.Clock.Advance(TimeSpan.FromMinutes(12));
        await h.SendAsync("Anna", "how many calls did the team make last week");
        var ask = await h.SendAsync("Anna", "undo that");

        Assert.Equal("The last thing I wrote for you was the new deal Contoso expansion and the new account Contoso, 12 minutes ago. Undo it?", ask.Text);
        Assert.Equal(["Yes", "No"], ask.Buttons.Select(b => b.Label));
        Assert.Equal(1, h.Read(db => db.Deals.Count()));

        var yes = await h.SendAsync(h.Message("Anna", "") with { Action = ask.Buttons[0].Data });

        Assert.StartsWith("↩ Undone: the new deal Contoso expansion", yes.Text);
        Assert.Equal(0, h.Read(db => db.Deals.Count()));
    }

    [Fact]
    public async Task UndoRightAfterTheWriteAndUndoAfterAnUndoDoNotAsk()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Parser.Add("call Contoso", Say.Log(ActivityType.Call, "Contoso"));
        h.Parser.Add("call Fabrikam", Say.Log(ActivityType.Call, "Fabrikam"));
        h.Parser.Add("undo", Say.Just(Intent.Undo));
        await h.SendAsync("Anna", "call Contoso");
        await h.SendAsync("Anna", "call Fabrikam");

        var first = await h.SendAsync("Anna", "undo");
        var second = await h.SendAsync("Anna", "undo");

        Assert.StartsWith("↩ Undone: the call with Fabrikam", first.Text);
        Assert.StartsWith("↩ Undone: the call with Contoso", second.Text);
    }
}
