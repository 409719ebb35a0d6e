using System.Globalization;
using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// Issue 14, session 9: a stage move typed in lowercase. A stage after "to" ("oakhurst dental to lost"), or a closed
/// stage at the edge of a name with no everyday word ("lost brackenridge metals", "quill & co rollout won") moves the
/// deal; a one-word name is asked first; talk ("we won the game", "lost track of time", "hard to win") moves nothing.
/// </summary>
public class LowercaseMoveClassTests
{
    private static string F(string template, string name) => string.Format(CultureInfo.InvariantCulture, template, name);

    private static readonly string[] Deals = ["brackenridge metals", "oakhurst dental", "norwood 7 labs", "tallow & finch", "quillmore rollout"];

    public static TheoryData<string, string, string> TargetedMoves()
    {
        var data = new TheoryData<string, string, string>();
        (string Template, string Stage)[] templates =
        [
            ("{0} to lost", "lost"), ("{0} to lost - budget frozen", "lost"), ("{0} back to qualified", "qualified"),
            ("{0} back to qualified, they paused", "qualified"), ("{0} to proposal", "proposal"), ("{0} to negotiation", "negotiation"),
            ("{0} into negotiation", "negotiation"), ("{0} to won", "won"), ("{0} -> proposal", "proposal"),
        ];
        foreach (var (template, stage) in templates)
        {
            foreach (var deal in Deals)
            {
                data.Add(F(template, deal), deal, stage);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TargetedMoves))]
    public void ALowercaseDealWithAStageAfterToMoves(string text, string deal, string stage)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}|confirm=");
    }

    public static TheoryData<string, string, string> ClosedAtTheEdge()
    {
        var data = new TheoryData<string, string, string>();
        (string Template, string Stage)[] templates =
        [
            ("lost {0}", "lost"), ("lost {0}, went with a cheaper vendor", "lost"), ("won {0}", "won"), ("won {0}!!!", "won"),
            ("{0} won", "won"), ("{0} won!!! \U0001F973", "won"), ("{0} lost", "lost"), ("{0} lost, no budget", "lost"),
            ("we lost {0}", "lost"), ("we won {0} today", "won"), ("{0} signed", "won"),
        ];
        foreach (var (template, stage) in templates)
        {
            foreach (var deal in Deals)
            {
                data.Add(F(template, deal), deal, stage);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ClosedAtTheEdge))]
    public void ALowercaseDealWithAClosedStageAtItsEdgeMoves(string text, string deal, string stage)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}|confirm=");
    }

    [Theory]
    [InlineData("won copperfield", "copperfield", "won")]
    [InlineData("lost saltwick", "saltwick", "lost")]
    [InlineData("kelvane won", "kelvane", "won")]
    [InlineData("won brightwater, signed at 120k", "brightwater", "won")]
    [InlineData("WON brightwater!! contract signed", "brightwater", "won")]
    [InlineData("signed brightwater, we won", "brightwater", "won")]
    public void AOneWordLowercaseDealIsAskedFirst(string text, string deal, string stage)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}|confirm=True");
    }

    [Theory]
    [InlineData("pretty sure we lost oakhurst dental", "oakhurst dental")]
    [InlineData("think we lost brackenridge metals", "brackenridge metals")]
    public void AHedgedLowercaseLossIsAskedFirst(string text, string deal)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage=lost|confirm=True");
    }

    [Theory]
    [InlineData("we won the game")]
    [InlineData("the kids won")]
    [InlineData("lost track of time")]
    [InlineData("lost my keys")]
    [InlineData("won big at poker")]
    [InlineData("hard to win")]
    [InlineData("we need to win")]
    [InlineData("we lost")]
    [InlineData("lost it")]
    [InlineData("my team won")]
    [InlineData("lost the tender")]
    [InlineData("i lost my voice")]
    [InlineData("we won the raffle")]
    [InlineData("went to dinner")]
    [InlineData("lost the signal on the train")]
    public void TalkMovesNothing(string text)
    {
        var c = Parse(text);

        Assert.False(c.Intent.IsWrite() && !c.Confirm, $"'{text}': {Describe(c)}");
        Assert.NotEqual(Intent.MoveDeal, c.Intent);
    }
}
