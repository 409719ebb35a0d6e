using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Demo;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// English asides that must not change the record: "sat in" is no Saturday, a day inside a labelled note is
/// another event's, a hedge in the notes doubts nothing that happened, a possessive ends a lowercase name, the same
/// move said twice is one move. A move asked as a question ("X probably lost?") is proposed with buttons; a
/// question never corrects the last write. Also "fresh deal w X", "undo - why", "kpis vs target" and "her pipeline".
/// </summary>
public class AsidesAndAskedMovesClassTests
{
    private static ParsedCommand Demo(string text) => MessageParser.English.Parse(text, new DateTime(2026, 11, 18, 10, 0, 0), new ParseContext(DemoTeam.Lexicon));

    [Theory]
    [InlineData("teams call with Priya about the pilot, Anna sat in")]
    [InlineData("demo for Acme, ben sat in")]
    [InlineData("met Acme, sat with their cfo for an hour")]
    [InlineData("call with Acme, Chloe sat on the line")]
    public void SatInIsNoSaturday(string text)
    {
        Matches(Parse(text), "log_activity", "date=2026-11-18");
    }

    [Theory]
    [InlineData("call with Acme sat", "2026-11-14")]
    [InlineData("remind me to call Acme on sat", "2026-11-21")]
    public void SatAloneIsSaturday(string text, string date)
    {
        Matches(Parse(text), Parse(text).Intent == Intent.AddTask ? "add_task" : "log_activity", $"date={date}");
    }

    [Theory]
    [InlineData("quick note on Wide World Importers: Olga's back from leave monday")]
    [InlineData("note on Acme: renewal on friday")]
    [InlineData("note - Globex: board meets thursday")]
    [InlineData("note on pinewell clinics: new budget from monday")]
    public void ADayInsideALabelledNoteIsAnotherEvents(string text)
    {
        Matches(Parse(text), "log_activity", "activity=note|date=2026-11-18");
    }

    [Fact]
    public void APastDayInsideANoteStillDatesIt()
    {
        Matches(Parse("note on contoso: met kevin yesterday, wants pricing"), "log_activity", "activity=note|date=2026-11-17");
    }

    [Theory]
    [InlineData("note - marlow print's buyer retires after new year, new contact tbd", "marlow print")]
    [InlineData("called Acme, they might be interested", "Acme")]
    [InlineData("met Globex, probably budget in Q1", "Globex")]
    [InlineData("met cobalt pier's cfo, they're ready for negotiation", "cobalt pier")]
    public void AHedgeOrAPossessiveInWhatWasSaidDoubtsNothing(string text, string account)
    {
        var c = Parse(text);
        Matches(c, "log_activity", $"account={account}");
        Assert.False(c.Confirm, Describe(c));
    }

    [Theory]
    [InlineData("maybe called Acme yesterday")]
    [InlineData("might have met Globex on monday, not sure")]
    public void AHedgeOnWhatHappenedIsAsked(string text)
    {
        Assert.True(Parse(text).Confirm, Describe(Parse(text)));
    }

    [Theory]
    [InlineData("cinderford's value is now 52k eur", "cinderford")]
    [InlineData("Acme's deal is now 50k", "Acme")]
    public void ThePossessorIsTheDeal(string text, string deal)
    {
        Matches(Parse(text), "update_deal", $"deal={deal}");
    }

    [Theory]
    [InlineData("fabrikam signed! mark it won")]
    [InlineData("Globex won, mark it won")]
    public void TheSameMoveTwiceIsOneMove(string text)
    {
        var c = Demo(text);
        Matches(c, "move_deal", "stage=won");
        Assert.True(c.More is null, Describe(c));
    }

    [Theory]
    [InlineData("adventure works renewal looks shaky, probably lost?", "lost")]
    [InlineData("Acme lost?", "lost")]
    [InlineData("pemberton glass to negotiation?", "negotiation")]
    [InlineData("Globex to proposal?", "proposal")]
    public void AMoveAskedAsAQuestionIsProposed(string text, string stage)
    {
        var c = Demo(text);
        Matches(c, "move_deal", $"stage={stage}");
        Assert.True(c.Confirm, Describe(c));
    }

    [Theory]
    [InlineData("is Acme lost?")]
    [InlineData("did we lose Acme?")]
    [InlineData("why did we lose Acme?")]
    [InlineData("should I move Acme to proposal?")]
    [InlineData("was Acme lost?")]
    [InlineData("it was Globex?")]
    public void AQuestionWritesNothing(string text)
    {
        var c = Parse(text);
        Assert.False(c.Intent.IsWrite() || c.Intent == Intent.Correct, Describe(c));
    }

    [Theory]
    [InlineData("open a fresh deal w tailspin toys - €9k, lead, close feb 5", "tailspin toys")]
    [InlineData("fresh deal with Globex 20k", "Globex")]
    [InlineData("new deal w/ Acme 15k", "Acme")]
    public void AFreshDealWithACompany(string text, string account)
    {
        Matches(Parse(text), "create_deal", $"account={account}");
    }

    [Theory]
    [InlineData("undo - that was meant for northwind not contoso")]
    [InlineData("undo: wrong account")]
    [InlineData("undo — logged it twice")]
    public void UndoThenWhy(string text)
    {
        Matches(Parse(text), "undo", "");
    }

    [Theory]
    [InlineData("team kpis this week vs target")]
    [InlineData("my numbers vs targets this week")]
    [InlineData("kpis vs goal")]
    public void ATargetIsNoRepToCompare(string text)
    {
        var c = Demo(text);
        Assert.Equal(Intent.KpiDigest, c.Intent);
        Assert.True(c.Members is null, Describe(c));
    }

    [Theory]
    [InlineData("what's chloe got in her pipeline", "Chloe")]
    [InlineData("what's Ben got in his pipeline", "Ben")]
    public void HerPipelineIsTheNamedReps(string text, string scope)
    {
        Matches(Demo(text), "show_pipeline", $"scope={scope}");
    }
}
