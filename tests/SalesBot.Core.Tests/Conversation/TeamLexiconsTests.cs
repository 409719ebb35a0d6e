using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Conversation;

public class TeamLexiconsTests
{
    [Fact]
    public async Task TheParserGetsTheSendersTeamNamesAndNoOtherTeams()
    {
        await using var h = new EngineHarness();
        var north = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(north, "Anna Berg");
        h.Store.AddMember(north, "Ben Ott");
        var contoso = h.Store.AddAccount(north, "Contoso");
        h.Store.AddDeal(north, contoso, anna, "Contoso upgrade", DealStage.Proposal);
        var south = h.Store.AddTeam("South");
        h.Store.AddMember(south, "Zoe");
        h.Store.AddAccount(south, "Globex");

        await h.SendAsync("Anna Berg", "hello");

        var lexicon = Assert.Single(h.Parser.Contexts).Context.Lexicon;
        Assert.Equal(["Contoso"], lexicon.Accounts.Select(a => a.Name));
        Assert.Equal(new LexiconDeal("Contoso upgrade", "Contoso", "Anna Berg", DealStage.Proposal), Assert.Single(lexicon.Deals));
        Assert.Equal(["Anna Berg", "Ben Ott"], lexicon.Members.Select(m => m.Name));
        Assert.Equal(["Ben"], lexicon.Members[1].Aliases);
    }

    [Fact]
    public async Task TheLexiconIsKeptAcrossMessagesUntilAWriteAddsAName()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Parser.Add("met Northwind", Say.Log(ActivityType.Meeting, "Northwind"));
        h.Parser.Add("kevin at northwind", Say.Log(ActivityType.Call, "Northwind", "Kevin"));

        await h.SendAsync("Anna", "hello");
        await h.SendAsync("Anna", "thanks");
        await h.SendAsync("Anna", "met Northwind");
        await h.SendAsync("Anna", "kevin at northwind");
        await h.SendAsync("Anna", "hello");

        var seen = h.Parser.Contexts.Select(c => c.Context.Lexicon).Distinct().ToList();
        Assert.Same(h.Parser.Contexts[0].Context.Lexicon, h.Parser.Contexts[2].Context.Lexicon);
        var afterAccount = h.Parser.Contexts.Single(c => c.Text == "kevin at northwind").Context.Lexicon;
        Assert.Equal(["Northwind"], afterAccount.Accounts.Select(a => a.Name));
        var afterContact = h.Parser.Contexts.Last().Context.Lexicon;
        Assert.Equal(new LexiconContact("Kevin", "Northwind"), Assert.Single(afterContact.Contacts));
        Assert.Equal(3, seen.Count);
    }

    [Fact]
    public async Task AStageMoveAndAnUndoRefreshTheLexicon()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Contoso"), anna, "Contoso upgrade", DealStage.Qualified);
        h.Parser.Add("contoso upgrade to proposal", Say.Move("Contoso upgrade", DealStage.Proposal));
        h.Parser.Add("undo", Say.Just(Intent.Undo));

        await h.SendAsync("Anna", "contoso upgrade to proposal");
        await h.SendAsync("Anna", "undo");
        await h.SendAsync("Anna", "hello");

        var stages = h.Parser.Contexts.Select(c => Assert.Single(c.Context.Lexicon.Deals).Stage).ToList();
        Assert.Equal([DealStage.Qualified, DealStage.Proposal, DealStage.Qualified], stages);
    }

    [Fact]
    public async Task AKnownSenderIsParsedBeforeQueueingWithTheCachedLexiconAndNotAgain()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Store.AddAccount(team, "Contoso");
        await h.SendAsync("Anna", "hello");

        var msg = h.Message("Anna", "thanks");
        var caller = Environment.CurrentManagedThreadId;
        await h.SendAsync(msg);

        var parses = h.Parser.Contexts.Where(c => c.Text == "thanks").ToList();
        var parse = Assert.Single(parses);
        Assert.Equal(caller, parse.Thread);
        Assert.Same(h.Parser.Contexts[0].Context.Lexicon, parse.Context.Lexicon);
    }

    [Fact]
    public async Task AParseBeforeQueueingWithANameSinceAddedIsParsedAgainByTheWriter()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Parser.Add("met Northwind", Say.Log(ActivityType.Meeting, "Northwind"));
        await h.SendAsync("Anna", "hello");

        // Both queued before the writer handles either: the second was parsed with the lexicon the first changes.
        var first = h.Message("Anna", "met Northwind");
        var second = h.Message("Anna", "thanks");
        await Task.WhenAll(h.Engine.HandleAsync(first, CancellationToken.None), h.Engine.HandleAsync(second, CancellationToken.None));

        var last = h.Parser.Contexts.Last(c => c.Text == "thanks");
        Assert.Equal(["Northwind"], last.Context.Lexicon.Accounts.Select(a => a.Name));
    }
}
