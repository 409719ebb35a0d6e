using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// An activity, then the deal's move in the same message: "..., Nexaro przechodzi do etapu oferty", "..., Агроника
/// переходит на этап КП", "..., potem przesuń X na propozycję", "..., więc przesuwam ich na etap oferty". Near misses:
/// talk about an offer after the activity stays its note.
/// </summary>
public class ActivityThenStageMoveClassTests
{
    private static readonly (string Activity, string Account)[] PolishActivities =
    [
        ("wizyta u Nexaro Labs", "Nexaro Labs"), ("spotkanie z Elbrukiem", "Elbruk"), ("demo dla Drukpolu", "Drukpol"), ("dzwoniłem do Kartexu", "Kartex"),
    ];

    private static readonly (string Move, string Stage)[] PolishMoves =
    [
        ("{0} przechodzi do etapu oferty", "proposal"), ("potem przesuń {0} na propozycję", "proposal"), ("potem przesun {0} na propozycje", "proposal"),
        ("{0} jest na etapie negocjacji", "negotiation"), ("przesuwam {0} do negocjacji", "negotiation"), ("{0} przeszedł do negocjacji", "negotiation"),
    ];

    private static readonly (string Activity, string Account)[] RussianActivities =
    [
        ("съездил в Агронику", "Агроника"), ("встреча с Сибтрансом", "Сибтранс"), ("демо для Техностали", "Техносталь"), ("звонил в Ромашку", "Ромашка"),
    ];

    private static readonly (string Move, string Stage)[] RussianMoves =
    [
        ("{0} переходит на этап КП", "proposal"), ("потом переведи {0} на этап переговоров", "negotiation"), ("{0} на этапе переговоров", "negotiation"),
        ("переводим {0} в КП", "proposal"),
    ];

    public static TheoryData<string, string, string> ActivityThenMove()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (activities, moves) in new[] { (PolishActivities, PolishMoves), (RussianActivities, RussianMoves) })
        {
            foreach (var (activity, account) in activities)
            {
                foreach (var (move, stage) in moves)
                {
                    var deal = account.Split(' ')[0];
                    data.Add($"{activity}, {string.Format(move, deal)}", account, stage);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ActivityThenMove))]
    public void AnActivityThenAMoveAreBothKept(string text, string account, string stage)
    {
        var c = Parse(text);
        Matches(c, "log_activity", $"account={account}");
        var more = Assert.Single(c.More ?? []);
        Matches(more, "move_deal", $"stage={stage}");
    }

    [Theory]
    [InlineData("spotkanie z Agrovitą, chcą ofertę więc przesuwam ich na etap oferty", "proposal")]
    [InlineData("demo dla Kartexu, podobało się, dlatego przesuwam ich do negocjacji", "negotiation")]
    [InlineData("встреча с Агроникой, хотят КП, поэтому переводим их на этап КП", "proposal")]
    public void ASoThenAMoveOfThemMovesTheDealSpokenOf(string text, string stage)
    {
        var c = Parse(text);
        Assert.Equal(Intent.LogActivity, c.Intent);
        Matches(Assert.Single(c.More ?? []), "move_deal", $"stage={stage}");
    }

    [Theory]
    [InlineData("spotkanie z Acme, rozmawialiśmy o ofercie")]
    [InlineData("spotkanie z Acme, pytali o ofertę")]
    [InlineData("встреча с Acme, обсудили КП")]
    [InlineData("звонил в Acme, спрашивали про переговоры")]
    public void TalkAboutAnOfferAfterTheActivityMovesNothing(string text)
    {
        var c = Parse(text);
        Assert.Equal(Intent.LogActivity, c.Intent);
        Assert.DoesNotContain(c.More ?? [], m => m.Intent == Intent.MoveDeal);
    }
}
