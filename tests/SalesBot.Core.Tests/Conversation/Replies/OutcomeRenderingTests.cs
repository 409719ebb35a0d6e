using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Conversation.Resolution;
using SalesBot.Core.Crm;
using SalesBot.Core.Features.Accounts;
using SalesBot.Core.Features.Activities;
using SalesBot.Core.Features.Deals;
using SalesBot.Core.Features.Plans;
using SalesBot.Core.Features.Tasks;
using SalesBot.Core.Features.Undo;
using SalesBot.Core.Tests.Conversation.Support;

namespace SalesBot.Core.Tests.Conversation.Replies;

/// <summary>Each outcome as a Polish and a Russian rep reads it: counts in the right plural, dates and money in that culture.</summary>
public class OutcomeRenderingTests
{
    private static readonly DateOnly Today = new(2026, 11, 18);

    private static readonly DateOnly Yesterday = Today.AddDays(-1);

    private static readonly Figure Euros = new(45_000, "EUR");

    private static readonly Figure Zloty = new(1_200_000, "PLN");

    /// <summary>(language, outcome, the whole reply). One row per outcome and language, English rows for the same records too.</summary>
    public static TheoryData<string, Outcome, string> Replies() => new()
    {
        { "pl", new ActivityLogged(ActivityType.Meeting, "Orlen", Yesterday, Today, "Orlen", null, null, null, null, [], 1), "✓ Zapisano: spotkanie z Orlen (wczoraj). Nowy klient: Orlen. W tym tygodniu: 1 spotkanie." },
        { "ru", new ActivityLogged(ActivityType.Meeting, "Яндекс", Yesterday, Today, "Яндекс", null, null, null, null, [], 1), "✓ Записано: встреча с Яндекс (вчера). Новый клиент: Яндекс. На этой неделе: 1 встреча." },
        { "pl", new ActivityLogged(ActivityType.Call, "Orlen", Today, Today, null, "Jan Kowalski", "Orlen", "Orlen flota", DealStage.Proposal, ["Ben"], 2), "✓ Zapisano: telefon z Orlen. Nowy kontakt: Jan Kowalski (Orlen). Szansa: Orlen flota (Oferta). Uczestnicy: Ben. W tym tygodniu: 2 telefony." },
        { "ru", new ActivityLogged(ActivityType.Call, "Яндекс", Today, Today, null, "Иван Петров", "Яндекс", "Яндекс облако", DealStage.Negotiation, ["Бен"], 2), "✓ Записано: звонок с Яндекс. Новый контакт: Иван Петров (Яндекс). Сделка: Яндекс облако (Переговоры). Участники: Бен. На этой неделе: 2 звонка." },
        { "en", new ActivityLogged(ActivityType.Email, "Contoso", Today, Today, null, null, null, null, null, [], 5), "✓ Logged an email with Contoso. That's 5 emails this week." },
        { "pl", new NoActivityWith("Orlen"), "Dla Orlen nie ma jeszcze żadnych wpisów." },
        { "ru", new NoActivityWith("Яндекс"), "По Яндекс пока ничего не записано." },
        { "pl", new LastContact("Anna", "Orlen", ActivityType.Visit, null, Yesterday, Today, null), "Ostatni kontakt z Orlen: Anna — wizyta, wczoraj (17 lis)." },
        { "ru", new LastContact("Анна", "Яндекс", ActivityType.Email, "Иван", Yesterday, Today, "цены"), "Последний контакт с Яндекс: Анна — письмо с Иван, вчера (17 нояб.): цены" },
        { "pl", new ContactAdded("Jan Kowalski", "CFO", null, "Orlen", true), "✓ Nowy kontakt: Jan Kowalski (CFO) — Orlen. Nowy klient: Orlen." },
        { "ru", new ContactAdded("Иван Петров", null, "ivan@ya.ru", null, false), "✓ Новый контакт: Иван Петров (ivan@ya.ru)." },
        { "pl", new ContactExists("Jan Kowalski", "Orlen"), "Jan Kowalski już jest w kontaktach (Orlen). Nic nie zostało zapisane." },
        { "ru", new ContactExists("Иван Петров", null), "Иван Петров уже есть в контактах. Ничего не записано." },
        { "pl", new DealCreated("Orlen flota", "Orlen", DealStage.Lead, Zloty, Today.AddDays(1), Today, false), "✓ Nowa szansa Orlen flota — Orlen, Lead, 1,2 mln zł, zamknięcie jutro." },
        { "ru", new DealCreated("Яндекс облако", "Яндекс", DealStage.Lead, Euros, null, Today, true), "✓ Новая сделка Яндекс облако — Яндекс, Лид, 45 тыс. €. Новый клиент: Яндекс." },
        { "en", new DealCreated("Contoso upgrade", "Contoso", DealStage.Lead, Euros, null, Today, false), "✓ New deal Contoso upgrade with Contoso, Lead, €45K." },
        { "pl", new DealNeedsAccount(), "Z jaką firmą jest ta szansa? Na przykład: „nowa szansa Contoso upgrade 40 tys. zł”. Nic nie zostało zapisane." },
        { "ru", new DealAlreadyOpen("Яндекс облако", DealStage.Proposal), "Уже есть открытая сделка Яндекс облако (КП), поэтому новая не создана. Чтобы изменить её: «Яндекс облако на этап КП» или «Яндекс облако сумма 50 тыс.»." },
        { "pl", new StageMoved("Orlen flota", null, DealStage.Qualified, DealStage.Proposal, null, null, "Orlen"), "✓ Orlen flota: Kwalifikacja → Oferta." },
        { "pl", new StageMoved("Orlen flota", "Ben", DealStage.Negotiation, DealStage.Won, Zloty, null, "Orlen"), "🏆 Gratulacje! Orlen flota (właściciel: Ben): wygrana, 1,2 mln zł." },
        { "ru", new StageMoved("Яндекс облако", null, DealStage.Negotiation, DealStage.Won, null, null, "Яндекс"), "🏆 Поздравляю! Яндекс облако: сделка выиграна." },
        { "ru", new StageMoved("Яндекс облако", null, DealStage.Proposal, DealStage.Lost, null, "цена", "Яндекс"), "Яндекс облако: сделка проиграна — цена." },
        { "pl", new AlreadyInStage("Orlen flota", DealStage.Negotiation), "Orlen flota jest już na etapie „Negocjacje”; nic się nie zmieniło." },
        { "ru", new AskReopen("Яндекс облако", DealStage.Won, DealStage.Lost), "Яндекс облако на этапе «Выиграна». Перенести на «Проиграна»?" },
        { "pl", new DealUpdated("Orlen flota", null, true, Zloty, Today.AddDays(1), null, null, Today), "✓ Orlen flota: kwota 1,2 mln zł, zamknięcie jutro." },
        { "ru", new DealUpdated("Яндекс облако", "Бен", true, null, null, DealStage.Proposal, DealStage.Negotiation, Today), "✓ Яндекс облако (владелец: Бен): сумма изменена, КП → Переговоры." },
        { "pl", new ClosedDealsShown(DealStage.Won, new DateOnly(2026, 10, 1), Today, []), "Brak wygranych szans w okresie 1 paź – 18 lis." },
        { "ru", new ClosedDealsShown(DealStage.Lost, new DateOnly(2026, 10, 1), Today, []), "За период 1 окт. – 18 нояб. нет проигранных сделок." },
        { "pl", new DealsClosingShown(Today, Today.AddDays(12), Today, [new("Orlen flota", DealStage.Proposal, Today.AddDays(1), Zloty, "Ben")]), "• Orlen flota · Oferta · zamknięcie jutro · 1,2 mln zł · Ben" },
        { "pl", new PipelineShown(Whose.Own, null, false, Today, []), "Twój lejek: brak otwartych szans. Zacznij: „nowa szansa Contoso upgrade 40 tys. zł”." },
        { "ru", new PipelineShown(new Whose(Rep: "Бен"), DealStage.Proposal, false, Today, []), "Воронка: Бен: нет сделок на этапе «КП»." },
        { "pl", new PipelineHidden(OtherRep: true), "W tym zespole lejki innych handlowców widzą tylko menedżerowie. Napisz „mój lejek”, żeby zobaczyć swój." },
        { "ru", new NoMemberCalled("Бен"), "В вашей команде нет никого по имени Бен." },
        { "pl", new PlanSet(["oferta Orlen", "telefon do Jana"], false), "✓ Plan na dziś:\n1. oferta Orlen\n2. telefon do Jana" },
        { "ru", new PlanSet(["КП Яндекс"], true), "✓ Новый план на сегодня (вместо прежнего):\n1. КП Яндекс" },
        { "pl", new TaskAdded("zadzwonić do Jana", Today.AddDays(1), new TimeOnly(9, 30), Today, 1), "✓ Zadanie: zadzwonić do Jana, termin jutro 09:30. Masz 1 otwarte zadanie." },
        { "ru", new TaskAdded("позвонить Ивану", null, null, Today, 22), "✓ Задача: позвонить Ивану. У вас 22 открытые задачи." },
        { "pl", new TaskDone("telefon do Jana", 0), "✓ Zrobione: telefon do Jana. Nie ma już otwartych zadań." },
        { "ru", new TaskDone("звонок Ивану", 5), "✓ Готово: звонок Ивану. Осталось: 5 открытых задач." },
        { "pl", new NoSuchTask("oferta", ["telefon do Jana", "demo"]), "Nie ma otwartego zadania podobnego do „oferta”, więc nic się nie zmieniło. Twoje otwarte zadania: telefon do Jana; demo." },
        { "ru", new TaskPostponed("звонок Ивану", Today.AddDays(1), null, Today), "✓ Перенесено на завтра: звонок Ивану." },
        { "pl", new SalesBot.Core.Conversation.Outcomes.ButtonExpired(), "Ten przycisk wygasł. Napisz \"pomoc\", żeby zobaczyć, co potrafię." },
        { "pl", new Undone("the call with Orlen on Nov 17", ["the account Orlen"]), "↩ Cofnięto: the call with Orlen on Nov 17. Zachowano: the account Orlen — korzystają z tego późniejsze wpisy." },
        { "ru", new NothingToUndo(), "Отменять нечего: ваших записей нет." },
        { "pl", new AskUndoOlder("the task", TimeSpan.FromMinutes(5)), "Ostatni Twój wpis to the task, 5 minut temu. Cofnąć go?" },
        { "ru", new AskUndoOlder("the task", TimeSpan.FromMinutes(2)), "Ваша последняя запись — the task, 2 минуты назад. Отменить её?" },
        { "pl", new ActivityCorrected(ActivityType.Meeting, "Orlen", null, Yesterday, Today), "✎ Poprawiono: spotkanie — teraz z Orlen, wczoraj." },
        { "ru", new DealCorrected("Яндекс облако", true, Euros, null, null, Today), "✎ Исправлено: Яндекс облако — сумма 45 тыс. €." },
        { "pl", new AskWhich(new WhichAccount("Orlen"), [new Said("Orlen S.A."), new NewAccountOption("Orlen")]), "Który klient: Orlen?\n1. Orlen S.A.\n2. Nowy klient „Orlen”\nOdpisz numerem." },
        { "ru", new AskWhich(new WhichDeal("Яндекс"), [new Said("Яндекс облако"), new Said("Яндекс такси")]), "Какая именно сделка: Яндекс?\n1. Яндекс облако\n2. Яндекс такси\nОтветьте номером." },
        { "en", new AskWhich(new WhichAccount("Contoso"), [new Said("Contoso Ltd"), new NewAccountOption("Contoso")]), "Which Contoso?\n1. Contoso Ltd\n2. New account \"Contoso\"\nReply with the number." },
        { "pl", new NoSuchDeal("Orlen", ["Orlen flota"]), "Nie ma szansy o nazwie „Orlen”, więc nic się nie zmieniło. Najbliższe: Orlen flota. Żeby ją założyć: „nowa szansa Orlen”." },
        { "ru", new NoSuchAccount("Ромашка", []), "Клиента «Ромашка» нет, поэтому ничего не изменилось." },
        { "pl", new Amended("the task", new TaskDone("demo", 2)), "✎ Poprawiono (zastąpiono: the task). ✓ Zrobione: demo. Zostało: 2 otwarte zadania." },
        { "ru", new Together([new ReminderDone("демо"), new NoOpenTasks()]), "✓ Готово: демо.\nОткрытых задач нет. Добавьте: «напомни позвонить Кевину в пятницу»." },
    };

    [Theory]
    [MemberData(nameof(Replies))]
    public void AnOutcomeReadsNaturallyInTheMembersLanguage(string language, Outcome outcome, string expected) =>
        Assert.Equal(expected, outcome.Render(ReplyPacks.For(language)));

    /// <summary>1, 2, 5 and 22 of each counted thing: the three plural forms of both languages, and 22 is "few" again.</summary>
    public static TheoryData<string, int, string> Counts() => new()
    {
        { "pl", 1, "Masz 1 otwarte zadanie." }, { "pl", 2, "Masz 2 otwarte zadania." }, { "pl", 5, "Masz 5 otwartych zadań." }, { "pl", 22, "Masz 22 otwarte zadania." },
        { "pl", 12, "Masz 12 otwartych zadań." },
        { "ru", 1, "У вас 1 открытая задача." }, { "ru", 2, "У вас 2 открытые задачи." }, { "ru", 5, "У вас 5 открытых задач." }, { "ru", 22, "У вас 22 открытые задачи." },
        { "ru", 11, "У вас 11 открытых задач." }, { "ru", 21, "У вас 21 открытая задача." },
    };

    [Theory]
    [MemberData(nameof(Counts))]
    public void OpenTasksAreCountedInTheRightPluralForm(string language, int open, string ending) =>
        Assert.EndsWith(ending, new TaskAdded("demo", null, null, Today, open).Render(ReplyPacks.For(language)));

    public static TheoryData<string, ActivityType, int, string> WeekCounts()
    {
        var rows = new TheoryData<string, ActivityType, int, string>();
        string[][] pl =
        [
            ["spotkanie", "spotkania", "spotkań"], ["telefon", "telefony", "telefonów"], ["e-mail", "e-maile", "e-maili"],
            ["prezentacja", "prezentacje", "prezentacji"], ["wizyta", "wizyty", "wizyt"], ["notatka", "notatki", "notatek"],
        ];
        string[][] ru =
        [
            ["встреча", "встречи", "встреч"], ["звонок", "звонка", "звонков"], ["письмо", "письма", "писем"],
            ["презентация", "презентации", "презентаций"], ["визит", "визита", "визитов"], ["заметка", "заметки", "заметок"],
        ];
        ActivityType[] types = [ActivityType.Meeting, ActivityType.Call, ActivityType.Email, ActivityType.Demo, ActivityType.Visit, ActivityType.Note];
        for (var i = 0; i < types.Length; i++)
        {
            foreach (var (n, form) in new[] { (1, 0), (2, 1), (5, 2), (22, 1) })
            {
                rows.Add("pl", types[i], n, $"W tym tygodniu: {n} {pl[i][form]}.");
                rows.Add("ru", types[i], n, $"На этой неделе: {n} {ru[i][form]}.");
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(WeekCounts))]
    public void TheWeeksActivitiesAreCountedInTheRightPluralForm(string language, ActivityType type, int count, string ending) =>
        Assert.EndsWith(ending, new ActivityLogged(type, "Orlen", Today, Today, null, null, null, null, null, [], count).Render(ReplyPacks.For(language)));

    public static TheoryData<string, int, string> PipelineTitles() => new()
    {
        { "pl", 1, "Twój lejek: 1 otwarta szansa, 45 tys. €" }, { "pl", 2, "Twój lejek: 2 otwarte szanse, 90 tys. €" },
        { "pl", 5, "Twój lejek: 5 otwartych szans, 225 tys. €" }, { "pl", 22, "Twój lejek: 22 otwarte szanse, 990 tys. €" },
        { "ru", 1, "Ваша воронка: 1 открытая сделка, 45 тыс. €" }, { "ru", 2, "Ваша воронка: 2 открытые сделки, 90 тыс. €" },
        { "ru", 5, "Ваша воронка: 5 открытых сделок, 225 тыс. €" }, { "ru", 22, "Ваша воронка: 22 открытые сделки, 990 тыс. €" },
        { "en", 2, "Your pipeline: 2 open deals, €90K" },
    };

    [Theory]
    [MemberData(nameof(PipelineTitles))]
    public void APipelinesTitleCountsDealsAndSumsMoneyInTheMembersCulture(string language, int deals, string title)
    {
        var lines = Enumerable.Range(1, deals).Select(i => new PipelineShown.Line($"Deal {i}", "Orlen", "Anna", DealStage.Proposal, Euros, null)).ToList();
        Assert.Equal(title, new PipelineShown(Whose.Own, null, false, Today, lines).Title(ReplyPacks.For(language)));
    }

    public static TheoryData<string, ButtonWord, string> Buttons() => new()
    {
        { "en", ButtonWord.Undo, "Undo" }, { "pl", ButtonWord.Undo, "Cofnij" }, { "ru", ButtonWord.Undo, "Отменить" },
        { "en", ButtonWord.Yes, "Yes" }, { "pl", ButtonWord.Yes, "Tak" }, { "ru", ButtonWord.Yes, "Да" },
        { "en", ButtonWord.No, "No" }, { "pl", ButtonWord.No, "Nie" }, { "ru", ButtonWord.No, "Нет" },
        { "en", ButtonWord.Create, "Create" }, { "pl", ButtonWord.Create, "Utwórz" }, { "ru", ButtonWord.Create, "Создать" },
        { "en", ButtonWord.Cancel, "Cancel" }, { "pl", ButtonWord.Cancel, "Anuluj" }, { "ru", ButtonWord.Cancel, "Отмена" },
        { "en", ButtonWord.Done, "Done" }, { "pl", ButtonWord.Done, "Zrobione" }, { "ru", ButtonWord.Done, "Готово" },
        { "en", ButtonWord.Tomorrow, "Tomorrow" }, { "pl", ButtonWord.Tomorrow, "Jutro" }, { "ru", ButtonWord.Tomorrow, "Завтра" },
    };

    [Theory]
    [MemberData(nameof(Buttons))]
    public void ButtonsAreWordedByThePack(string language, ButtonWord word, string label) =>
        Assert.Equal(label, new TurnResult(new NoOpenTasks()) { Buttons = [new Button(word, "u:1")] }.ToMessage(ReplyPacks.For(language)).Buttons[0].Label);

    [Fact]
    public async Task APolishRepHearsTheLoggedMeetingInPolishWithAPolishUndoButton()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Anna");
        await using (var db = h.Store.CreateDbContext())
        {
            await db.Members.ExecuteUpdateAsync(m => m.SetProperty(x => x.Language, "pl"));
        }

        h.Parser.Add("spotkanie z Orlen", Say.Log(ActivityType.Meeting, "Orlen"));

        var reply = await h.SendAsync("Anna", "spotkanie z Orlen");

        Assert.Equal("✓ Zapisano: spotkanie z Orlen. Nowy klient: Orlen. W tym tygodniu: 1 spotkanie.", reply.Text);
        Assert.Equal(["Cofnij"], reply.Buttons.Select(b => b.Label));
    }

    [Fact]
    public async Task ARussianRepsWhichQuestionAndItsButtonsComeInRussian()
    {
        await using var h = new EngineHarness();
        var team = h.Store.AddTeam("North");
        h.Store.AddMember(team, "Анна");
        h.Store.AddAccount(team, "Contoso Retail");
        h.Store.AddAccount(team, "Contoso Bank");
        await using (var db = h.Store.CreateDbContext())
        {
            await db.Members.ExecuteUpdateAsync(m => m.SetProperty(x => x.Language, "ru"));
        }

        h.Parser.Add("встреча с Contoso", Say.Log(ActivityType.Meeting, "Contoso"));

        var reply = await h.SendAsync("Анна", "встреча с Contoso");

        Assert.StartsWith("Какой именно клиент: Contoso?\n1. Contoso", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith("\n3. Новый клиент «Contoso»\nОтветьте номером.", reply.Text, StringComparison.Ordinal);
        Assert.Equal("Новый клиент «Contoso»", reply.Buttons[^1].Label);
    }
}
