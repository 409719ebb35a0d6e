using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Conversation;

public class DispatchTests
{
    private static readonly DateOnly Today = new(2026, 11, 16);

    [Fact]
    public async Task EveryCommandOfAMessageIsWrittenInOneTurnListedInOneReplyAndUndoneByOneUndo()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Contoso"), anna, "Contoso upgrade", DealStage.Qualified);
        h.Parser.Add("met Contoso today, moving them to proposal, need to send pricing by Fri",
            Say.Log(ActivityType.Meeting, "Contoso") with
            {
                More = [Say.Move("Contoso", DealStage.Proposal), Say.Task("send pricing", Today.AddDays(4))],
            });
        h.Parser.Add("undo", Say.Just(Intent.Undo));

        var reply = await h.SendAsync("Anna", "met Contoso today, moving them to proposal, need to send pricing by Fri");

        var lines = reply.Text.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("✓ Logged a meeting with Contoso.", lines[0]);
        Assert.Equal("✓ Contoso upgrade: Qualified → Proposal.", lines[1]);
        Assert.Contains("send pricing", lines[2]);
        Assert.Equal("Undo", Assert.Single(reply.Buttons).Label);
        Assert.Equal(1, h.Read(db => db.Journal.Count()));
        Assert.Equal(DealStage.Proposal, h.Read(db => db.Deals.Single()).Stage);
        Assert.Equal(1, h.Read(db => db.Tasks.Count()));

        var undone = await h.SendAsync("Anna", "undo");

        Assert.Contains("the meeting with Contoso on Nov 16 and Contoso upgrade Qualified → Proposal and the task", undone.Text);
        Assert.Equal(0, h.Read(db => db.Activities.Count()));
        Assert.Equal(0, h.Read(db => db.Tasks.Count()));
        Assert.Equal(DealStage.Qualified, h.Read(db => db.Deals.Single()).Stage);
    }

    [Fact]
    public async Task ACommandThatAsksStopsTheRestAndTheAnswerFinishesThem()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Store.AddAccount(team, "Acme Retail");
        h.Store.AddAccount(team, "Acme Logistics");
        h.Parser.Add("called acme, remind me to send the deck", Say.Log(ActivityType.Call, "Acme") with { More = [Say.Task("send the deck")] });

        var ask = await h.SendAsync("Anna", "called acme, remind me to send the deck");
        Assert.StartsWith("Which Acme?", ask.Text);
        Assert.Equal(0, h.Read(db => db.Tasks.Count()));

        var reply = await h.SendAsync("Anna", "1");

        Assert.Contains("Logged a call with Acme Logistics", reply.Text);
        Assert.Contains("send the deck", reply.Text);
        Assert.Equal(1, h.Read(db => db.Tasks.Count()));
        Assert.Equal("Acme Logistics", h.Read(db => db.Activities.Include(a => a.Account).Single()).Account!.Name);
    }

    [Fact]
    public async Task AnUnsureParseIsProposedWithYesAndNoAndWrittenOnlyOnYes()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Store.AddAccount(team, "Contoso");
        h.Parser.Add("cld contoso", Say.Log(ActivityType.Call, "Contoso") with { Confirm = true, Confidence = 0.7 });

        var proposal = await h.SendAsync("Anna", "cld contoso");

        Assert.Equal("Log a call with Contoso today?", proposal.Text);
        Assert.Equal(["Yes", "No"], proposal.Buttons.Select(b => b.Label));
        Assert.Equal(0, h.Read(db => db.Activities.Count()));

        var yes = await h.SendAsync(h.Message("Anna", "") with { Action = proposal.Buttons[0].Data });

        Assert.StartsWith("✓ Logged a call with Contoso.", yes.Text);
        Assert.Equal(1, h.Read(db => db.Activities.Count()));
        Assert.Contains(yes.Buttons, b => b.Label == "Undo");
    }

    [Fact]
    public async Task NoOrATypedNoToAProposalWritesNothing()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Parser.Add("cld contoso", Say.Log(ActivityType.Call, "Contoso") with { Confirm = true });
        h.Parser.Add("f/u contoso", Say.Task("follow up with Contoso", Today.AddDays(1)) with { Confirm = true });

        var first = await h.SendAsync("Anna", "cld contoso");
        var pressedNo = await h.SendAsync(h.Message("Anna", "") with { Action = first.Buttons[1].Data });
        var second = await h.SendAsync("Anna", "f/u contoso");
        var typedNo = await h.SendAsync("Anna", "no");

        Assert.Equal("Add the task \"follow up with Contoso\" tomorrow?", second.Text);
        Assert.Equal("OK, I wrote nothing.", pressedNo.Text);
        Assert.Equal("OK, I wrote nothing.", typedNo.Text);
        Assert.Equal(0, h.Read(db => db.Activities.Count() + db.Tasks.Count() + db.Accounts.Count() + db.Journal.Count()));
    }

    [Fact]
    public async Task ATypedYesAnswersAProposalForSeveralCommands()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Contoso"), anna, "Contoso upgrade", DealStage.Qualified);
        h.Parser.Add("contoso call, q2 proposal", Say.Log(ActivityType.Call, "Contoso") with { More = [Say.Move("Contoso", DealStage.Proposal) with { Confirm = true }] });

        var proposal = await h.SendAsync("Anna", "contoso call, q2 proposal");
        var yes = await h.SendAsync("Anna", "yes");

        Assert.Equal("Log a call with Contoso today, then move Contoso to Proposal?", proposal.Text);
        Assert.Contains("Logged a call with Contoso", yes.Text);
        Assert.Contains("Qualified → Proposal", yes.Text);
        Assert.Equal(1, h.Read(db => db.Journal.Count()));
    }

    [Fact]
    public async Task ColleaguesAreStoredAsParticipantsAndShownInTheReplyAndTheDossier()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        var ben = h.Store.AddMember(team, "Ben Ott");
        h.Parser.Add("visited Tailspin w/ Ben", Say.Log(ActivityType.Visit, "Tailspin") with { Colleagues = ["Ben"] });
        h.Parser.Add("show tailspin", Say.Show("Tailspin"));

        var reply = await h.SendAsync("Anna", "visited Tailspin w/ Ben");
        var dossier = await h.SendAsync("Anna", "show tailspin");

        Assert.Contains("With Ben Ott.", reply.Text);
        Assert.Equal(ben.Id, h.Read(db => db.ActivityParticipants.Single()).MemberId);
        Assert.Contains("• visit by Anna and Ben Ott, today", dossier.Text);
    }

    [Fact]
    public async Task AColleagueReadAsTheAccountBecomesAParticipantNotANewAccount()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        var ben = h.Store.AddMember(team, "Ben Ott");
        h.Parser.Add("visited on Monday w/ Ben", Say.Log(ActivityType.Visit, "Ben"));

        var reply = await h.SendAsync("Anna", "visited on Monday w/ Ben");

        Assert.DoesNotContain("New account", reply.Text);
        Assert.Equal(0, h.Read(db => db.Accounts.Count()));
        Assert.Equal(ben.Id, h.Read(db => db.ActivityParticipants.Single()).MemberId);
    }
}
