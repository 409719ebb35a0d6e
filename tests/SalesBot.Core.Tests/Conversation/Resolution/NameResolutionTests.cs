using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation.Resolution;
using SalesBot.Core.Crm;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Conversation.Resolution;

public class NameResolutionTests
{
    [Theory]
    [InlineData("Acme")]
    [InlineData("ACME Corp.")]
    [InlineData("Acme Corp")]
    [InlineData("the acme corporation")]
    public async Task AcmeVariantsAreOneAccount(string written)
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Store.AddAccount(team, "Acme Corp");
        h.Parser.Add(written, Say.Log(ActivityType.Call, written));

        var reply = await h.SendAsync("Anna", written);

        Assert.Contains("Logged a call with Acme Corp", reply.Text);
        Assert.DoesNotContain("New account", reply.Text);
        Assert.Equal(1, h.Read(db => db.Accounts.Count()));
    }

    [Theory]
    [InlineData("Contosso")]
    [InlineData("contoso ltd")]
    [InlineData("Contso")]
    public async Task CloseMisspellingsMatchTheExistingAccount(string written)
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Store.AddAccount(team, "Contoso");
        h.Store.AddAccount(team, "Fabrikam");
        h.Parser.Add(written, Say.Log(ActivityType.Meeting, written));

        await h.SendAsync("Anna", written);

        Assert.Equal("Contoso", h.Read(db => db.Activities.Include(a => a.Account).Single().Account!.Name));
        Assert.Equal(2, h.Read(db => db.Accounts.Count()));
    }

    [Fact]
    public async Task AsksWhichAcmeWhenTwoFitEquallyAndFinishesOnTheNumber()
    {
        await using var h = TwoAcmes();

        var question = await h.SendAsync("Anna", "met Acme");

        Assert.StartsWith("Which Acme?", question.Text);
        Assert.Contains("1. Acme Logistics", question.Text);
        Assert.Contains("2. Acme Retail", question.Text);
        Assert.Equal(3, question.Buttons.Count);
        Assert.Equal(0, h.Read(db => db.Activities.Count()));

        var done = await h.SendAsync("Anna", "2");

        Assert.Contains("Logged a meeting with Acme Retail", done.Text);
        Assert.Contains(done.Buttons, b => b.Label == "Undo");
        Assert.Equal("Acme Retail", h.Read(db => db.Activities.Include(a => a.Account).Single().Account!.Name));
        Assert.Equal(2, h.Read(db => db.Accounts.Count()));
    }

    [Fact]
    public async Task TheParsersChooseIntentAnswersTooAndOutOfRangeAsksAgain()
    {
        await using var h = TwoAcmes();
        h.Parser.Add("the second one", new Core.Conversation.Parsing.ParsedCommand(Core.Conversation.Parsing.Intent.Choose, 0.9) { Number = 2 });
        await h.SendAsync("Anna", "met Acme");

        var wrong = await h.SendAsync("Anna", "7");
        var done = await h.SendAsync("Anna", "the second one");
        var late = await h.SendAsync("Anna", "the second one");

        Assert.Equal("Please answer with a number from 1 to 3.", wrong.Text);
        Assert.Contains("Logged a meeting with Acme Retail", done.Text);
        Assert.Contains("no open question", late.Text);
        Assert.Equal(1, h.Read(db => db.Activities.Count()));
    }

    [Fact]
    public async Task AButtonPressFinishesTheQuestionAndCanCreateANewAccount()
    {
        await using var h = TwoAcmes();
        var question = await h.SendAsync("Anna", "met Acme");
        var newAccount = question.Buttons[2];
        Assert.Contains("New account", newAccount.Label);

        var press = h.Message("Anna", "") with { Action = newAccount.Data };
        var done = await h.SendAsync(press);
        var twice = await h.SendAsync(press with { MessageId = "again" });

        Assert.Contains("New account: Acme", done.Text);
        Assert.Contains("closed", twice.Text);
        Assert.Equal(3, h.Read(db => db.Accounts.Count()));
        Assert.Equal(1, h.Read(db => db.Activities.Count()));
    }

    [Fact]
    public async Task ADealIsFoundByItsAccountWhenThatAccountHasOneOpenDeal()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        var contoso = h.Store.AddAccount(team, "Contoso");
        h.Store.AddDeal(team, contoso, anna, "Contoso upgrade", DealStage.Qualified);
        h.Store.AddDeal(team, contoso, anna, "Contoso 2024 renewal", DealStage.Won);
        h.Parser.Add("Contoso to proposal", Say.Move("Contoso", DealStage.Proposal));

        var reply = await h.SendAsync("Anna", "Contoso to proposal");

        Assert.Contains("Contoso upgrade: Qualified → Proposal", reply.Text);
    }

    [Fact]
    public async Task AnAccountWithTwoOpenDealsIsAskedAbout()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        var contoso = h.Store.AddAccount(team, "Contoso");
        h.Store.AddDeal(team, contoso, anna, "Contoso upgrade", DealStage.Qualified);
        h.Store.AddDeal(team, contoso, anna, "Contoso licences", DealStage.Lead);
        h.Parser.Add("Contoso to proposal", Say.Move("Contoso", DealStage.Proposal));

        var question = await h.SendAsync("Anna", "Contoso to proposal");
        Assert.StartsWith("Which Contoso deal?", question.Text);

        var done = await h.SendAsync("Anna", "1");
        Assert.Contains("→ Proposal", done.Text);
        Assert.Equal(1, h.Read(db => db.Deals.Count(d => d.Stage == DealStage.Proposal)));
    }

    [Fact]
    public void ScoresEqualKeysAboveWordPrefixesAboveMisspellings()
    {
        Assert.Equal(100, NameMatch.Score("contoso", "contoso"));
        Assert.Equal(90, NameMatch.Score("acme", "acme logistics"));
        Assert.InRange(NameMatch.Score("contosso", "contoso"), 85, 99);
        Assert.True(NameMatch.Score("northwind", "fabrikam") < NameMatch.Weak);
    }

    /// <summary>Anna of North, two accounts that "Acme" fits equally, and "met Acme" understood as a meeting with Acme.</summary>
    private static EngineHarness TwoAcmes()
    {
        var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Store.AddAccount(team, "Acme Logistics");
        h.Store.AddAccount(team, "Acme Retail");
        h.Parser.Add("met Acme", Say.Log(ActivityType.Meeting, "Acme"));
        return h;
    }
}
