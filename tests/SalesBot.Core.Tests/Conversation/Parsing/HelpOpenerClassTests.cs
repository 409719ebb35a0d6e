using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Parsing.ParsedCommandAssert;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// Issue 14, session 11: a how-to about the bot itself ("how do i use this thing", "how does it work with teams") is
/// help, not only the fixed phrases of the pack: an opener (pack HelpOpeners) with up to four lowercase words after it.
/// Near misses: a capitalised name after it ("how does this Acme deal look") or a question about the numbers ("how
/// does the pipeline look", "how does this week look") is no help request.
/// </summary>
public class HelpOpenerClassTests
{
    private static readonly string[] Openers =
    [
        "how do i use", "how can i use", "how do you use", "how to use", "how do we use", "how am i supposed to use",
    ];

    private static readonly string[] Tails =
    [
        "this thing", "this", "the bot", "salesbot", "you", "it on my phone", "this in teams", "the buttons", "it properly",
        "this bot?", "salesbot on telegram", "it",
    ];

    public static TheoryData<string> HowTos()
    {
        var data = new TheoryData<string>();
        foreach (var opener in Openers)
        {
            foreach (var tail in Tails)
            {
                data.Add($"{opener} {tail}");
            }
        }

        foreach (var whole in new[] { "how does this work", "how does this work?", "how does it work", "how does it work with teams", "how does the bot work", "how does this thing work", "How does this bot work?" })
        {
            data.Add(whole);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HowTos))]
    public void AHowToAboutTheBotIsHelp(string text)
    {
        Matches(Parse(text), "help", string.Empty);
    }

    [Theory]
    [InlineData("how does this Acme deal look")]
    [InlineData("how does the pipeline look")]
    [InlineData("how does this week look")]
    [InlineData("how do i use the Contoso discount in the quote for Fabrikam")]
    public void AQuestionAboutTheWorkIsNoHelpRequest(string text)
    {
        Assert.NotEqual(Intent.Help, Parse(text).Intent);
    }
}
