using SalesBot.Core.Conversation.Parsing;
using static SalesBot.Core.Tests.Conversation.Languages.LanguageAssert;

namespace SalesBot.Core.Tests.Conversation.Languages;

/// <summary>
/// Everyday words reps use that the packs lacked: questions about what is left to do, a "no" before an undo, plan
/// headers ("mam w planie", "приоритеты на день"), "jednak" before a figure, meals as meetings, "teamsa", "извиняюсь"
/// as a correction, infinitives that are errands ("закрыть документы"), and a guess in a note that leaves the logged
/// activity sure. Each with near misses.
/// </summary>
public class EverydayPolishRussianWordsClassTests
{
    [Theory]
    [InlineData("co mam zaległe?")]
    [InlineData("co mam zaległe")]
    [InlineData("co mam dzisiaj do zrobienia")]
    [InlineData("co mam dziś do zrobienia?")]
    [InlineData("zaległe zadania")]
    [InlineData("co mi zostało")]
    [InlineData("что у меня просрочено?")]
    [InlineData("просроченные задачи")]
    [InlineData("что осталось сделать")]
    [InlineData("что горит?")]
    public void AQuestionAboutWhatIsLeftShowsTasks(string text)
    {
        Matches(Parse(text), "show_tasks");
    }

    [Theory]
    [InlineData("nie, to błąd, wycofaj")]
    [InlineData("nie, cofnij")]
    [InlineData("nie nie, cofnij to")]
    [InlineData("нет, ошибка, отмени")]
    [InlineData("нет, отмени это")]
    [InlineData("to błąd, cofnij")]
    public void ANoThenUndoWordsUndoes(string text)
    {
        Matches(Parse(text), "undo");
    }

    [Theory]
    [InlineData("nie, to było wczoraj")]
    [InlineData("nie cofaj niczego")]
    [InlineData("błąd w fakturze")]
    [InlineData("нет, это было вчера")]
    public void ANoWithSomethingElseIsNoUndo(string text)
    {
        Assert.NotEqual(Intent.Undo, Parse(text).Intent);
    }

    [Theory]
    [InlineData("na dzisiaj mam w planie: Termokan negocjacje; Quorvis follow-up; porządki w CRM", 3)]
    [InlineData("w planie mam: Acme, Globex", 2)]
    [InlineData("priorytety na dziś: 1) Acme 2) Globex", 2)]
    [InlineData("приоритеты на день: 1) Волгатрейд договор 2) выезд в Промвектор", 2)]
    [InlineData("приоритеты на сегодня: Acme, Globex, отчёт", 3)]
    [InlineData("у меня в планах: Acme; Globex", 2)]
    public void APlanHeaderInEverydayWordsSetsThePlan(string text, int items)
    {
        var c = Parse(text);
        Matches(c, "set_plan");
        Assert.Equal(items, c.Items?.Count);
    }

    [Theory]
    [InlineData("Agrovita jednak 1,9 mln zł", "Agrovita", "1900000")]
    [InlineData("Drukpol ostatecznie 250 tys. zł", "Drukpol", "250000")]
    [InlineData("Lakmar finalnie 80 tys. zł", "Lakmar", "80000")]
    public void AFigureAfterJednakUpdatesTheDeal(string text, string deal, string amount)
    {
        Matches(Parse(text), "update_deal", $"deal={deal}|amount={amount}");
    }

    [Theory]
    [InlineData("wczoraj byliśmy na obiedzie z prezesem Farmapolu", "Farmapol")]
    [InlineData("bylismy na kolacji z zarządem Drukpolu", "Drukpol")]
    [InlineData("zjedliśmy obiad z szefem Kartexu", "Kartex")]
    [InlineData("вчера обедали с директором Стройресурса", "Стройресурс")]
    [InlineData("ужинали с директором Сибтранса", "Сибтранс")]
    [InlineData("пили кофе с директором Агроники", "Агроника")]
    public void AMealWithAClientIsAMeeting(string text, string account)
    {
        Matches(Parse(text), "log_activity", $"activity=meeting|account={account}");
    }

    [Theory]
    [InlineData("w poniedzialek mialem teamsa z Okrętexem", "Okrętex")]
    [InlineData("teamsa z Drukpolem dziś", "Drukpol")]
    [InlineData("miałem zooma z Kartexem", "Kartex")]
    public void ATeamsOrZoomCallIsLogged(string text, string account)
    {
        var c = Parse(text);
        Matches(c, "log_activity", $"account={account}");
        Assert.True(c.Activity is SalesBot.Core.Crm.ActivityType.Call or SalesBot.Core.Crm.ActivityType.Meeting, Describe(c));
    }

    [Theory]
    [InlineData("новая сделка Севкабель 400 тыс. руб, извиняюсь, 450 тыс. руб", "450000")]
    [InlineData("новая сделка Сибтранс 1 млн руб, пардон, 1,2 млн руб", "1200000")]
    [InlineData("новая сделка Агроника 300 тыс. руб, извините, 350 тыс. руб", "350000")]
    public void AnApologyCorrectsTheFigureJustSaid(string text, string amount)
    {
        Matches(Parse(text), "create_deal", $"amount={amount}");
    }

    [Theory]
    [InlineData("до конца месяца закрыть документы по Промвектору", "2026-11-30")]
    [InlineData("к пятнице оформить договор с Агроникой", "2026-11-20")]
    [InlineData("завтра выставить счёт Сибтрансу", "2026-11-19")]
    [InlineData("do piątku podpisać umowę z Drukpolem", "2026-11-20")]
    [InlineData("jutro wystawić fakturę dla Kartexu", "2026-11-19")]
    public void AnErrandInfinitiveWithADayIsATask(string text, string date)
    {
        Matches(Parse(text), "add_task", $"date={date}");
    }

    [Theory]
    [InlineData("короче вчера обедали с директором Стройресурса и похоже в январе будет тендер")]
    [InlineData("wczoraj spotkanie z Acme, chyba podpiszą w styczniu")]
    [InlineData("звонил в Сибтранс, кажется им интересно")]
    public void AGuessInTheNoteLeavesTheActivitySure(string text)
    {
        var c = Parse(text);
        Matches(c, "log_activity");
        Assert.False(c.Confirm, Describe(c));
    }

    [Theory]
    [InlineData("кажется вчера звонил в Acme")]
    [InlineData("chyba wczoraj dzwoniłem do Acme")]
    [InlineData("звонил в Лесоторг, но это не точно")]
    [InlineData("dzwoniłem do Acme, ale to nie jest pewne")]
    public void AGuessAboutTheActivityItselfIsAsked(string text)
    {
        var c = Parse(text);
        Matches(c, "log_activity");
        Assert.True(c.Confirm, Describe(c));
    }

    [Theory]
    [InlineData("Ксюша говорит, Лесоторг может перейти к переговорам, но это не точно")]
    [InlineData("Ксюша говорит, что Лесоторг думает")]
    [InlineData("директор говорит, что бюджета нет")]
    [InlineData("Marek mówi, że Acme się zastanawia")]
    public void AVerbThatDiffersOnlyInItsEndingIsNoTypoOfAnActivity(string text)
    {
        Assert.NotEqual(Intent.LogActivity, Parse(text).Intent);
    }

    [Theory]
    [InlineData("nowy lead: Kelmora, ok. 50 tys. euro", "50000")]
    [InlineData("nowa szansa Drukpol ok. 120 tys. zł", "120000")]
    [InlineData("новая сделка Сибтранс, ок. 40 тыс. евро", "40000")]
    public void TheDotOfAnApproximationKeepsTheFigure(string text, string amount)
    {
        Matches(Parse(text), "create_deal", $"amount={amount}");
    }

    [Theory]
    [InlineData("dzwoniłem do Acme. 50 tys. dla Globex")]
    [InlineData("spotkanie z Acme o 10. Potem telefon do Globex")]
    public void ADotAfterANameOrAnHourStillEndsTheSentence(string text)
    {
        Assert.Equal(Intent.LogActivity, Parse(text).Intent);
    }
}
