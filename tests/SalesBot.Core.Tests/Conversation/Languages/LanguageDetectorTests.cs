using System.Text.Json;
using SalesBot.Core.Conversation.Languages;

namespace SalesBot.Core.Tests.Conversation.Languages;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("spotkanie z Acme", "pl")]
    [InlineData("mail do Acme", "pl")]
    [InlineData("demo u Acme", "pl")]
    [InlineData("telefon do Soylent", "pl")]
    [InlineData("wczoraj demo u Fabrikam", "pl")]
    [InlineData("spotkalem sie z acme wczoraj", "pl")]
    [InlineData("mój pipeline", "pl")]
    [InlineData("cofnij", "pl")]
    [InlineData("встреча с Acme", "ru")]
    [InlineData("KPI за эту неделю", "ru")]
    [InlineData("демо для Initech", "ru")]
    [InlineData("met with Acme", null)]
    [InlineData("call Acme tomorrow", null)]
    [InlineData("demo for Initech", null)]
    [InlineData("undo", null)]
    [InlineData("Acme", null)]
    public void TellsTheLanguageOfAMessage(string text, string? code)
    {
        Assert.Equal(code, LanguageDetector.Detect(text, null)?.Code);
    }

    [Theory]
    [InlineData("Acme", "pl", "pl")]
    [InlineData("Acme", "ru", "ru")]
    [InlineData("demo Acme", "pl", "pl")]
    [InlineData("met with Acme yesterday", "pl", null)]
    [InlineData("spotkanie z Acme", "en", "pl")]
    [InlineData("встреча с Acme", "pl", "ru")]
    public void TakesTheSendersLanguageAsAHintOnly(string text, string hint, string? code)
    {
        Assert.Equal(code, LanguageDetector.Detect(text, hint)?.Code);
    }

    [Fact]
    public void KeepsEveryEnglishCorpusMessageEnglish()
    {
        var corpus = Path.Combine(HeldOutCorpusTests.Folder(), "dev-en.jsonl");
        var lines = File.ReadAllLines(corpus).Where(l => l.Trim().Length > 0).ToList();
        Assert.True(lines.Count >= 80);
        foreach (var line in lines)
        {
            var text = JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!;
            Assert.True(LanguageDetector.Detect(text, null) is null, $"'{text}' was not read as English");
        }
    }
}
