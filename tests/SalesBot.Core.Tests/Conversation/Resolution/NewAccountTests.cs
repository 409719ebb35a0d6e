using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Conversation.Resolution;

public class NewAccountTests
{
    [Fact]
    public async Task AnUnsureNameNotInTheStoreIsAskedAboutAndCancelWritesNothing()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Parser.Add("fabrikam 2nd demo scheduled for the 12th", Say.Log(ActivityType.Demo, "scheduled") with { Confidence = 0.7 });

        var ask = await h.SendAsync("Anna", "fabrikam 2nd demo scheduled for the 12th");

        Assert.Equal("New account \"scheduled\"?", ask.Text);
        Assert.Equal(["Create", "Cancel"], ask.Buttons.Select(b => b.Label));
        Assert.Equal(0, h.Read(db => db.Accounts.Count() + db.Activities.Count()));

        var cancel = await h.SendAsync(h.Message("Anna", "") with { Action = ask.Buttons[1].Data });

        Assert.Equal("OK, I wrote nothing.", cancel.Text);
        Assert.Equal(0, h.Read(db => db.Accounts.Count() + db.Activities.Count() + db.Journal.Count()));
    }

    [Fact]
    public async Task CreateMakesTheAccountAndFinishesTheLog()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Parser.Add("met woodgrove", Say.Log(ActivityType.Meeting, "woodgrove") with { Confidence = 0.75 });

        var ask = await h.SendAsync("Anna", "met woodgrove");
        var created = await h.SendAsync(h.Message("Anna", "") with { Action = ask.Buttons[0].Data });

        Assert.Contains("New account: woodgrove", created.Text);
        Assert.Equal("woodgrove", h.Read(db => db.Activities.Include(a => a.Account).Single()).Account!.Name);
    }

    [Fact]
    public async Task AConfidentNameIsCreatedWithoutAsking()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Parser.Add("met Northwind", Say.Log(ActivityType.Meeting, "Northwind") with { Confidence = 0.9 });

        var reply = await h.SendAsync("Anna", "met Northwind");

        Assert.Contains("New account: Northwind", reply.Text);
    }
}
