using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>Games, bets and negated commands never write; a hedged write is only proposed, and the hedge is no name.</summary>
public class NoFalseWriteTests
{
    [Theory]
    [InlineData("przegrałem zakład z kolegą")]
    [InlineData("przegrałam zakład z szefem")]
    [InlineData("wygraliśmy turniej piłkarzyków")]
    [InlineData("wygrałem konkurs firmowy")]
    [InlineData("wygrałam loterię")]
    [InlineData("przegraliśmy mecz w piątek")]
    [InlineData("wygraliśmy quiz w pubie")]
    [InlineData("przegrałem w ping-ponga z kolegą")]
    [InlineData("wygrali ligę")]
    [InlineData("przegrali finał")]
    [InlineData("проиграл коллеге в теннис")]
    [InlineData("проиграла спор с коллегой")]
    [InlineData("выиграли квиз")]
    [InlineData("выиграл турнир по настольному теннису")]
    [InlineData("проиграли матч в пятницу")]
    [InlineData("выиграли конкурс")]
    [InlineData("выиграла лотерею")]
    [InlineData("проиграл пари")]
    public void AGameOrABetIsNoDeal(string text)
    {
        var parsed = Parse(text);
        Assert.True(parsed.Intent is not (Intent.MoveDeal or Intent.UpdateDeal) || parsed.Confirm, Describe(parsed));
    }

    [Theory]
    [InlineData("wygraliśmy Acme licencje", "Acme licencje", "won")]
    [InlineData("Soylent wygrany!", "Soylent", "won")]
    [InlineData("przegraliśmy Initech wdrożenie", "Initech wdrożenie", "lost")]
    [InlineData("выиграли Acme лицензии", "Acme лицензии", "won")]
    [InlineData("проиграли Initech внедрение", "Initech внедрение", "lost")]
    public void ANamedDealStillMoves(string text, string deal, string stage)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}");
    }

    [Theory]
    [InlineData("nie loguj jeszcze spotkania z Budimeksem")]
    [InlineData("nie zapisuj spotkania z Orlenem")]
    [InlineData("nie dodawaj zadania dla Tauronu")]
    [InlineData("nie loguj tego telefonu do Enei")]
    [InlineData("nie wysyłaj maila do Pesy")]
    [InlineData("nie przesuwaj Acme do negocjacji")]
    [InlineData("не записывай встречу с Лукойлом")]
    [InlineData("не логируй звонок в Яндекс")]
    [InlineData("не добавляй задачу по Аэрофлоту")]
    [InlineData("не двигай Acme на переговоры")]
    [InlineData("не отправляй письмо в МегаФон")]
    public void ANegatedCommandWritesNothing(string text)
    {
        Matches(Parse(text), "unknown");
    }

    [Theory]
    [InlineData("może zadzwonię do Orlenu")]
    [InlineData("chyba zadzwonię jutro do Tauronu")]
    [InlineData("umowa z Tauronem chyba podpisana")]
    [InlineData("Acme chyba wygrany")]
    [InlineData("chyba spotkałem się wczoraj z Budimeksem")]
    [InlineData("może wyślę ofertę do Enei")]
    [InlineData("Hooli prawdopodobnie do negocjacji")]
    [InlineData("может, позвоню в Яндекс")]
    [InlineData("договор с Аэрофлотом вроде подписан")]
    [InlineData("Acme вроде выиграли")]
    [InlineData("кажется, встречался вчера с Лукойлом")]
    [InlineData("наверное, отправлю КП в МегаФон")]
    [InlineData("Hooli возможно на переговоры")]
    public void AHedgedWriteIsOnlyProposed(string text)
    {
        var parsed = Parse(text);
        Assert.True(!parsed.Intent.IsWrite() || parsed.Confirm, Describe(parsed));
        foreach (var name in new[] { parsed.Account, parsed.Deal, parsed.Contact })
        {
            Assert.True(name is null || !(name.Contains("chyba") || name.Contains("może") || name.Contains("вроде") || name.Contains("может") || name.Contains("прав")), Describe(parsed));
        }
    }
}
