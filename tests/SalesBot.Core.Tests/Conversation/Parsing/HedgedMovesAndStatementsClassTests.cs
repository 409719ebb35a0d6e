using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// English: a deal's move said with a doubt ("could be ready for negotiation", "think we might've lost X", "we're
/// losing X") is proposed with buttons, never written; "X is qualified now, budget confirmed" is a move; "did the demo
/// at X" is a statement, not a question; "the week before last" is a week; two correction markers in a row ("sorry,
/// typo, 36k usd"); "what kind of stuff can i tell you?" is help. Near misses: "did anyone call X?" stays a question,
/// a closed stage in talk ("my phone is dead") moves nothing.
/// </summary>
public class HedgedMovesAndStatementsClassTests
{
    public static TheoryData<string, string, string> Hedged()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var deal in new[] { "novaweld", "tarnby freight", "Brackwell Labs" })
        {
            data.Add($"{deal} could be ready for negotiation? not 100% yet", deal, "negotiation");
            data.Add($"{deal} might be ready for proposal", deal, "proposal");
            data.Add($"think we might've lost {deal}, waiting to hear back", deal, "lost");
            data.Add($"think we might have lost {deal}", deal, "lost");
            data.Add($"pretty sure we might have lost {deal}", deal, "lost");
            data.Add($"pretty sure we're losing {deal}, not confirmed yet", deal, "lost");
            data.Add($"we're losing {deal}", deal, "lost");
            data.Add($"we are losing {deal}", deal, "lost");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Hedged))]
    public void AMoveSaidWithADoubtIsProposed(string text, string deal, string stage)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}|confirm=True");
    }

    [Theory]
    [InlineData("novaweld ready for negotiation", "novaweld", "negotiation")]
    [InlineData("novaweld is ready for proposal", "novaweld", "proposal")]
    [InlineData("fernhill ag is qualified now, budget confirmed", "fernhill ag", "qualified")]
    [InlineData("fernhill ag is in negotiation, legal reviewing", "fernhill ag", "negotiation")]
    [InlineData("tarnby freight is in proposal now; pricing sent", "tarnby freight", "proposal")]
    public void AStageStatementMovesTheDeal(string text, string deal, string stage)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}|confirm=");
    }

    [Theory]
    [InlineData("my phone is dead, call later")]
    [InlineData("the team is in negotiation mode, busy")]
    [InlineData("we're losing time on this")]
    public void TalkMovesNothing(string text)
    {
        var c = Parse(text);
        Assert.True(c.Intent.ToWireName() != "move_deal" || c.Confirm, Describe(c));
    }

    [Theory]
    [InlineData("did the demo at ironvale, hugh loved it", "demo", "ironvale")]
    [InlineData("did a call with ironvale, all good", "call", "ironvale")]
    [InlineData("did the meeting with tarnby freight this morning", "meeting", "tarnby freight")]
    public void DidTheActivityIsAStatement(string text, string activity, string account)
    {
        Matches(Parse(text), "log_activity", $"activity={activity}|account={account}");
    }

    [Fact]
    public void DidTheDemoThenAMoveIsTwoFacts()
    {
        var c = Parse("did the demo at ironvale, hugh loved it. ironvale to negotiation");
        Matches(c, "log_activity", "activity=demo|account=ironvale|more=1");
        Matches(c.More![0], "move_deal", "deal=ironvale|stage=negotiation");
    }

    [Theory]
    [InlineData("did anyone call ironvale this week?")]
    [InlineData("did i log the ironvale call?")]
    [InlineData("did the demo at ironvale happen?")]
    public void AskedItStaysAQuestion(string text)
    {
        var c = Parse(text);
        Assert.False(c.Intent.ToWireName() == "log_activity" && !c.Confirm, Describe(c));
    }

    [Theory]
    [InlineData("kpis for the week before last")]
    [InlineData("kpi digest week before last")]
    [InlineData("team kpis the week before last")]
    public void TheWeekBeforeLastIsTwoBack(string text)
    {
        Matches(Parse(text), "kpi_digest", "week=2026-W45");
    }

    [Theory]
    [InlineData("new deal with ridgeback solar, 33k usd - sorry, typo, 36k usd, close feb 1", "36000")]
    [InlineData("new deal acme 40k, sorry, no, 45k", "45000")]
    [InlineData("new deal with tarnby freight 20k - oops, my bad, 25k", "25000")]
    public void TwoCorrectionMarkersThenTheValue(string text, string amount)
    {
        Matches(Parse(text), "create_deal", $"amount={amount}");
    }

    [Theory]
    [InlineData("what kind of stuff can i tell you?")]
    [InlineData("What kind of things do you understand?")]
    [InlineData("what sort of stuff can i tell you")]
    [InlineData("what kind of questions can i ask")]
    public void WhatKindOfStuffIsHelp(string text)
    {
        Matches(Parse(text), "help", "");
    }
}
