using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// Why, then the undo as the message's last part: "oops, that last one was the wrong firm - take it back", "no, that was
/// fabrikam not contoso - undo it". Near misses: an undo word inside a note ("he wants us to delete it"), a deal whose
/// note says to scrap something else.
/// </summary>
public class UndoAfterReasonClassTests
{
    public static TheoryData<string> Reasons()
    {
        var data = new TheoryData<string>();
        foreach (var why in new[] { "oops, that last one was the wrong firm", "no, that was fabrikam not contoso", "wrong account sorry", "that went to the wrong deal", "my mistake", "ugh, typo in the company" })
        {
            foreach (var sep in new[] { " - ", ", ", " — ", "; " })
            {
                foreach (var undo in new[] { "take it back", "undo it", "undo that", "scratch that", "delete that", "revert it" })
                {
                    data.Add(why + sep + undo);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Reasons))]
    public void AReasonThenAnUndoIsAnUndo(string text)
    {
        Matches(Parse(text), "undo", "");
    }

    [Theory]
    [InlineData("called Acme, he wants us to delete it", "log_activity")]
    [InlineData("new deal with Acme, 40k, scrap the old one", "create_deal")]
    [InlineData("met Contoso, moving them to proposal", "log_activity")]
    public void AnUndoWordInsideAFactIsNoUndo(string text, string intent)
    {
        Matches(Parse(text), intent, "");
    }
}
