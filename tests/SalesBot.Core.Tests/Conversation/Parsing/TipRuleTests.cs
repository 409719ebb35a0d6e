using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>Tips in every pack's words: "HEAD: text" shares one, "best tips" asks for the list; near misses do neither.</summary>
public class TipRuleTests
{
    private static readonly MessageParser Parser = new(Vocabulary.English);

    private static ParsedCommand Parse(string text) => Parser.Parse(text, new DateTime(2026, 11, 17, 10, 0, 0), ParseContext.None);

    private static readonly string[] Bodies =
    [
        "always send the agenda the day before", "call back within the hour", "bring a printed one-pager, it works",
        "ask for the budget before the demo", "Acme's CFO prefers mornings",
    ];

    public static TheoryData<string, string, string> Shared()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (head, language) in new[]
                 {
                     ("tip", "en"), ("Tip", "en"), ("TIP", "en"), ("pro tip", "en"), ("team tip", "en"), ("lesson learned", "en"),
                     ("porada", "pl"), ("Porada", "pl"), ("wskazówka", "pl"), ("совет", "ru"), ("Совет", "ru"), ("лайфхак", "ru"),
                 })
        {
            foreach (var mark in new[] { ": ", ":", " - ", " — " })
            {
                foreach (var body in Bodies)
                {
                    data.Add($"{head}{mark}{body}", body, language);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Shared))]
    public void AHeadAndAColonShareTheRestAsWritten(string text, string body, string language)
    {
        var p = Parse(text);

        Assert.Equal((Intent.ShareTip, body), (p.Intent, p.Title));
        // Bodies are English here; the head decides only when the body says nothing of its own language.
        Assert.True(p.Language == language || p.Language == "en", p.Language);
    }

    [Theory]
    [InlineData("best tips", "en")]
    [InlineData("Best tips?", "en")]
    [InlineData("show me the best tips", "en")]
    [InlineData("top tips", "en")]
    [InlineData("najlepsze porady", "pl")]
    [InlineData("pokaż najlepsze porady", "pl")]
    [InlineData("лучшие советы", "ru")]
    [InlineData("покажи лучшие советы", "ru")]
    public void TheTeamsBestTipsAreAskedForInEveryPack(string text, string language)
    {
        var p = Parse(text);

        Assert.Equal((Intent.BestTips, language), (p.Intent, p.Language));
    }

    [Theory]
    [InlineData("tip of the iceberg with Acme")]
    [InlineData("tipped the waiter after the Contoso lunch")]
    [InlineData("called Acme, great tip from their CFO")]
    [InlineData("best tips for the Contoso demo?")]
    [InlineData("porady prawne od Orlenu")]
    [InlineData("советую позвонить в Газпром")]
    public void AWordOfATipWithoutItsHeadIsNoTip(string text)
    {
        var p = Parse(text);

        Assert.NotEqual(Intent.ShareTip, p.Intent);
        Assert.NotEqual(Intent.BestTips, p.Intent);
    }

    [Fact]
    public void AHeadWithNothingAfterItIsAnUnsureTipWithNoText()
    {
        var p = Parse("tip:");

        Assert.Equal((Intent.ShareTip, null), (p.Intent, p.Title));
    }
}
