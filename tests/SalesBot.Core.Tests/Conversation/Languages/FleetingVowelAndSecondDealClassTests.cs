using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// Polish and Russian: a fleeting e in men's names ("ze Sławkiem", "Tadkowi", "Michała Stępnia"); "jest już
/// zakwalifikowana"; "tydzień nr 39"; "poszli do konkurencji", "ушел к конкурентам" are losses; "zmienia się na",
/// "меняется на" change the amount; a second clause naming a deal and its stage after an activity is a move
/// ("spotkanie w X, szansę X hala B przesuń na etap oferty"); "chociaż nie, to było w piątek", "Стоп, это было в
/// пятницу" correct the day. Near misses: women's surnames in the nominative ("Nowicka", "Kowalska"), a stage only
/// talked about in a note.
/// </summary>
public class FleetingVowelAndSecondDealClassTests
{
    [Theory]
    [InlineData("spotkanie ze Sławkiem z Elkopu", "Sławek")]
    [InlineData("rozmawiałem z Tadkiem z Optivo", "Tadek")]
    [InlineData("wysłałem ofertę Wojtkowi z Optivo", "Wojtek")]
    [InlineData("spotkanie z Bartkiem z Kornpolu", "Bartek")]
    [InlineData("dzwoniłem do Michała Stępnia ze Stalgoru", "Michał Stępień")]
    [InlineData("dzwoniłem do Tadka z Optivo", "Tadek")]
    public void AFleetingEComesBack(string text, string contact)
    {
        Matches(Parse(text), "log_activity", $"contact={contact}");
    }

    [Theory]
    [InlineData("pisała Nowicka z Tauronu", "Nowicka")]
    [InlineData("spotkanie z Agnieszką z Optivo", "Agnieszka")]
    [InlineData("dzwoniła Kowalska z Optivo", "Kowalska")]
    public void WomenKeepTheirNames(string text, string contact)
    {
        Matches(Parse(text), "log_activity", $"contact={contact}");
    }

    [Theory]
    [InlineData("szansa Janmar jest juz zakwalifikowana", "Janmar", "qualified")]
    [InlineData("Optivo jest już na etapie oferty", "Optivo", "proposal")]
    [InlineData("Лесоторг ушел к конкурентам, сделка проиграна", "Лесоторг", "lost")]
    [InlineData("Тепломаш выбрали конкурента", "Тепломаш", "lost")]
    [InlineData("Optivo poszli do konkurencji", "Optivo", "lost")]
    [InlineData("Kornpol wybrali konkurencję", "Kornpol", "lost")]
    public void StageWords(string text, string deal, string stage)
    {
        Matches(Parse(text), "move_deal", $"deal={deal}|stage={stage}");
    }

    [Theory]
    [InlineData("statystyki za tydzień nr 39", "2026-W39")]
    [InlineData("KPI za tydzień nr 40", "2026-W40")]
    [InlineData("KPI за неделю № 41", "2026-W41")]
    public void ANumberSignBeforeTheWeek(string text, string week)
    {
        Matches(Parse(text), "kpi_digest", $"week={week}");
    }

    [Theory]
    [InlineData("kwota dla Janmaru zmienia się na 95 tys. zł", "Janmar", "95000")]
    [InlineData("сумма по Тепломашу меняется на 300 тыс. руб", "Тепломаш", "300000")]
    public void AnAmountThatChanges(string text, string deal, string amount)
    {
        Matches(Parse(text), "update_deal", $"deal={deal}|amount={amount}");
    }

    [Theory]
    [InlineData("spotkanie w Kalmexie, szansę Kalmex hala B przesuń na etap oferty", "Kalmex", "Kalmex hala B", "proposal")]
    [InlineData("встреча с Зернотрейдом прошла хорошо, сделку «Зернотрейд элеватор» переводим на стадию переговоров", "Зернотрейд", "Зернотрейд элеватор", "negotiation")]
    [InlineData("dzwoniłem do Optivo, szansę Optivo CRM daj na negocjacje", "Optivo", "Optivo CRM", "negotiation")]
    public void ADealAndItsStageAfterAnActivity(string text, string account, string deal, string stage)
    {
        var c = Parse(text);
        Matches(c, "log_activity", $"account={account}|more=1");
        Matches(c.More![0], "move_deal", $"deal={deal}|stage={stage}");
    }

    [Fact]
    public void AStageInANoteMovesNothing()
    {
        Matches(Parse("spotkanie z Optivo, rozmawialiśmy o szansie na etapie oferty"), "log_activity", "more=0");
    }

    [Theory]
    [InlineData("spotkanie ze Sławkiem z Elkopu wczoraj, chociaż nie, to było w piątek", "2026-11-13")]
    [InlineData("встречался с Вадимом Ильиным из Оптимы вчера. Стоп, это было в пятницу", "2026-11-13")]
    public void ALaterDayPutsItRight(string text, string date)
    {
        Matches(Parse(text), "log_activity", $"date={date}|more=0");
    }
}

/// <summary>A cluster that is no fleeting e stays: "z Bartoszem Wilkiem" is Bartosz Wilk.</summary>
public class FleetingVowelNearMissTests
{
    [Theory]
    [InlineData("kawa z Bartoszem Wilkiem z Gryfbudu w poniedziałek", "Bartosz Wilk")]
    [InlineData("spotkanie z Jankiem Kowalczykiem z Optivo", "Janek Kowalczyk")]
    public void AClusterStays(string text, string contact)
    {
        Matches(Parse(text), "log_activity", $"contact={contact}");
    }
}
