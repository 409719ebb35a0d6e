using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Features.Preferences;

/// <summary>"odpowiadaj po polsku": the parser read it, but no handler answered it (it fell through to "did you mean").</summary>
public class SetLanguageTests
{
    [Fact]
    public async Task AMemberWhoAsksForPolishIsAnsweredInPolishFromThenOn()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Parser.Add("odpowiadaj po polsku", new ParsedCommand(Intent.SetLanguage, 0.95) { Argument = "pl", Language = "pl" });
        h.Parser.Add("help", Say.Just(Intent.Help));

        var set = await h.SendAsync("Anna", "odpowiadaj po polsku");
        var help = await h.SendAsync("Anna", "help");

        Assert.Equal("Dobrze, od teraz odpisuję Ci po polsku.", set.Text);
        Assert.StartsWith("Zapisuję w CRM", help.Text, StringComparison.Ordinal);
        Assert.Equal("pl", h.Read(db => db.Members.Single()).Language);
    }

    [Fact]
    public async Task BackToEnglishReadsAsEnglish()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("Север");
        h.Store.AddMember(team, "Иван");
        h.Parser.Add("по-русски", new ParsedCommand(Intent.SetLanguage, 0.95) { Argument = "ru", Language = "ru" });
        h.Parser.Add("по-английски", new ParsedCommand(Intent.SetLanguage, 0.95) { Argument = "en", Language = "ru" });

        Assert.Equal("Хорошо, теперь отвечаю вам по-русски.", (await h.SendAsync("Иван", "по-русски")).Text);
        Assert.Equal("OK, I'll answer you in English from now on.", (await h.SendAsync("Иван", "по-английски")).Text);
    }
}
