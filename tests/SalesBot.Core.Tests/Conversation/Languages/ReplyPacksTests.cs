using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Tests.Conversation.Languages;

public class ReplyPacksTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData(null, "en")]
    [InlineData("", "en")]
    [InlineData("en", "en")]
    [InlineData("de", "en")]
    [InlineData("pl", "pl")]
    [InlineData("PL", "pl")]
    [InlineData("pl-PL", "pl")]
    [InlineData("ru", "ru")]
    [InlineData("ru_RU", "ru")]
    public void PicksThePackOfALanguageAndFallsBackToEnglish(string? code, string expected) =>
        Assert.Equal(expected, ReplyPacks.For(code).Code);

    [Theory]
    [InlineData("pl", "en", "pl")]
    [InlineData(null, "ru", "ru")]
    [InlineData("xx", "pl", "pl")]
    [InlineData(null, null, "en")]
    public void PrefersTheMembersLanguageThenTheTeams(string? member, string? team, string expected) =>
        Assert.Equal(expected, ReplyPacks.For(member, team).Code);

    [Theory]
    [InlineData(1, "1 spotkanie")]
    [InlineData(2, "2 spotkania")]
    [InlineData(4, "4 spotkania")]
    [InlineData(5, "5 spotkań")]
    [InlineData(12, "12 spotkań")]
    [InlineData(14, "14 spotkań")]
    [InlineData(21, "21 spotkań")]
    [InlineData(22, "22 spotkania")]
    [InlineData(0, "0 spotkań")]
    public void CountsMeetingsInPolishWithTheRightPluralForm(int n, string expected) =>
        Assert.Equal(expected, ReplyPacks.For("pl").Quantity(Counted.Meeting, n));

    [Theory]
    [InlineData(1, "1 встреча")]
    [InlineData(2, "2 встречи")]
    [InlineData(5, "5 встреч")]
    [InlineData(11, "11 встреч")]
    [InlineData(12, "12 встреч")]
    [InlineData(21, "21 встреча")]
    [InlineData(22, "22 встречи")]
    [InlineData(25, "25 встреч")]
    [InlineData(0, "0 встреч")]
    public void CountsMeetingsInRussianWithTheRightPluralForm(int n, string expected) =>
        Assert.Equal(expected, ReplyPacks.For("ru").Quantity(Counted.Meeting, n));

    [Theory]
    [InlineData("pl", Counted.OpenTask, 3, "3 otwarte zadania")]
    [InlineData("pl", Counted.Call, 5, "5 telefonów")]
    [InlineData("ru", Counted.Call, 3, "3 звонка")]
    [InlineData("ru", Counted.OpenDeal, 1, "1 открытая сделка")]
    [InlineData("en", Counted.Activity, 2, "2 activities")]
    [InlineData("en", Counted.OpenTask, 1, "1 open task")]
    public void CountsOtherThingsToo(string code, Counted what, int n, string expected) =>
        Assert.Equal(expected, ReplyPacks.For(code).Quantity(what, n));

    [Theory]
    [InlineData("en", 40000, "EUR", "€40K")]
    [InlineData("en", 1200000, "USD", "$1.2M")]
    [InlineData("en", 500, "PLN", "500 zł")]
    [InlineData("pl", 50000, "PLN", "50 tys. zł")]
    [InlineData("pl", 1200000, "PLN", "1,2 mln zł")]
    [InlineData("pl", 750.5, "EUR", "750,5 €")]
    [InlineData("ru", 40000, "EUR", "40 тыс. €")]
    [InlineData("ru", 1500000, "RUB", "1,5 млн ₽")]
    public void WritesMoneyTheWayTheLanguageDoes(string code, double amount, string currency, string expected) =>
        Assert.Equal(expected, ReplyPacks.For(code).Money((decimal)amount, currency));

    [Theory]
    [InlineData("en", -1, "yesterday")]
    [InlineData("en", -3, "3 days ago")]
    [InlineData("pl", -1, "wczoraj")]
    [InlineData("pl", -3, "przed 3 dniami")]
    [InlineData("ru", -3, "3 дня назад")]
    [InlineData("ru", -10, "10 дней назад")]
    public void SaysHowLongAgoInTheLanguageThroughHumanizer(string code, int days, string expected) =>
        Assert.Equal(expected, ReplyPacks.For(code).Ago(Today.AddDays(days), Today));

    [Theory]
    [InlineData("en", 4, "Fri Nov 27")]
    [InlineData("pl", 4, "pt. 27 lis")]
    [InlineData("ru", 4, "пт 27 нояб.")]
    [InlineData("pl", 1, "jutro")]
    [InlineData("ru", 0, "сегодня")]
    public void NamesDaysInTheLanguage(string code, int days, string expected) =>
        Assert.Equal(expected, ReplyPacks.For(code).Day(Today.AddDays(days), Today));

    [Fact]
    public void EnglishFacadesSayWhatTheEnglishPackSays()
    {
        Assert.Equal(ReplyPacks.English.Help(), Texts.Help());
        Assert.Equal(ReplyPacks.English.Money(40000, "EUR"), Format.Money(40000, "EUR"));
        Assert.Equal("3 open tasks", Format.Quantity("open task", 3));
        Assert.Equal("an email", Format.WithArticle("email"));
        Assert.StartsWith("I didn't catch that", Texts.NotUnderstood("blorp"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pl", "dzięki!", "Nie ma za co!")]
    [InlineData("pl", "Dzień dobry", "Cześć!")]
    [InlineData("pl", "cześć", "Cześć!")]
    [InlineData("ru", "Спасибо", "Пожалуйста!")]
    [InlineData("ru", "добрый день", "Привет!")]
    [InlineData("en", "thanks a lot", "You're welcome!")]
    public void AnswersThanksAndGreetingsInTheLanguage(string code, string text, string start) =>
        Assert.StartsWith(start, ReplyPacks.For(code).ChitChat(text), StringComparison.Ordinal);

    [Theory]
    [InlineData("pl", "spotkanie wczoraj")]
    [InlineData("ru", "встреча вчера")]
    public void ChitChatIsEmptyForAnythingElse(string code, string text) =>
        Assert.Equal("", ReplyPacks.For(code).ChitChat(text));

    [Theory]
    [InlineData("pl", "moje zadania na jutro proszę", "„moje zadania”")]
    [InlineData("ru", "покажи мои задачи", "«мои задачи»")]
    public void SuggestsTheClosestExampleOfItsOwnLanguage(string code, string text, string example)
    {
        var reply = ReplyPacks.For(code).NotUnderstood(text);
        Assert.Contains(example, reply, StringComparison.Ordinal);
        Assert.DoesNotContain("didn't", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pl")]
    [InlineData("ru")]
    public void PolishAndRussianSaySomethingOtherThanEnglishForEverySentence(string code)
    {
        var pack = ReplyPacks.For(code);
        var en = ReplyPacks.English;
        var pairs = new (string En, string Other)[]
        {
            (en.Help(), pack.Help()),
            (en.NotUnderstood("xyzzy"), pack.NotUnderstood("xyzzy")),
            (en.Stranger("Telegram"), pack.Stranger("Telegram")),
            (en.SeveralMembersCalled("Anna"), pack.SeveralMembersCalled("Anna")),
            (en.NewMemberName(), pack.NewMemberName()),
            (en.TooLong(5000, 4000), pack.TooLong(5000, 4000)),
            (en.Apology(), pack.Apology()),
            (en.Noun(ActivityType.Call), pack.Noun(ActivityType.Call)),
            (en.Stage(DealStage.Proposal), pack.Stage(DealStage.Proposal)),
            (en.PostWon("Anna", "Contoso"), pack.PostWon("Anna", "Contoso")),
            (en.PostLost("Anna", "Contoso"), pack.PostLost("Anna", "Contoso")),
            (en.PostMoved("Anna", "Contoso", DealStage.Lead, DealStage.Proposal), pack.PostMoved("Anna", "Contoso", DealStage.Lead, DealStage.Proposal)),
            (en.PostOpened("Anna", "Contoso", DealStage.Lead), pack.PostOpened("Anna", "Contoso", DealStage.Lead)),
            (en.PersonalGreeting().Text, pack.PersonalGreeting().Text),
            (en.ChannelGreeting().Text, pack.ChannelGreeting().Text),
            (en.ChannelGreeting().Title!, pack.ChannelGreeting().Title!),
            (en.PlanPrompt("Anna").Text, pack.PlanPrompt("Anna").Text),
            (en.TasksForTodayTitle(), pack.TasksForTodayTitle()),
            (en.TaskOverdueSince("x", Today), pack.TaskOverdueSince("x", Today)),
            (en.OwnTeamStandupOnly(), pack.OwnTeamStandupOnly()),
            (en.OwnTeamFiguresOnly(), pack.OwnTeamFiguresOnly()),
            (en.NotAWeek("2026-W47", "x"), pack.NotAWeek("2026-W47", "x")),
            (en.NoOneCalled("Zed", "North"), pack.NoOneCalled("Zed", "North")),
            (en.TeamFiguresGoToManagers(), pack.TeamFiguresGoToManagers()),
            (en.OtherRepsFiguresGoToManagers(), pack.OtherRepsFiguresGoToManagers()),
            (en.Reports.QuietDay(), pack.Reports.QuietDay()),
            (en.Reports.NotAWorkingDay(Today, Today.AddDays(1)), pack.Reports.NotAWorkingDay(Today, Today.AddDays(1))),
            (en.Reports.NoOpenDeals(), pack.Reports.NoOpenDeals()),
            (en.Reports.QuietWeek(), pack.Reports.QuietWeek()),
        };
        Assert.All(pairs, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Other));
            Assert.NotEqual(p.En, p.Other);
        });
        Assert.Equal(en.Examples.Count, pack.Examples.Count);
    }

    [Fact]
    public void TeamPostsNeverGuessTheWritersGender()
    {
        // Polish and Russian past tenses carry gender; the posts put the name first and the event after it.
        Assert.Equal("🏆 Anna Kowalska: wygrana — Contoso upgrade", ReplyPacks.For("pl").PostWon("Anna Kowalska", "Contoso upgrade"));
        Assert.Equal("Piotr: Orlen: Oferta → Negocjacje", ReplyPacks.For("pl").PostMoved("Piotr", "Orlen", DealStage.Proposal, DealStage.Negotiation));
        Assert.Equal("🆕 Иван: новая сделка Яндекс, Лид", ReplyPacks.For("ru").PostOpened("Иван", "Яндекс", DealStage.Lead));
        Assert.Equal("Иван: сделка проиграна — Яндекс", ReplyPacks.For("ru").PostLost("Иван", "Яндекс"));
    }
}
