using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Tests.Conversation.Support;
using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// A new deal names its account when its name is a company ("dla Hydrosanu", "w/ Northgale Pharmacy",
/// "Tailspin Toys: relaunch"), and a stage noun before a stage says which one it starts or moves to ("etap
/// kwalifikacja", "стадия переговоры"). Near misses: a deal named with a common word names no account; talk about a
/// stage ("omówiliśmy etap negocjacji") moves nothing.
/// </summary>
public class NewDealAccountAndStageNounClassTests
{
    private static readonly (string Said, string Account)[] PolishCompanies =
    [
        ("dla Hydrosanu", "Hydrosan"), ("z Browarem Zagórze", "Browar Zagórze"), ("Betonit", "Betonit"), ("dla Drukpolu", "Drukpol"),
        ("z Kartexem", "Kartex"), ("Lakmar", "Lakmar"), ("dla Ceramiki Wawel", "Ceramika Wawel"),
    ];

    private static readonly (string Said, string Account)[] RussianCompanies =
    [
        ("с Северлесом", "Северлес"), ("Фармлайн", "Фармлайн"), ("для Сибтранса", "Сибтранс"), ("с Агроникой", "Агроника"),
        ("Helmbrook", "Helmbrook"), ("для Техностали", "Техносталь"),
    ];

    private static readonly (string Said, string Account)[] EnglishCompanies =
    [
        ("w/ Northgale Pharmacy", "Northgale Pharmacy"), ("for Redkite Analytics", "Redkite Analytics"), ("with Bluefen", "Bluefen"),
        ("Mossgate", "Mossgate"), ("for Quillon", "Quillon"), ("with Halvorsen Marine", "Halvorsen Marine"),
    ];

    public static TheoryData<string, string> NamedCompanies()
    {
        var data = new TheoryData<string, string>();
        foreach (var head in new[] { "nowy deal", "dodaj szansę", "utwórz deal", "nowa szansa" })
        {
            foreach (var (said, account) in PolishCompanies)
            {
                data.Add($"{head} {said} na 55 tys. zł", account);
            }
        }

        foreach (var head in new[] { "новая сделка", "заведи сделку", "создай сделку" })
        {
            foreach (var (said, account) in RussianCompanies)
            {
                data.Add($"{head} {said} на 850 тыс. руб.", account);
            }
        }

        foreach (var head in new[] { "new deal", "open a deal", "new opp", "create a deal" })
        {
            foreach (var (said, account) in EnglishCompanies)
            {
                data.Add($"{head} {said}, 120k", account);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NamedCompanies))]
    public void ANewDealForACompanyNamesItsAccount(string text, string account)
    {
        Matches(Parse(text), "create_deal", $"account={account}");
    }

    [Theory]
    [InlineData("dodaj okazję dla Orlenu: flota 2027", "Orlen", "Orlen flota 2027")]
    [InlineData("nowy deal Betonit: serwis, 90 tys. euro", "Betonit", "Betonit serwis")]
    [InlineData("новая сделка для Северстали: автоматизация склада", "Северсталь", "Северсталь автоматизация склада")]
    [InlineData("new opp at Tailspin Toys: relaunch, $9,500", "Tailspin Toys", "Tailspin Toys relaunch")]
    [InlineData("new deal Litware: renewal 2027, 80k", "Litware", "Litware renewal 2027")]
    public void ACompanyThenWhatIsSoldNamesBoth(string text, string account, string deal)
    {
        Matches(Parse(text), "create_deal", $"account={account}|deal={deal}");
    }

    [Theory]
    [InlineData("создай сделку Quantiva лицензии $36k", "Quantiva лицензии")]
    [InlineData("nowy deal Hydrosan serwis 40 tys. zł", "Hydrosan serwis")]
    [InlineData("new deal Contoso upgrade 50k", "Contoso upgrade")]
    [InlineData("new deal Globex phase 2, 75k", "Globex phase 2")]
    public void ADealNamedWithACommonWordLeavesTheAccountToTheTeamsNames(string text, string deal)
    {
        Matches(Parse(text), "create_deal", $"deal={deal}|account=");
    }

    [Theory]
    [InlineData("dodaj szansę dla Hydrosanu na 55 000 zł, etap kwalifikacja", "qualified")]
    [InlineData("nowa szansa Hydrosan, etap oferta", "proposal")]
    [InlineData("nowy deal Kartex 30 tys. zł etap negocjacje", "negotiation")]
    [InlineData("nowa szansa Drukpol, faza kwalifikacja", "qualified")]
    [InlineData("новая сделка Сибтранс 2 млн руб стадия переговоры", "negotiation")]
    [InlineData("создай сделку Quantiva $36k, этап квалификация", "qualified")]
    [InlineData("новая сделка Агроника, этап КП", "proposal")]
    [InlineData("новая сделка Фармлайн 40 тыс. евро, стадия квалификация", "qualified")]
    public void AStageNounSetsTheNewDealsStage(string text, string stage)
    {
        Matches(Parse(text), "create_deal", $"stage={stage}");
    }

    [Theory]
    [InlineData("Hydrosan etap kwalifikacja", "Hydrosan", "qualified")]
    [InlineData("Kartex, etap negocjacje", "Kartex", "negotiation")]
    [InlineData("Сибтранс стадия переговоры", "Сибтранс", "negotiation")]
    [InlineData("Агроника, этап КП", "Агроника", "proposal")]
    public void AStageNounAfterANameMovesTheDeal(string text, string deal, string stage)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}");
    }

    [Theory]
    [InlineData("omówiliśmy etap negocjacji z Acme")]
    [InlineData("rozmawialiśmy o etapie oferty")]
    [InlineData("обсудили стадию переговоров с Acme")]
    [InlineData("говорили про этап КП")]
    [InlineData("etap negocjacji")]
    [InlineData("стадия переговоров")]
    public void TalkAboutAStageMovesNothing(string text)
    {
        Assert.NotEqual(Intent.MoveDeal, Parse(text).Intent);
    }

    [Fact]
    public async Task ANewDealForACompanyAndWhatIsSoldLandsOnTheCompanysAccount()
    {
        using var store = new TestStore();
        var team = store.AddTeam("North");
        store.AddMember(team, "Anna");
        store.AddAccount(team, "Tailspin Toys");
        var at = new DateTimeOffset(2026, 11, 18, 10, 0, 0, TimeSpan.Zero);
        await using var engine = new ConversationEngine(store, MessageParser.English, new FakeClock(at));
        var msg = new Messaging.IncomingMessage(ChannelKind.Console, "console:Anna", Messaging.ChatKind.Private, "Anna", "Anna",
            "new opp at Tailspin Toys: relaunch, $9,500", "m1", at);

        await engine.HandleAsync(msg, CancellationToken.None);

        await using var db = store.CreateDbContext();
        var deal = await db.Deals.Include(d => d.Account).SingleAsync();
        Assert.Equal("Tailspin Toys relaunch", deal.Name);
        Assert.Equal("Tailspin Toys", deal.Account!.Name);
        Assert.Equal(1, await db.Accounts.CountAsync());
    }
}
