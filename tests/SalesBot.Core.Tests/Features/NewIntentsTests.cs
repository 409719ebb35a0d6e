using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Features;

public class NewIntentsTests
{
    private static readonly DateOnly Today = new(2026, 11, 16);

    [Fact]
    public async Task ACorrectionMovesTheLastActivityToTheRightAccountAndUndoTakesBackOnlyTheCorrection()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Store.AddAccount(team, "Contoso");
        h.Store.AddAccount(team, "Fabrikam");
        h.Parser.Add("call with Contoso", Say.Log(ActivityType.Call, "Contoso"));
        h.Parser.Add("no wait, that was Fabrikam yesterday", new ParsedCommand(Intent.Correct, 0.9) { Account = "Fabrikam", Date = Today.AddDays(-1) });
        h.Parser.Add("undo", Say.Just(Intent.Undo));

        await h.SendAsync("Anna", "call with Contoso");
        var corrected = await h.SendAsync("Anna", "no wait, that was Fabrikam yesterday");

        Assert.Equal("✎ Corrected: the call is now with Fabrikam, yesterday.", corrected.Text);
        var activity = h.Read(db => db.Activities.Include(a => a.Account).Single());
        Assert.Equal("Fabrikam", activity.Account!.Name);
        Assert.Equal(Today.AddDays(-1), activity.HappenedOn);

        await h.SendAsync("Anna", "undo");
        activity = h.Read(db => db.Activities.Include(a => a.Account).Single());
        Assert.Equal("Contoso", activity.Account!.Name);
        Assert.Equal(Today, activity.HappenedOn);
    }

    [Fact]
    public async Task ACorrectionOfAnAmountAmendsTheDealJustCreated()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Parser.Add("new deal Woodgrove 53k", Say.NewDeal("Woodgrove", "Woodgrove", 53_000));
        h.Parser.Add("oops I meant 35k", new ParsedCommand(Intent.Correct, 0.9) { Amount = 35_000 });

        await h.SendAsync("Anna", "new deal Woodgrove 53k");
        var reply = await h.SendAsync("Anna", "oops I meant 35k");

        Assert.Equal("✎ Corrected Woodgrove: amount €35K.", reply.Text);
        Assert.Equal(35_000, h.Read(db => db.Deals.Single()).Amount);
    }

    [Fact]
    public async Task AddContactStoresRoleAndEmailAtTheAccountAndShowContactsListsThem()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Store.AddAccount(team, "Fabrikam");
        h.Parser.Add("add contact: Sarah Lee, CFO at Fabrikam, sarah.lee@fabrikam.com",
            new ParsedCommand(Intent.AddContact, 0.9) { Contact = "Sarah Lee", Account = "Fabrikam", Role = "CFO", Email = "sarah.lee@fabrikam.com" });
        h.Parser.Add("who's our contact at fabrikam", new ParsedCommand(Intent.ShowContacts, 0.9) { Account = "fabrikam" });

        var added = await h.SendAsync("Anna", "add contact: Sarah Lee, CFO at Fabrikam, sarah.lee@fabrikam.com");
        var shown = await h.SendAsync("Anna", "who's our contact at fabrikam");

        Assert.Equal("✓ New contact: Sarah Lee (CFO, sarah.lee@fabrikam.com) at Fabrikam.", added.Text);
        Assert.Equal("• Sarah Lee, CFO, sarah.lee@fabrikam.com", shown.Text);
        Assert.Equal("Contacts at Fabrikam", shown.Title);
    }

    [Fact]
    public async Task ALostReasonIsKeptOnTheDealAndTheBotDoesNotAskForOne()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Northwind"), anna, "Northwind", DealStage.Proposal);
        h.Parser.Add("lost northwind, they went with Salesforce", Say.Move("Northwind", DealStage.Lost) with { Reason = "went with Salesforce" });
        h.Parser.Add("lost deals this quarter", new ParsedCommand(Intent.ShowDeals, 0.9) { Stage = DealStage.Lost });

        var lost = await h.SendAsync("Anna", "lost northwind, they went with Salesforce");
        var listed = await h.SendAsync("Anna", "lost deals this quarter");

        Assert.Equal("Marked Northwind as lost: went with Salesforce.", lost.Text);
        Assert.Equal("went with Salesforce", h.Read(db => db.Deals.Single()).LostReason);
        Assert.Equal("• Northwind · went with Salesforce", listed.Text);
    }

    [Fact]
    public async Task LastContactNamesWhoSpokeToTheAccountAndWhen()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Parser.Add("call with Litware", Say.Log(ActivityType.Call, "Litware", on: Today.AddDays(-2), notes: "talked pricing"));
        h.Parser.Add("when did we last speak to litware", new ParsedCommand(Intent.LastContact, 0.9) { Account = "litware" });

        await h.SendAsync("Anna", "call with Litware");
        var reply = await h.SendAsync("Anna", "when did we last speak to litware");

        Assert.Equal("Anna had the last contact with Litware: a call, 2 days ago (Nov 14): talked pricing", reply.Text);
    }

    [Fact]
    public async Task DealsClosingListsOnlyThePeriodWithDatesAndARepSeesOnlyTheirOwn()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        var ben = h.Store.AddMember(team, "Ben");
        var contoso = h.Store.AddAccount(team, "Contoso");
        h.Store.AddDeal(team, contoso, anna, "Contoso upgrade", DealStage.Proposal, 40_000);
        h.Store.AddDeal(team, contoso, anna, "Contoso later", DealStage.Lead);
        h.Store.AddDeal(team, contoso, ben, "Contoso support", DealStage.Lead);
        await using (var db = h.Store.CreateDbContext())
        {
            await db.Deals.Where(d => d.Name != "Contoso later").ExecuteUpdateAsync(d => d.SetProperty(x => x.CloseDate, new DateOnly(2026, 11, 28)));
            await db.Deals.Where(d => d.Name == "Contoso later").ExecuteUpdateAsync(d => d.SetProperty(x => x.CloseDate, new DateOnly(2027, 1, 10)));
        }

        h.Parser.Add("which deals are closing this month", new ParsedCommand(Intent.DealsClosing, 0.9) { From = new DateOnly(2026, 11, 1), To = new DateOnly(2026, 11, 30) });

        var reply = await h.SendAsync("Anna", "which deals are closing this month");

        Assert.Equal("• Contoso upgrade · Proposal · closes Sat Nov 28 · €40K", reply.Text);
        Assert.Equal("Deals closing Nov 1 – Nov 30: 1", reply.Title);
    }

    [Fact]
    public async Task InviteAsAManagerMakesAManagersCode()
    {
        using var store = new TestStore();
        var team = store.AddTeam("North");
        store.AddMember(team, "Maria", MemberRole.Manager);
        await using var engine = new ConversationEngine(store, MessageParser.English, new FakeClock(new DateTimeOffset(2026, 11, 16, 8, 0, 0, TimeSpan.Zero)));
        var msg = new Messaging.IncomingMessage(ChannelKind.Console, "console:Maria", Messaging.ChatKind.Private, "Maria", "Maria",
            "invite Bob as a manager", "m1", new DateTimeOffset(2026, 11, 16, 8, 0, 0, TimeSpan.Zero));

        await engine.HandleAsync(msg, CancellationToken.None);

        await using var db = store.CreateDbContext();
        Assert.Equal(MemberRole.Manager, db.JoinCodes.Single().Role);
    }
}
