using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>A lone question mark asks for help whatever language the sender prefers; "never mind" undoes nothing.</summary>
public class BareHelpTests
{
    private static readonly DateTime Now = new(2026, 11, 18, 10, 0, 0);

    [Theory]
    [InlineData("?", null)]
    [InlineData("??", null)]
    [InlineData(" ? ", "en")]
    [InlineData("?", "pl")]
    [InlineData("???", "pl")]
    [InlineData("?", "ru")]
    public void AsksForHelpWithALoneQuestionMark(string text, string? language)
    {
        var parsed = MessageParser.English.Parse(text, Now, new ParseContext(Lexicon.Empty, language));

        Assert.Equal(Intent.Help, parsed.Intent);
        Assert.Equal(language ?? "en", parsed.Language);
    }

    [Theory]
    [InlineData("!")]
    [InlineData("...")]
    public void LeavesOtherPunctuationUnknown(string text)
    {
        Assert.Equal(Intent.Unknown, MessageParser.English.Parse(text, Now).Intent);
    }

    [Theory]
    [InlineData("never mind", null)]
    [InlineData("nvm", null)]
    [InlineData("nvm", "pl")]
    [InlineData("never mind", "ru")]
    public void NeverUndoesOnNeverMind(string text, string? language)
    {
        var parsed = MessageParser.English.Parse(text, Now, new ParseContext(Lexicon.Empty, language));

        Assert.NotEqual(Intent.Undo, parsed.Intent);
        Assert.False(parsed.Intent.IsWrite());
    }
}
