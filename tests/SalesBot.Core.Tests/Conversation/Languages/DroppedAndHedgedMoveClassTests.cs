using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// Words that say something fell through ("odpada", "nam uciekł", "отваливаются", "отказалась"): beside a deal alone
/// the deal is lost, asked first when the rep hedges ("chyba", "raczej", "похоже", "не уверен"); beside an activity
/// the activity was called off and nothing is logged ("spotkanie z Acme odpada", "демо для Acme отменяется").
/// </summary>
public class DroppedAndHedgedMoveClassTests
{
    private static readonly string[] PolishDeals = ["Ferrotech", "Koltrans", "Nexaro Labs", "Termokan", "Drukpol"];
    private static readonly string[] PolishDropped = ["odpada", "odpadnie", "nam uciekł", "zrezygnowali", "odmówili", "wycofali się", "poszli do konkurencji"];
    private static readonly string[] PolishHedges = ["chyba", "raczej", "prawdopodobnie", "pewnie"];
    private static readonly string[] RussianDeals = ["Aristo Foods", "Агроника", "Сибтранс", "Северлес", "Техносталь"];
    private static readonly string[] RussianDropped = ["отваливаются", "отказалась", "отказались", "соскочили", "отпадает", "передумали", "ушли к конкурентам"];
    private static readonly string[] RussianHedges = ["похоже", "вроде", "кажется", "видимо"];

    public static TheoryData<string, string, bool> Dropped()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var (deals, words, hedges) in new[] { (PolishDeals, PolishDropped, PolishHedges), (RussianDeals, RussianDropped, RussianHedges) })
        {
            for (var d = 0; d < deals.Length; d++)
            {
                foreach (var word in words)
                {
                    data.Add($"{deals[d]} {word}", deals[d], false);
                    data.Add($"{deals[d]} {hedges[d % hedges.Length]} {word}", deals[d], true);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Dropped))]
    public void ADealThatFellThroughIsLostAndAskedWhenHedged(string text, string deal, bool hedged)
    {
        var c = Parse(text);
        Matches(c, "move_deal", $"deal={deal}|stage=lost");
        Assert.True(c.Confirm == hedged, $"{text}: confirm {c.Confirm}, expected {hedged}");
    }

    [Theory]
    [InlineData("Brightlane to już chyba negocjacje, nie jestem pewien", "Brightlane", "negotiation")]
    [InlineData("Drukpol jest chyba na etapie oferty", "Drukpol", "proposal")]
    [InlineData("Северлес вроде готов к переговорам, не уверен", "Северлес", "negotiation")]
    [InlineData("Сибтранс кажется на этапе КП", "Сибтранс", "proposal")]
    [InlineData("chyba Termokan nam uciekł, ale jeszcze nie wiem na pewno", "Termokan", "lost")]
    public void AHedgedStageIsAskedFirst(string text, string deal, string stage)
    {
        var c = Parse(text);
        Matches(c, "move_deal", $"deal={deal}|stage={stage}|notes=");
        Assert.True(c.Confirm);
    }

    [Theory]
    [InlineData("Nexaro Labs odpada - brak budżetu", "brak budżetu")]
    [InlineData("Агроника отказалась — дорого", "дорого")]
    [InlineData("Koltrans raczej odpada, cisza od 2 tyg", "cisza od 2 tyg")]
    public void AReasonAfterTheDropIsKept(string text, string reason)
    {
        Matches(Parse(text), "move_deal", $"stage=lost|notes={reason}");
    }

    [Theory]
    [InlineData("spotkanie z Acme odpada")]
    [InlineData("jutrzejsze demo dla Drukpolu odpada")]
    [InlineData("wizyta w Kartexie odpada, zrezygnowali")]
    [InlineData("demo u Hydrosanu, zrezygnowali")]
    [InlineData("демо для Acme отменяется")]
    [InlineData("встреча с Acme отпадает")]
    [InlineData("звонок с Сибтрансом отменяется")]
    [InlineData("встреча с Агроникой, они передумали")]
    public void AnActivityThatFellThroughLogsNothing(string text)
    {
        var c = Parse(text);
        Assert.NotEqual(Intent.LogActivity, c.Intent);
        Assert.NotEqual(Intent.MoveDeal, c.Intent);
    }

    [Theory]
    [InlineData("mamy już ofertę od Acme")]
    [InlineData("oferta dla Acme chyba jutro")]
    [InlineData("у Acme вроде новое КП")]
    public void ADoubtAloneMovesNothing(string text)
    {
        Assert.NotEqual(Intent.MoveDeal, Parse(text).Intent);
    }
}
