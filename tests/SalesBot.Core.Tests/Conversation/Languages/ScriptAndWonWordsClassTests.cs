using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// A word written in a pack's own script is evidence of it even when every pack knows it ("Quintel 90 тыс" is Russian,
/// and the bare name with an amount is proposed); a Latin word with one Polish letter is not ("new deal Fabrikam demo
/// kit 30 000 zł" stays English). "X наш!", "Optivo jest nasz!" are wins; a stage word never takes the word after a
/// comma as its deal ("сделка выиграна, оплата в декабре").
/// </summary>
public class ScriptAndWonWordsClassTests
{
    [Theory]
    [InlineData("Quintel 90 тыс", "ru", "90000")]
    [InlineData("Norsa 1,5 млн", "ru", "1500000")]
    [InlineData("Brevio 250 тыс. руб", "ru", "250000")]
    public void AWordInItsScriptNamesTheLanguage(string text, string language, string amount)
    {
        var c = Parse(text);
        Assert.Equal(language, c.Language);
        Assert.True(c.Confirm, Describe(c));
        Assert.Equal(amount, c.Amount?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("new deal Fabrikam demo kit 30 000 zł")]
    [InlineData("new deal with Contoso for 40k zł")]
    public void ALatinWordWithOnePolishLetterStaysEnglish(string text)
    {
        Assert.Equal("en", Parse(text).Language);
    }

    [Theory]
    [InlineData("Гидроресурс наш! сделка выиграна, оплата в декабре", "Гидроресурс")]
    [InlineData("Тепломаш наш!", "Тепломаш")]
    [InlineData("Рыбпром теперь наш", "Рыбпром")]
    [InlineData("Optivo jest nasz!", "Optivo")]
    [InlineData("Kornpol nasz!", "Kornpol")]
    public void OursIsAWin(string text, string deal)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage=won|more=0");
    }

    [Theory]
    [InlineData("сделка выиграна, оплата в декабре")]
    [InlineData("umowa podpisana, płatność w grudniu")]
    public void AStageNamesNoDealPastAComma(string text)
    {
        var c = Parse(text);
        Assert.True(c.Deal is null || c.Confirm, Describe(c));
    }

    [Theory]
    [InlineData("wygraliśmy Optivo", "Optivo", "won")]
    [InlineData("проиграли: Тепломаш", "Тепломаш", "lost")]
    public void ADealAfterItsStageStillMoves(string text, string deal, string stage)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}");
    }
}
