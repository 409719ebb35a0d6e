using System.Globalization;
using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// English: a doubt inside a deal statement ("northwind might be lost", "we probably lost acme") is read without it and
/// proposed; everyday undo phrasings ("scrap the last entry, wrong company", "that's wrong, remove it"); "??" before a
/// help question; "now" before a figure ("bluefen now 31k eur"); a kind of deal ending a lowercase name ("won mossgate
/// renewal"). Near misses: a doubt about anything else writes nothing new; "the renewal" alone moves nothing.
/// </summary>
public class DoubtUndoAndDealKindClassTests
{
    private static string F(string template, string name) => string.Format(CultureInfo.InvariantCulture, template, name);

    private static readonly string[] Deals = ["northwind", "Acme", "brackenridge metals", "Contoso", "oakhurst dental"];

    public static TheoryData<string, string, string> DoubtedMoves()
    {
        var data = new TheoryData<string, string, string>();
        (string Template, string Stage)[] templates =
        [
            ("{0} might be lost", "lost"), ("{0} might be lost, waiting to hear back", "lost"), ("we probably lost {0}", "lost"),
            ("{0} may be lost", "lost"), ("we likely lost {0}", "lost"), ("we possibly lost {0}", "lost"), ("{0} could be lost", "lost"),
            ("we prob lost {0}", "lost"), ("apparently we won {0}", "won"),
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
    [MemberData(nameof(DoubtedMoves))]
    public void ADoubtedMoveIsProposed(string text, string deal, string stage)
    {
        var c = Parse(text);
        Matches(c, "move_deal", $"deal={deal}|stage={stage}");
        Assert.True(c.Confirm, Describe(c));
    }

    [Theory]
    [InlineData("maybe acme")]
    [InlineData("acme might be interested")]
    [InlineData("probably nothing")]
    [InlineData("might be late today")]
    [InlineData("we might lose acme")]
    public void ADoubtAboutSomethingElseMovesNothing(string text)
    {
        var c = Parse(text);
        Assert.False(c.Intent is Intent.MoveDeal or Intent.UpdateDeal && !c.Confirm, Describe(c));
        Assert.NotEqual(Intent.MoveDeal, c.Intent);
    }

    [Theory]
    [InlineData("scrap the last entry, wrong company")]
    [InlineData("scrap that")]
    [InlineData("scrap it")]
    [InlineData("that's wrong, remove it")]
    [InlineData("that's wrong, undo")]
    [InlineData("remove it")]
    [InlineData("delete the last entry")]
    [InlineData("scrap the last one")]
    [InlineData("wrong company, sorry, scrap that")]
    [InlineData("not right, remove it")]
    public void AnEverydayUndoUndoes(string text)
    {
        Matches(Parse(text), "undo", "");
    }

    [Theory]
    [InlineData("scrap the acme deal")]
    [InlineData("remove it from the pipeline")]
    [InlineData("that's wrong, it was Globex")]
    public void AnUndoWordWithMoreSaidIsNoBareUndo(string text)
    {
        Assert.NotEqual(Intent.Undo, Parse(text).Intent);
    }

    [Theory]
    [InlineData("?? what commands are there")]
    [InlineData("? help")]
    [InlineData("??? what can i type here")]
    public void QuestionMarksBeforeAHelpQuestionAskForHelp(string text)
    {
        Matches(Parse(text), "help", "");
    }

    [Theory]
    [InlineData("bluefen now 31k eur", "bluefen", "31000")]
    [InlineData("bluefen now 31k", "bluefen", "31000")]
    [InlineData("brackenridge metals now 120k", "brackenridge metals", "120000")]
    [InlineData("Acme now 45k", "Acme", "45000")]
    public void NowBeforeAFigureUpdatesTheDeal(string text, string deal, string amount)
    {
        Matches(Parse(text), "update_deal", $"deal={deal}|amount={amount}");
    }

    [Theory]
    [InlineData("call acme now")]
    [InlineData("now 31k")]
    [InlineData("i'm busy now")]
    public void NowWithoutADealAndFigureUpdatesNothing(string text)
    {
        Assert.NotEqual(Intent.UpdateDeal, Parse(text).Intent);
    }

    [Theory]
    [InlineData("WON mossgate renewal!!! 🎉", "mossgate renewal", "won")]
    [InlineData("won mossgate renewal", "mossgate renewal", "won")]
    [InlineData("brindle upgrade lost", "brindle upgrade", "lost")]
    [InlineData("lost halloway expansion", "halloway expansion", "lost")]
    [InlineData("won tarnfield upsell", "tarnfield upsell", "won")]
    public void AKindOfDealEndsALowercaseName(string text, string deal, string stage)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}");
    }

    [Theory]
    [InlineData("won the renewal")]
    [InlineData("lost the upgrade")]
    [InlineData("won renewal")]
    public void AKindOfDealAloneMovesNothing(string text)
    {
        Assert.NotEqual(Intent.MoveDeal, Parse(text).Intent);
    }
}
