using System.Globalization;
using SalesBot.Core.Reports.Kpi;

namespace SalesBot.Core.Conversation.Languages.Polish;

/// <summary>The stand-up and the digest in Polish.</summary>
public sealed partial class PolishReportReplies(LanguageReplies language) : ReportReplies(language)
{
    private static string Plural(int n, string one, string few, string many) => PolishReplies.Plural(n, one, few, many);

    private string Percent(decimal ratio) => (ratio * 100).ToString("0", Language.Culture) + "%";

    public override string StandupTitle(DateOnly date) => $"Stand-up · {Language.WeekdayDate(date)}";

    public override string NobodyOnTeam() => "W zespole nie ma jeszcze nikogo.";

    public override string QuietDay() => "Spokojny dzień: od ostatniego stand-upu nic nie zapisano, nie ma planów ani zadań na dziś.";

    public override string NotAWorkingDay(DateOnly date, DateOnly? next) =>
        Capitalized($"{Language.WeekdayDate(date)} to dzień wolny zespołu: stand-up nie jest publikowany.")
        + (next is { } n ? Stop($" Następny: {Language.WeekdayDate(n)}") : string.Empty);

    public override string Away(string name, DateOnly? until) =>
        until is { } u ? $"{name}: nieobecność do {Language.ShortDate(u)}" : $"{name}: nieobecność";

    public override string NothingRecorded() => "nic nie zapisano";

    public override string MovedTo(string deal, string stage) => $"{deal} → {stage}";

    public override string Won(string deal) => $"wygrana: {deal}";

    public override string Lost(string deal) => $"przegrana: {deal}";

    public override string NoPlanYet() => "brak planu";

    public override string MissingPlans(IReadOnlyList<string> names) =>
        $"Jeszcze bez planu na dziś: {string.Join(", ", names)}. Krótkie „plan: …” do mnie wystarczy.";

    public override Messaging.OutgoingMessage PlanPromptAgain(string firstName) =>
        new("Za kilka minut stand-up. Twoje 3 priorytety? Odpowiedz np.: plan: telefon do Kevina; oferta Contoso; demo Fabrikam")
        {
            Title = $"{firstName}, jeszcze jedno",
        };

    public override string Plan(string first, int more) => $"plan: {first}{(more > 0 ? $" (+{more})" : string.Empty)}";

    public override string DueToday(int count) => $"na dziś: {count}";

    public override string Overdue(int count) => $"zaległe: {count}";

    public override string ActivityDetail(string type, string? account, string? contact, string? deal, DateOnly on, string? notes) =>
        $"  {type} {string.Join(' ', new[] { account, contact is null ? null : $"({contact})" }.Where(s => s is not null))}"
        + (deal is null ? string.Empty : $" ws. {deal}")
        + $", {Language.WeekdayDate(on)}{(notes is null ? string.Empty : $": {notes}")}";

    public override string NewDealDetail(string deal) => $"  nowa szansa {deal}";

    public override string MoveDetail(string deal, string? from, string to) => $"  {deal}: {from} → {to}";

    public override string PlanItem(int number, string item) => $"  plan {Language.Ordinal(number)} {item}";

    public override string DueTodayDetail(string title) => $"  na dziś: {title}";

    public override string OverdueDetail(string title, DateOnly? since) =>
        $"  zaległe od {(since is { } s ? Language.ShortDate(s) : string.Empty)}: {title}";

    public override string StageName(string stage) => stage switch
    {
        "lead" => "lead",
        "qualified" => "kwalifikacja",
        "proposal" => "oferta",
        "negotiation" => "negocjacje",
        "won" => "wygrana",
        "lost" => "przegrana",
        _ => stage,
    };

    public override string TypeName(string type) => Language.Noun(ActivityOf(type));

    public override string LateNote(TimeOnly dueAt) => $"(z opóźnieniem: o {dueAt.ToString("HH:mm", CultureInfo.InvariantCulture)} serwer nie działał)";

    public override string ReminderTitle(TimeOnly at) => $"⏰ Przypomnienie · {at.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    public override string UndatedTask(string title) => $"• {title} (bez terminu)";

    public override string DigestTitle(string week, DateOnly from, DateOnly to) =>
        $"Podsumowanie KPI {week} ({Language.ShortDate(from)} – {Language.ShortDate(to)})";

    public override string TeamLine(string counters, int activitiesChange) =>
        $"Zespół: {counters}" + (activitiesChange == 0
            ? " (aktywności tyle co w zeszłym tygodniu)"
            : $" (aktywności {activitiesChange.ToString("+0;-0", CultureInfo.InvariantCulture)} wobec zeszłego tygodnia)");

    public override string Counters(KpiCounters c, string wonAmounts) =>
        $"{Language.Quantity(Counted.Meeting, c.Meetings)}, {Language.Quantity(Counted.Call, c.Calls)}, "
        + $"{Language.Quantity(Counted.Email, c.Emails)}, {Language.Quantity(Counted.Demo, c.Demos)}, {Language.Quantity(Counted.Visit, c.Visits)} "
        + $"({Language.Quantity(Counted.Activity, c.Activities)}) · "
        + $"{Language.Quantity(Counted.NewDeal, c.DealsCreated)}, wygrane: {c.DealsWon}{(wonAmounts.Length > 0 ? $" ({wonAmounts})" : string.Empty)}, "
        + $"przegrane: {c.DealsLost} · {Language.Quantity(Counted.StageMove, c.StageMoves)} · wykonane zadania: {c.TasksDone}";

    public override string NoOpenDeals() => "Lejek: brak otwartych szans";

    public override string Pipeline(int open, IEnumerable<string> stages) =>
        $"Lejek: {Plural(open, "otwarta", "otwarte", "otwartych")} ({string.Join(", ", stages)})";

    public override string PipelineStage(string stage, int count, string amounts) =>
        $"{stage} {count}{(amounts.Length > 0 ? $" ({amounts})" : string.Empty)}";

    public override string WinRate(decimal rate, decimal? daysToWin) =>
        $"Skuteczność {Percent(rate)}"
        + (daysToWin is { } days ? $", średnio dni do wygranej: {days.ToString("0.#", Language.Culture)}" : string.Empty);

    public override string Flag(KpiDeviation deviation) => $"⚠ {DeviationMessage(deviation)}: sprawdź {DeviationLookAt(deviation)}";

    public override string MoreInDetails(int count) => $"(+{count} w szczegółach)";

    public override string StaleHeader(int count) => $"Uśpione szanse ({count}):";

    public override string StaleLine(KpiStaleDeal s) =>
        $"  {s.Deal}{(s.Account is null ? string.Empty : $" ({s.Account})")}, {s.Owner}, {StageName(s.Stage)}, bez ruchu: {Plural(s.DaysIdle, "dzień", "dni", "dni")}";

    public override string RepName(string name, bool away) => away ? $"{name} (nieobecność)" : name;

    public override string Targets(IEnumerable<(string Metric, decimal Ratio)> fulfilment) =>
        " · cele: " + string.Join(", ", fulfilment.Select(f => $"{MetricLabel(f.Metric)} {Percent(f.Ratio)}"));

    public override string MetricLabel(string metric) => metric switch
    {
        "meetings" => "spotkania",
        "calls" => "telefony",
        "emails" => "e-maile",
        "demos" => "prezentacje",
        "visits" => "wizyty",
        "activities" => "aktywności",
        "deals_created" => "nowe szanse",
        "deals_won" => "wygrane",
        "deals_lost" => "przegrane",
        "won_amount" => "wartość wygranych",
        "stage_moves" => "zmiany etapów",
        "tasks_done" => "wykonane zadania",
        _ => metric.Replace('_', ' '),
    };

    public override string Forecast(string weighted, string month, string quarter) =>
        $"Prognoza: {(weighted.Length > 0 ? $"lejek ważony {weighted}; " : string.Empty)}w tym miesiącu {month}; w tym kwartale {quarter}";

    public override string ForecastPeriod(int count, string weighted) =>
        count == 0 ? "brak szans do zamknięcia"
        : $"{Plural(count, "szansa", "szanse", "szans")} do zamknięcia{(weighted.Length > 0 ? $", ważone {weighted}" : string.Empty)}";

    public override string StageProbabilities(IEnumerable<(string Stage, int Percent)> probabilities) =>
        $"Prawdopodobieństwa etapów: {string.Join(", ", probabilities.Select(p => $"{StageName(p.Stage)} {p.Percent}%"))}";

    public override string OverdueDeals(int count) =>
        $"⚠ {Plural(count, "otwarta szansa", "otwarte szanse", "otwartych szans")} po terminie zamknięcia: ustal nowy termin albo zamknij";

    public override string OverdueHeader(int count) => $"Po terminie zamknięcia ({count}):";

    public override string OverdueLine(Reports.Forecast.ForecastOverdueDeal d) =>
        $"  {d.Deal}{(d.Account is null ? string.Empty : $" ({d.Account})")}, {d.Owner}, {StageName(d.Stage)}, termin {Language.ShortDate(d.CloseDate)} ({Plural(d.DaysOverdue, "dzień", "dni", "dni")} temu)";

    public override string SlippingDeals(int count) =>
        $"⚠ {Plural(count, "szansa przesunęła", "szanse przesunęły", "szans przesunęło")} termin zamknięcia więcej niż raz";

    public override string SlippingHeader(int count) => $"Przesuwane terminy ({count}):";

    public override string SlippingLine(Reports.Forecast.ForecastSlippingDeal d) =>
        $"  {d.Deal}{(d.Account is null ? string.Empty : $" ({d.Account})")}, {d.Owner}, {StageName(d.Stage)}, przesunięta {Plural(d.Slips, "raz", "razy", "razy")}"
        + (d.CloseDate is { } c ? $", teraz {Language.ShortDate(c)}" : string.Empty);

    public override string ChartActivities(string? target) => $"Aktywności handlowców{(target is null ? "" : $" (cel {target})")}";

    public override string ChartPipeline(string? currency) => currency is null ? "Otwarte szanse według etapów" : $"Otwarty lejek według etapów ({currency})";

    public override string ChartWon(string? currency) => currency is null ? "Wygrane szanse w tygodniach" : $"Wygrane w tygodniach ({currency})";

    public override string ChartWonLegend() => "Wygrane";

    public override string QuietWeek() => "Spokojny tydzień: nikt niczego nie zapisał.";

    public override string DeviationMessage(KpiDeviation deviation) => deviation switch
    {
        KpiBelowTarget { Currency: { } c } b =>
            $"{b.RepName}: {MetricLabel(b.MetricName)} {Percent(b.Ratio)} celu ({Language.ExactMoney(c, b.Actual).Trim()} z {Language.ExactMoney(c, b.Target).Trim()})",
        KpiBelowTarget b => $"{b.RepName}: {MetricLabel(b.MetricName)} {b.Actual.ToString("0.##", Language.Culture)} z {b.Target.ToString("0.##", Language.Culture)} ({Percent(b.Ratio)})",
        KpiPileUp p => $"etap {StageName(p.Stage)}: {p.Count} z {Plural(p.OpenDeals, "otwartej szansy", "otwartych szans", "otwartych szans")}",
        KpiStaleFlag s => $"{Plural(s.Count, "otwarta szansa", "otwarte szanse", "otwartych szans")} bez aktywności od {Plural(s.Days, "dnia", "dni", "dni")}",
        KpiActivityDrop d => $"aktywności spadły z {d.Previous} do {d.Now}",
        _ => deviation.Kind,
    };

    public override string DeviationLookAt(KpiDeviation deviation) => deviation switch
    {
        KpiBelowTarget b => b.MetricName switch
        {
            "meetings" => "spotkania zaplanowane na przyszły tydzień i follow-upy, które mają do nich prowadzić",
            "calls" => "listę telefonów i czas zarezerwowany na dzwonienie",
            "emails" => "follow-upy po spotkaniach i telefonach",
            "demos" => "zakwalifikowane szanse gotowe na prezentację",
            "deals_created" => "prospecting: nowe leady i pierwsze spotkania",
            "deals_won" or "won_amount" => "szanse w negocjacjach i ich daty zamknięcia",
            "stage_moves" => "szanse, które utknęły na jednym etapie, i ich kolejne kroki",
            "tasks_done" => "zaległe zadania",
            _ => "aktywność tygodnia jako całość",
        },
        KpiPileUp p => $"najstarsze szanse na etapie {StageName(p.Stage)}: ustal kolejny krok albo je zamknij",
        KpiStaleFlag => "listę uśpionych szans: zaplanuj kolejny krok albo oznacz je jako przegrane",
        KpiActivityDrop => "kto był nieobecny i czy aktywność jest nadal zapisywana",
        _ => "aktywność tygodnia jako całość",
    };
}
