using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using SalesBot.Core.Reports.Calendar;
using SalesBot.Core.Reports.Kpi;
using SalesBot.Core.Reports.Standup;
using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Reports;

/// <summary>
/// The stand-up and the digest of <see cref="NorthwindWeek"/> rendered whole in Polish and Russian (read line by
/// line for grammar: plural forms, cases, dates in the culture), and what every language shares: quiet days,
/// non-working days and one count of stage moves.
/// </summary>
public class RenderedReportsTests : IDisposable
{
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    private sealed record Expected(string Title, string Text, string[] Details);

    private static readonly Expected PlStandup = new(
        "Stand-up · pon. 23 lis",
        "Anna Kowalska: 1 telefon, 1 notatka · wygrana: Contoso upgrade (30\u00a0000 EUR) · plan: Call Kevin (+2) · na dziś: 1, zaległe: 1" + "\n"
        + "Ben Carter: nic nie zapisano · 1 nowa szansa · przegrana: Fabrikam renewal · brak planu" + "\n"
        + "Carl Nowak: nieobecność do 27 lis" + "\n"
        + "Jeszcze bez planu na dziś: Ben Carter. Krótkie „plan: …” do mnie wystarczy.",
        [
            "Anna Kowalska",
            "  notatka Contoso, niedz. 22 lis: renewal terms",
            "  telefon Fabrikam, pt. 20 lis",
            "  wygrana: Contoso upgrade (30\u00a0000 EUR)",
            "  plan 1. Call Kevin",
            "  plan 2. Contoso kickoff",
            "  plan 3. Demo for Fabrikam",
            "  na dziś: Send quote to Contoso",
            "  zaległe od 20 lis: Call Maria at Fabrikam",
            "Ben Carter",
            "  nowa szansa Tailspin trial",
            "  przegrana: Fabrikam renewal (12\u00a0000 USD)",
        ]);

    private static readonly Expected PlDigest = new(
        "Podsumowanie KPI 2026-W47 (16 lis – 22 lis)",
        "Zespół: 3 spotkania, 3 telefony, 1 e-mail, 1 prezentacja, 1 wizyta (10 aktywności) · 2 nowe szanse, wygrane: 1 (30\u00a0000 EUR), przegrane: 1 · 3 zmiany etapu · wykonane zadania: 1 (aktywności +7 wobec zeszłego tygodnia)" + "\n"
        + "Lejek: 3 otwarte (lead 2 (5\u00a0000 EUR), oferta 1 (50\u00a0000 EUR))" + "\n"
        + "Skuteczność 50%, średnio dni do wygranej: 4,2" + "\n"
        + "Prognoza: lejek ważony 25\u00a0500 EUR; w tym miesiącu brak szans do zamknięcia; w tym kwartale brak szans do zamknięcia" + "\n"
        + "⚠ Ben Carter: spotkania 1 z 3 (33%): sprawdź spotkania zaplanowane na przyszły tydzień i follow-upy, które mają do nich prowadzić" + "\n"
        + "⚠ Ben Carter: telefony 0 z 1,85 (0%): sprawdź listę telefonów i czas zarezerwowany na dzwonienie" + "\n"
        + "⚠ 1 otwarta szansa bez aktywności od 14 dni: sprawdź listę uśpionych szans: zaplanuj kolejny krok albo oznacz je jako przegrane",
        [
            "Anna Kowalska: 2 spotkania, 3 telefony, 1 e-mail, 1 prezentacja, 0 wizyt (8 aktywności) · 1 nowa szansa, wygrane: 1 (30\u00a0000 EUR), przegrane: 0 · 2 zmiany etapu · wykonane zadania: 1 · cele: spotkania 67%, telefony 162%",
            "Ben Carter: 1 spotkanie, 0 telefonów, 0 e-maili, 0 prezentacji, 1 wizyta (2 aktywności) · 1 nowa szansa, wygrane: 0, przegrane: 1 · 1 zmiana etapu · wykonane zadania: 0 · cele: spotkania 33%, telefony 0%",
            "Carl Nowak (nieobecność): 0 spotkań, 0 telefonów, 0 e-maili, 0 prezentacji, 0 wizyt (0 aktywności) · 0 nowych szans, wygrane: 0, przegrane: 0 · 0 zmian etapu · wykonane zadania: 0 · cele: spotkania 0%, telefony 0%",
            "Uśpione szanse (1):",
            "  Adatum expansion (Adatum), Anna Kowalska, oferta, bez ruchu: 52 dni",
            "Prawdopodobieństwa etapów: lead 10%, kwalifikacja 25%, oferta 50%, negocjacje 75%",
        ]);

    private static readonly Expected RuStandup = new(
        "Стендап · пн 23 нояб.",
        "Anna Kowalska: 1 звонок, 1 заметка · выиграна: Contoso upgrade (30\u00a0000 EUR) · план: Call Kevin (+2) · на сегодня: 1, просрочено: 1" + "\n"
        + "Ben Carter: ничего не записано · 1 новая сделка · проиграна: Fabrikam renewal · плана пока нет" + "\n"
        + "Carl Nowak: отсутствует до 27 нояб." + "\n"
        + "Пока без плана на сегодня: Ben Carter. Достаточно короткого «план: …» мне.",
        [
            "Anna Kowalska",
            "  заметка Contoso, вс 22 нояб.: renewal terms",
            "  звонок Fabrikam, пт 20 нояб.",
            "  выиграна: Contoso upgrade (30\u00a0000 EUR)",
            "  план 1. Call Kevin",
            "  план 2. Contoso kickoff",
            "  план 3. Demo for Fabrikam",
            "  на сегодня: Send quote to Contoso",
            "  просрочено с 20 нояб.: Call Maria at Fabrikam",
            "Ben Carter",
            "  новая сделка Tailspin trial",
            "  проиграна: Fabrikam renewal (12\u00a0000 USD)",
        ]);

    private static readonly Expected RuDigest = new(
        "Дайджест KPI 2026-W47 (16 нояб. – 22 нояб.)",
        "Команда: 3 встречи, 3 звонка, 1 письмо, 1 презентация, 1 визит (10 активностей) · 2 новые сделки, выиграно: 1 (30\u00a0000 EUR), проиграно: 1 · 3 смены этапа · выполнено задач: 1 (активности +7 к прошлой неделе)" + "\n"
        + "Воронка: 3 открытые (лид 2 (5\u00a0000 EUR), КП 1 (50\u00a0000 EUR))" + "\n"
        + "Доля побед 50%, в среднем дней до победы: 4,2" + "\n"
        + "Прогноз: взвешенная воронка 25\u00a0500 EUR; в этом месяце нет сделок к закрытию; в этом квартале нет сделок к закрытию" + "\n"
        + "⚠ Ben Carter: встречи 1 из 3 (33%): посмотрите встречи на следующую неделю и шаги, которые должны к ним привести" + "\n"
        + "⚠ Ben Carter: звонки 0 из 1,85 (0%): посмотрите список звонков и время, выделенное на звонки" + "\n"
        + "⚠ 1 открытая сделка без активности 14 дней: посмотрите список зависших сделок: назначьте следующий шаг или отметьте их как проигранные",
        [
            "Anna Kowalska: 2 встречи, 3 звонка, 1 письмо, 1 презентация, 0 визитов (8 активностей) · 1 новая сделка, выиграно: 1 (30\u00a0000 EUR), проиграно: 0 · 2 смены этапа · выполнено задач: 1 · цели: встречи 67%, звонки 162%",
            "Ben Carter: 1 встреча, 0 звонков, 0 писем, 0 презентаций, 1 визит (2 активности) · 1 новая сделка, выиграно: 0, проиграно: 1 · 1 смена этапа · выполнено задач: 0 · цели: встречи 33%, звонки 0%",
            "Carl Nowak (отсутствует): 0 встреч, 0 звонков, 0 писем, 0 презентаций, 0 визитов (0 активностей) · 0 новых сделок, выиграно: 0, проиграно: 0 · 0 смен этапа · выполнено задач: 0 · цели: встречи 0%, звонки 0%",
            "Зависшие сделки (1):",
            "  Adatum expansion (Adatum), Anna Kowalska, КП, без движения: 52 дня",
            "Вероятности этапов: лид 10%, квалификация 25%, КП 50%, переговоры 75%",
        ]);

    private async Task<(StandupReport Standup, KpiDigest Digest)> WeekAsync()
    {
        using var db = _store.CreateDbContext();
        var week = new NorthwindWeek(db);
        var standup = StandupBuilder.Build((await StandupLoader.LoadAsync(db, week.Team.Id, Monday, CancellationToken.None))!, Monday);
        IsoWeek.TryParse("2026-W47", out var w47);
        var digest = KpiBuilder.Build((await KpiLoader.LoadAsync(db, week.Team.Id, w47, new DateOnly(2026, 11, 25), CancellationToken.None))!);
        return (standup, digest);
    }

    private static void Same(Expected expected, OutgoingMessage actual)
    {
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.Details, actual.Details);
    }

    [Fact]
    public async Task RendersTheWeeksStandupInPolish() =>
        Same(PlStandup, StandupMessage.Render((await WeekAsync()).Standup, showAmounts: true, language: ReplyPacks.For("pl")));

    [Fact]
    public async Task RendersTheWeeksDigestInPolish() =>
        Same(PlDigest, DigestMessage.Render((await WeekAsync()).Digest, showAmounts: true, language: ReplyPacks.For("pl")));

    [Fact]
    public async Task RendersTheWeeksStandupInRussian() =>
        Same(RuStandup, StandupMessage.Render((await WeekAsync()).Standup, showAmounts: true, language: ReplyPacks.For("ru")));

    [Fact]
    public async Task RendersTheWeeksDigestInRussian() =>
        Same(RuDigest, DigestMessage.Render((await WeekAsync()).Digest, showAmounts: true, language: ReplyPacks.For("ru")));

    [Fact]
    public async Task TheDigestsRepLineCountsVisits()
    {
        var digest = (await WeekAsync()).Digest;

        var ben = DigestMessage.Render(digest, showAmounts: false).Details.Single(d => d.StartsWith("Ben Carter:", StringComparison.Ordinal));
        Assert.StartsWith("Ben Carter: 1 meeting, 0 calls, 0 emails, 0 demos, 1 visit (2 activities)", ben, StringComparison.Ordinal);
        Assert.Equal(1, digest.Totals.Visits);
    }

    [Fact]
    public async Task StandupsAndTheDigestCountTheSameStageMovesWinsAndLossesIncluded()
    {
        using var db = _store.CreateDbContext();
        var week = new NorthwindWeek(db);
        IsoWeek.TryParse("2026-W47", out var w47);
        var digest = KpiBuilder.Build((await KpiLoader.LoadAsync(db, week.Team.Id, w47, new DateOnly(2026, 11, 25), CancellationToken.None))!);
        // The week's moves (Tue 17th, Fri 20th, Sat 21st) fall in the stand-ups from Tuesday 17th to Monday 23rd.
        var moves = new Dictionary<string, int>();
        for (var day = new DateOnly(2026, 11, 17); day <= Monday; day = day.AddDays(1))
        {
            var standup = StandupBuilder.Build((await StandupLoader.LoadAsync(db, week.Team.Id, day, CancellationToken.None))!, day);
            foreach (var rep in standup.Reps.Where(r => standup.IsWorkingDay))
            {
                moves[rep.Name] = moves.GetValueOrDefault(rep.Name) + rep.StageMoves.Count;
            }
        }

        Assert.Equal(digest.Reps.Single(r => r.Name == "Anna Kowalska").StageMoves, moves["Anna Kowalska"]);
        Assert.Equal(digest.Reps.Single(r => r.Name == "Ben Carter").StageMoves, moves["Ben Carter"]);
        Assert.Equal((2, 1), (moves["Anna Kowalska"], moves["Ben Carter"]));
    }

    [Theory]
    [InlineData("en", "A quiet day: nothing recorded since the last stand-up, no plans and nothing due.")]
    [InlineData("pl", "Spokojny dzień: od ostatniego stand-upu nic nie zapisano, nie ma planów ani zadań na dziś.")]
    [InlineData("ru", "Тихий день: с прошлого стендапа ничего не записано, планов нет, на сегодня ничего не назначено.")]
    public async Task AQuietDayIsOneLine(string code, string expected)
    {
        using var db = _store.CreateDbContext();
        var s = new Seed(db);
        var team = s.Team("Quiet");
        s.Member(team, "Anna");
        s.Member(team, "Ben");
        s.Member(team, "Carl", awayUntil: new DateOnly(2026, 11, 27));

        var report = StandupBuilder.Build((await StandupLoader.LoadAsync(db, team.Id, Monday, CancellationToken.None))!, Monday);
        var message = StandupMessage.Render(report, showAmounts: false, language: ReplyPacks.For(code));

        Assert.Equal(expected, message.Text);
        Assert.Empty(message.Details);
    }

    [Theory]
    [InlineData("en", "Sat 21 Nov is not a working day for the team: no stand-up is posted. The next one is on Mon 23 Nov.")]
    [InlineData("pl", "Sob. 21 lis to dzień wolny zespołu: stand-up nie jest publikowany. Następny: pon. 23 lis.")]
    [InlineData("ru", "Сб 21 нояб. — нерабочий день команды: стендап не публикуется. Следующий — пн 23 нояб.")]
    public async Task ANonWorkingDaySaysSo(string code, string expected)
    {
        using var db = _store.CreateDbContext();
        var week = new NorthwindWeek(db);
        var saturday = new DateOnly(2026, 11, 21);

        var report = StandupBuilder.Build((await StandupLoader.LoadAsync(db, week.Team.Id, saturday, CancellationToken.None))!, saturday);
        var message = StandupMessage.Render(report, showAmounts: false, language: ReplyPacks.For(code));

        Assert.Equal(expected, message.Text);
        Assert.Empty(message.Details);
    }

    [Fact]
    public async Task AQuietWeekIsOneLineAndThePipeline()
    {
        using var db = _store.CreateDbContext();
        var s = new Seed(db);
        var team = s.Team("Quiet");
        s.Member(team, "Anna");
        IsoWeek.TryParse("2026-W47", out var w47);

        var digest = KpiBuilder.Build((await KpiLoader.LoadAsync(db, team.Id, w47, new DateOnly(2026, 11, 25), CancellationToken.None))!);
        var message = DigestMessage.Render(digest, showAmounts: true, language: ReplyPacks.For("pl"));

        Assert.Equal("Spokojny tydzień: nikt niczego nie zapisał.\nLejek: brak otwartych szans", message.Text);
        Assert.Empty(message.Details);
    }

    [Theory]
    [InlineData("en", "deals_won", 1, TargetPeriod.Week, "✓ Target: 1 won deal per rep per week.")]
    [InlineData("en", "tasks_done", 5, TargetPeriod.Month, "✓ Target: 5 tasks done per rep per month.")]
    [InlineData("en", "meetings", 8, TargetPeriod.Week, "✓ Target: 8 meetings per rep per week.")]
    [InlineData("pl", "deals_won", 2, TargetPeriod.Week, "✓ Cel: 2 wygrane szanse na handlowca tygodniowo.")]
    [InlineData("pl", "meetings", 5, TargetPeriod.Month, "✓ Cel: 5 spotkań na handlowca miesięcznie.")]
    [InlineData("ru", "deals_won", 5, TargetPeriod.Week, "✓ Цель: 5 выигранных сделок на продавца в неделю.")]
    [InlineData("ru", "calls", 21, TargetPeriod.Week, "✓ Цель: 21 звонок на продавца в неделю.")]
    public void ATargetReadsAsACountNotAsAnIdentifier(string code, string metric, int value, TargetPeriod period, string expected) =>
        Assert.Equal(expected, ReplyPacks.For(code).TargetSet(metric, value, period, rep: null, currency: "EUR"));

    [Theory]
    [InlineData("en", "won_amount", null, TargetPeriod.Month, "✓ Target: EUR 50,000 won per rep per month.")]
    [InlineData("en", "won_amount", "Ben", TargetPeriod.Week, "✓ Target for Ben: EUR 50,000 won per week.")]
    [InlineData("en", "calls", "Ben", TargetPeriod.Week, "✓ Target for Ben: 50000 calls per week.")]
    [InlineData("pl", "won_amount", "Ben", TargetPeriod.Month, "✓ Cel (Ben): wygrane za 50\u00a0000 EUR miesięcznie.")]
    [InlineData("ru", "won_amount", null, TargetPeriod.Week, "✓ Цель: выигранные сделки на 50\u00a0000 EUR на продавца в неделю.")]
    public void ARepsTargetNamesTheRepAndAWonAmountTargetReadsAsMoney(string code, string metric, string? rep, TargetPeriod period, string expected) =>
        Assert.Equal(expected, ReplyPacks.For(code).TargetSet(metric, 50_000m, period, rep, "EUR"));
}
