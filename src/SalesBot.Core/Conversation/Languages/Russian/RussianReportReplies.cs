using System.Globalization;
using SalesBot.Core.Reports.Kpi;

namespace SalesBot.Core.Conversation.Languages.Russian;

/// <summary>The stand-up and the digest in Russian.</summary>
public sealed partial class RussianReportReplies(LanguageReplies language) : ReportReplies(language)
{
    private static string Plural(int n, string one, string few, string many) => RussianReplies.Plural(n, one, few, many);

    private string Percent(decimal ratio) => (ratio * 100).ToString("0", Language.Culture) + "%";

    public override string StandupTitle(DateOnly date) => $"Стендап · {Language.WeekdayDate(date)}";

    public override string NobodyOnTeam() => "В команде пока никого нет.";

    public override string QuietDay() => "Тихий день: с прошлого стендапа ничего не записано, планов нет, на сегодня ничего не назначено.";

    public override string NotAWorkingDay(DateOnly date, DateOnly? next) =>
        Capitalized($"{Language.WeekdayDate(date)} — нерабочий день команды: стендап не публикуется.")
        + (next is { } n ? Stop($" Следующий — {Language.WeekdayDate(n)}") : string.Empty);

    public override string Away(string name, DateOnly? until) =>
        until is { } u ? $"{name}: отсутствует до {Language.ShortDate(u)}" : $"{name}: отсутствует";

    public override string NothingRecorded() => "ничего не записано";

    public override string MovedTo(string deal, string stage) => $"{deal} → {stage}";

    public override string Won(string deal) => $"выиграна: {deal}";

    public override string Lost(string deal) => $"проиграна: {deal}";

    public override string NoPlanYet() => "плана пока нет";

    public override string MissingPlans(IReadOnlyList<string> names) =>
        $"Пока без плана на сегодня: {string.Join(", ", names)}. Достаточно короткого «план: …» мне.";

    public override Messaging.OutgoingMessage PlanPromptAgain(string firstName) =>
        new("Через несколько минут стендап. Ваши 3 главных дела? Ответьте, например: план: звонок Кевину; предложение Contoso; демо Fabrikam")
        {
            Title = $"{firstName}, напоминаю",
        };

    public override string Plan(string first, int more) => $"план: {first}{(more > 0 ? $" (+{more})" : string.Empty)}";

    public override string DueToday(int count) => $"на сегодня: {count}";

    public override string Overdue(int count) => $"просрочено: {count}";

    public override string ActivityDetail(string type, string? account, string? contact, string? deal, DateOnly on, string? notes) =>
        $"  {type} {string.Join(' ', new[] { account, contact is null ? null : $"({contact})" }.Where(s => s is not null))}"
        + (deal is null ? string.Empty : $" по сделке {deal}")
        + $", {Language.WeekdayDate(on)}{(notes is null ? string.Empty : $": {notes}")}";

    public override string NewDealDetail(string deal) => $"  новая сделка {deal}";

    public override string MoveDetail(string deal, string? from, string to) => $"  {deal}: {from} → {to}";

    public override string PlanItem(int number, string item) => $"  план {Language.Ordinal(number)} {item}";

    public override string DueTodayDetail(string title) => $"  на сегодня: {title}";

    public override string OverdueDetail(string title, DateOnly? since) =>
        $"  просрочено с {(since is { } s ? Language.ShortDate(s) : string.Empty)}: {title}";

    public override string StageName(string stage) => stage switch
    {
        "lead" => "лид",
        "qualified" => "квалификация",
        "proposal" => "КП",
        "negotiation" => "переговоры",
        "won" => "выиграна",
        "lost" => "проиграна",
        _ => stage,
    };

    public override string TypeName(string type) => Language.Noun(ActivityOf(type));

    public override string LateNote(TimeOnly dueAt) => $"(с опозданием: в {dueAt.ToString("HH:mm", CultureInfo.InvariantCulture)} сервер не работал)";

    public override string ReminderTitle(TimeOnly at) => $"⏰ Напоминание · {at.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    public override string UndatedTask(string title) => $"• {title} (без срока)";

    public override string DigestTitle(string week, DateOnly from, DateOnly to) =>
        $"Дайджест KPI {week} ({Language.ShortDate(from)} – {Language.ShortDate(to)})";

    public override string TeamLine(string counters, int activitiesChange) =>
        $"Команда: {counters}" + (activitiesChange == 0
            ? " (активностей столько же, сколько на прошлой неделе)"
            : $" (активности {activitiesChange.ToString("+0;-0", CultureInfo.InvariantCulture)} к прошлой неделе)");

    public override string Counters(KpiCounters c, string wonAmounts) =>
        $"{Language.Quantity(Counted.Meeting, c.Meetings)}, {Language.Quantity(Counted.Call, c.Calls)}, "
        + $"{Language.Quantity(Counted.Email, c.Emails)}, {Language.Quantity(Counted.Demo, c.Demos)}, {Language.Quantity(Counted.Visit, c.Visits)} "
        + $"({Language.Quantity(Counted.Activity, c.Activities)}) · "
        + $"{Language.Quantity(Counted.NewDeal, c.DealsCreated)}, выиграно: {c.DealsWon}{(wonAmounts.Length > 0 ? $" ({wonAmounts})" : string.Empty)}, "
        + $"проиграно: {c.DealsLost} · {Language.Quantity(Counted.StageMove, c.StageMoves)} · выполнено задач: {c.TasksDone}";

    public override string NoOpenDeals() => "Воронка: открытых сделок нет";

    public override string Pipeline(int open, IEnumerable<string> stages) =>
        $"Воронка: {Plural(open, "открытая", "открытые", "открытых")} ({string.Join(", ", stages)})";

    public override string PipelineStage(string stage, int count, string amounts) =>
        $"{stage} {count}{(amounts.Length > 0 ? $" ({amounts})" : string.Empty)}";

    public override string WinRate(decimal rate, decimal? daysToWin) =>
        $"Доля побед {Percent(rate)}"
        + (daysToWin is { } days ? $", в среднем дней до победы: {days.ToString("0.#", Language.Culture)}" : string.Empty);

    public override string Flag(KpiDeviation deviation) => $"⚠ {DeviationMessage(deviation)}: посмотрите {DeviationLookAt(deviation)}";

    public override string MoreInDetails(int count) => $"(+{count} в подробностях)";

    public override string StaleHeader(int count) => $"Зависшие сделки ({count}):";

    public override string StaleLine(KpiStaleDeal s) =>
        $"  {s.Deal}{(s.Account is null ? string.Empty : $" ({s.Account})")}, {s.Owner}, {StageName(s.Stage)}, без движения: {Plural(s.DaysIdle, "день", "дня", "дней")}";

    public override string RepName(string name, bool away) => away ? $"{name} (отсутствует)" : name;

    public override string Targets(IEnumerable<(string Metric, decimal Ratio)> fulfilment) =>
        " · цели: " + string.Join(", ", fulfilment.Select(f => $"{MetricLabel(f.Metric)} {Percent(f.Ratio)}"));

    public override string MetricLabel(string metric) => metric switch
    {
        "meetings" => "встречи",
        "calls" => "звонки",
        "emails" => "письма",
        "demos" => "презентации",
        "visits" => "визиты",
        "activities" => "активности",
        "deals_created" => "новые сделки",
        "deals_won" => "выигранные сделки",
        "deals_lost" => "проигранные сделки",
        "won_amount" => "сумма выигранных",
        "stage_moves" => "смены этапов",
        "tasks_done" => "выполненные задачи",
        _ => metric.Replace('_', ' '),
    };

    public override string Forecast(string weighted, string month, string quarter) =>
        $"Прогноз: {(weighted.Length > 0 ? $"взвешенная воронка {weighted}; " : string.Empty)}в этом месяце {month}; в этом квартале {quarter}";

    public override string ForecastPeriod(int count, string weighted) =>
        count == 0 ? "нет сделок к закрытию"
        : $"{Plural(count, "сделка", "сделки", "сделок")} к закрытию{(weighted.Length > 0 ? $", с учётом вероятности {weighted}" : string.Empty)}";

    public override string StageProbabilities(IEnumerable<(string Stage, int Percent)> probabilities) =>
        $"Вероятности этапов: {string.Join(", ", probabilities.Select(p => $"{StageName(p.Stage)} {p.Percent}%"))}";

    public override string OverdueDeals(int count) =>
        $"⚠ {Plural(count, "открытая сделка", "открытые сделки", "открытых сделок")} с прошедшей датой закрытия: назначьте новую дату или закройте";

    public override string OverdueHeader(int count) => $"Дата закрытия прошла ({count}):";

    public override string OverdueLine(Reports.Forecast.ForecastOverdueDeal d) =>
        $"  {d.Deal}{(d.Account is null ? string.Empty : $" ({d.Account})")}, {d.Owner}, {StageName(d.Stage)}, срок {Language.ShortDate(d.CloseDate)} ({Plural(d.DaysOverdue, "день", "дня", "дней")} назад)";

    public override string SlippingDeals(int count) =>
        $"⚠ {Plural(count, "сделка", "сделки", "сделок")}: дата закрытия переносилась позже больше одного раза";

    public override string SlippingHeader(int count) => $"Переносы даты закрытия ({count}):";

    public override string SlippingLine(Reports.Forecast.ForecastSlippingDeal d) =>
        $"  {d.Deal}{(d.Account is null ? string.Empty : $" ({d.Account})")}, {d.Owner}, {StageName(d.Stage)}, перенос: {Plural(d.Slips, "раз", "раза", "раз")}"
        + (d.CloseDate is { } c ? $", сейчас {Language.ShortDate(c)}" : string.Empty);

    public override string ChartActivities(string? target) => $"Активности по менеджерам{(target is null ? "" : $" (цель {target})")}";

    public override string ChartPipeline(string? currency) => currency is null ? "Открытые сделки по этапам" : $"Открытая воронка по этапам ({currency})";

    public override string ChartWon(string? currency) => currency is null ? "Выигранные сделки по неделям" : $"Выиграно по неделям ({currency})";

    public override string ChartWonLegend() => "Выиграно";

    public override string QuietWeek() => "Тихая неделя: никто ничего не записал.";

    public override string DeviationMessage(KpiDeviation deviation) => deviation switch
    {
        KpiBelowTarget { Currency: { } c } b =>
            $"{b.RepName}: {MetricLabel(b.MetricName)} {Percent(b.Ratio)} цели ({Language.ExactMoney(c, b.Actual).Trim()} из {Language.ExactMoney(c, b.Target).Trim()})",
        KpiBelowTarget b => $"{b.RepName}: {MetricLabel(b.MetricName)} {b.Actual.ToString("0.##", Language.Culture)} из {b.Target.ToString("0.##", Language.Culture)} ({Percent(b.Ratio)})",
        KpiPileUp p => $"этап {StageName(p.Stage)}: {p.Count} из {Plural(p.OpenDeals, "открытой сделки", "открытых сделок", "открытых сделок")}",
        KpiStaleFlag s => $"{Plural(s.Count, "открытая сделка", "открытые сделки", "открытых сделок")} без активности {Plural(s.Days, "день", "дня", "дней")}",
        KpiActivityDrop d => $"активности упали с {d.Previous} до {d.Now}",
        _ => deviation.Kind,
    };

    public override string DeviationLookAt(KpiDeviation deviation) => deviation switch
    {
        KpiBelowTarget b => b.MetricName switch
        {
            "meetings" => "встречи на следующую неделю и шаги, которые должны к ним привести",
            "calls" => "список звонков и время, выделенное на звонки",
            "emails" => "письма после встреч и звонков",
            "demos" => "квалифицированные сделки, готовые к презентации",
            "deals_created" => "поиск клиентов: новые лиды и первые встречи",
            "deals_won" or "won_amount" => "сделки на переговорах и их даты закрытия",
            "stage_moves" => "сделки, застрявшие на одном этапе, и их следующие шаги",
            "tasks_done" => "просроченные задачи",
            _ => "активность недели в целом",
        },
        KpiPileUp p => $"самые старые сделки на этапе {StageName(p.Stage)}: договоритесь о следующем шаге или закройте их",
        KpiStaleFlag => "список зависших сделок: назначьте следующий шаг или отметьте их как проигранные",
        KpiActivityDrop => "кто отсутствовал и записывается ли ещё активность",
        _ => "активность недели в целом",
    };
}
