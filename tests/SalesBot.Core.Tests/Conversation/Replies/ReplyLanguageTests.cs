using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Conversation.Replies;

/// <summary>Replies speak the member's language, channel posts the team's.</summary>
public class ReplyLanguageTests
{
    private static async Task SetAsync(EngineHarness h, string? teamLanguage = null, string? memberLanguage = null)
    {
        await using var db = h.Store.CreateDbContext();
        if (teamLanguage is not null)
        {
            await db.Teams.ExecuteUpdateAsync(t => t.SetProperty(x => x.Language, teamLanguage));
        }

        if (memberLanguage is not null)
        {
            await db.Members.ExecuteUpdateAsync(m => m.SetProperty(x => x.Language, memberLanguage));
        }
    }

    [Fact]
    public async Task APolishTeamsChannelHearsAboutStageMovesWinsAndNewDealsInPolish()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("Północ");
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Orlen"), anna, "Orlen flota", DealStage.Qualified, 50_000);
        h.Store.Bind(team, "-100");
        await SetAsync(h, teamLanguage: "pl");
        h.Parser.Add("Orlen flota na etap oferty", Say.Move("Orlen flota", DealStage.Proposal));
        h.Parser.Add("wygraliśmy Orlen flota", Say.Move("Orlen flota", DealStage.Won));
        h.Parser.Add("nowa szansa PKN", Say.NewDeal("PKN", "Orlen"));

        await h.SendAsync("Anna", "Orlen flota na etap oferty");
        await h.SendAsync("Anna", "wygraliśmy Orlen flota");
        await h.SendAsync("Anna", "nowa szansa PKN");

        Assert.Equal(
            ["Anna: Orlen flota: Kwalifikacja → Oferta", "🏆 Anna: wygrana — Orlen flota", "🆕 Anna: nowa szansa PKN (Orlen), Lead"],
            h.TeamPosts());
    }

    [Fact]
    public async Task ARussianTeamShowsAmountsInRussianWhenItAllowsThem()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("Север");
        var ivan = h.Store.AddMember(team, "Иван");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Яндекс"), ivan, "Яндекс", DealStage.Negotiation, 1_500_000);
        h.Store.Bind(team, "-100");
        await SetAsync(h, teamLanguage: "ru");
        await using (var db = h.Store.CreateDbContext())
        {
            await db.Teams.ExecuteUpdateAsync(t => t.SetProperty(x => x.ShowAmountsInChannel, true));
        }

        h.Parser.Add("выиграли Яндекс", Say.Move("Яндекс", DealStage.Won));

        await h.SendAsync("Иван", "выиграли Яндекс");

        Assert.Equal(["🏆 Иван: сделка выиграна — Яндекс, 1,5 млн €"], h.TeamPosts());
    }

    [Fact]
    public async Task HelpComesInTheMembersChosenLanguageEvenOnAnEnglishTeam()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        await SetAsync(h, memberLanguage: "ru");
        h.Parser.Add("help", Say.Just(Intent.Help));

        var reply = await h.SendAsync("Anna", "help");

        Assert.StartsWith("Я записываю в CRM", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnclearMessageIsAnsweredInTheLanguageItWasWrittenIn()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        h.Parser.Add("coś tam coś", new ParsedCommand(Intent.Unknown, 0) { Language = "pl" });
        h.Parser.Add("dzięki", new ParsedCommand(Intent.Unknown, 0) { Language = "pl" });

        var unclear = await h.SendAsync("Anna", "coś tam coś");
        var thanks = await h.SendAsync("Anna", "dzięki");

        Assert.StartsWith("Nie udało się tego zrozumieć, więc nic nie zostało zapisane.", unclear.Text, StringComparison.Ordinal);
        Assert.Equal("Nie ma za co!", thanks.Text);
    }

    [Fact]
    public async Task AMessageTooLongIsRefusedInTheTeamsLanguage()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("Północ");
        h.Store.AddMember(team, "Anna");
        await SetAsync(h, teamLanguage: "pl");

        var reply = await h.SendAsync("Anna", new string('a', 4001));

        Assert.StartsWith("Ta wiadomość ma 4001 znaków", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEnglishTeamStillHearsEnglish()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        var anna = h.Store.AddMember(team, "Anna");
        h.Store.AddDeal(team, h.Store.AddAccount(team, "Contoso"), anna, "Contoso upgrade", DealStage.Qualified);
        h.Store.Bind(team, "-100");
        h.Parser.Add("Contoso upgrade to proposal", Say.Move("Contoso upgrade", DealStage.Proposal));

        await h.SendAsync("Anna", "Contoso upgrade to proposal");

        Assert.Equal(["Anna moved Contoso upgrade: Qualified → Proposal"], h.TeamPosts());
    }
}
