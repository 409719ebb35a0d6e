using System.Globalization;
using SalesBot.Core.Reports.Kpi;

namespace SalesBot.Core.Conversation.Languages.English;

/// <summary>The stand-up and the digest in English.</summary>
public sealed partial class EnglishReportReplies(LanguageReplies language) : ReportReplies(language)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public override string StandupTitle(DateOnly date) => $"Stand-up · {Language.WeekdayDate(date)}";

    public override string NobodyOnTeam() => "Nobody on the team yet.";

    public override string QuietDay() => "A quiet day: nothing recorded since the last stand-up, no plans and nothing due.";

    public override string NotAWorkingDay(DateOnly date, DateOnly? next) =>
        $"{Language.WeekdayDate(date)} is not a working day for the team: no stand-up is posted."
        + (next is { } n ? $" The next one is on {Language.WeekdayDate(n)}." : string.Empty);

    public override string Away(string name, DateOnly? until) =>
        until is { } u ? $"{name}: away until {Language.ShortDate(u)}" : $"{name}: away";

    public override string NothingRecorded() => "nothing recorded";

    public override string MovedTo(string deal, string stage) => $"{deal} → {stage}";

    public override string Won(string deal) => $"won {deal}";

    public override string Lost(string deal) => $"lost {deal}";

    public override string NoPlanYet() => "no plan yet";

    public override string MissingPlans(IReadOnlyList<string> names) =>
        $"No top 3 yet from {string.Join(", ", names)}: a short \"plan: …\" to me still makes today's list.";

    public override Messaging.OutgoingMessage PlanPromptAgain(string firstName) =>
        new("The stand-up is in a few minutes. Your top 3? Reply like: plan: call Kevin; Contoso proposal; Fabrikam demo")
        {
            Title = $"{firstName}, a quick one",
        };

    public override string Plan(string first, int more) => $"plan: {first}{(more > 0 ? $" (+{more})" : string.Empty)}";

    public override string DueToday(int count) => $"{count} due today";

    public override string Overdue(int count) => $"{count} overdue";

    public override string ActivityDetail(string type, string? account, string? contact, string? deal, DateOnly on, string? notes) =>
        $"  {type} {string.Join(' ', new[] { account, contact is null ? null : $"({contact})" }.Where(s => s is not null))}"
        + (deal is null ? string.Empty : $" re {deal}")
        + $" on {Language.WeekdayDate(on)}{(notes is null ? string.Empty : $": {notes}")}";

    public override string NewDealDetail(string deal) => $"  new deal {deal}";

    public override string MoveDetail(string deal, string? from, string to) => $"  {deal}: {from} → {to}";

    public override string PlanItem(int number, string item) => $"  plan {number}. {item}";

    public override string DueTodayDetail(string title) => $"  due today: {title}";

    public override string OverdueDetail(string title, DateOnly? since) =>
        $"  overdue since {(since is { } s ? Language.ShortDate(s) : string.Empty)}: {title}";

    public override string DealWithAmount(string deal, string? currency, decimal amount) =>
        $"{deal} ({currency} {amount.ToString("#,0.##", Invariant)})";

    public override string StageName(string stage) => stage;

    public override string TypeName(string type) => type;

    public override string LateNote(TimeOnly dueAt) => $"(late: the host was down at {dueAt.ToString("HH:mm", Invariant)})";

    public override string ReminderTitle(TimeOnly at) => $"⏰ Reminder · {at.ToString("HH:mm", Invariant)}";

    public override string UndatedTask(string title) => $"• {title} (no date)";

    public override string DigestTitle(string week, DateOnly from, DateOnly to) =>
        $"KPI digest {week} ({Language.ShortDate(from)} – {Language.ShortDate(to)})";

    public override string TeamLine(string counters, int activitiesChange) =>
        $"Team: {counters}" + (activitiesChange == 0
            ? " (activities as last week)"
            : $" (activities {activitiesChange.ToString("+0;-0", Invariant)} vs last week)");

    public override string Counters(KpiCounters c, string wonAmounts) =>
        $"{Language.Quantity(Counted.Meeting, c.Meetings)}, {Language.Quantity(Counted.Call, c.Calls)}, "
        + $"{Language.Quantity(Counted.Email, c.Emails)}, {Language.Quantity(Counted.Demo, c.Demos)}, {Language.Quantity(Counted.Visit, c.Visits)} "
        + $"({Language.Quantity(Counted.Activity, c.Activities)}) · "
        + $"{Language.Quantity(Counted.NewDeal, c.DealsCreated)}, won {c.DealsWon}{(wonAmounts.Length > 0 ? $" ({wonAmounts})" : string.Empty)}, "
        + $"lost {c.DealsLost} · {Language.Quantity(Counted.StageMove, c.StageMoves)} · {Language.Quantity(Counted.Task, c.TasksDone)} done";

    public override string NoOpenDeals() => "Pipeline: no open deals";

    public override string Pipeline(int open, IEnumerable<string> stages) => $"Pipeline: {open} open ({string.Join(", ", stages)})";

    public override string PipelineStage(string stage, int count, string amounts) =>
        $"{stage} {count}{(amounts.Length > 0 ? $" ({amounts})" : string.Empty)}";

    public override string WinRate(decimal rate, decimal? daysToWin) =>
        $"Win rate {(rate * 100).ToString("0", Invariant)}%"
        + (daysToWin is { } days ? $", {days.ToString("0.#", Invariant)} days to win on average" : string.Empty);

    public override string Flag(KpiDeviation deviation) => $"⚠ {DeviationMessage(deviation)}: look at {DeviationLookAt(deviation)}";

    public override string MoreInDetails(int count) => $"(+{count} more in the details)";

    public override string StaleHeader(int count) => $"Stale deals ({count}):";

    public override string StaleLine(KpiStaleDeal s) =>
        $"  {s.Deal}{(s.Account is null ? string.Empty : $" ({s.Account})")}, {s.Owner}, {s.Stage}, {s.DaysIdle} days quiet";

    public override string RepName(string name, bool away) => away ? $"{name} (away)" : name;

    public override string Targets(IEnumerable<(string Metric, decimal Ratio)> fulfilment) =>
        " · targets: " + string.Join(", ", fulfilment.Select(f => $"{MetricLabel(f.Metric)} {(f.Ratio * 100).ToString("0", Invariant)}%"));

    public override string MetricLabel(string metric) => metric.Replace('_', ' ');

    public override string Forecast(string weighted, string month, string quarter) =>
        $"Forecast: {(weighted.Length > 0 ? $"weighted pipeline {weighted}; " : string.Empty)}this month {month}; this quarter {quarter}";

    public override string ForecastPeriod(int count, string weighted) =>
        count == 0 ? "no deal due to close"
        : $"{count} deal{(count == 1 ? "" : "s")} due to close{(weighted.Length > 0 ? $", {weighted} weighted" : string.Empty)}";

    public override string StageProbabilities(IEnumerable<(string Stage, int Percent)> probabilities) =>
        $"Stage probabilities: {string.Join(", ", probabilities.Select(p => $"{StageName(p.Stage)} {p.Percent}%"))}";

    public override string OverdueDeals(int count) =>
        $"⚠ {count} open deal{(count == 1 ? " is" : "s are")} past {(count == 1 ? "its" : "their")} close date: agree a new date or close {(count == 1 ? "it" : "them")}";

    public override string OverdueHeader(int count) => $"Past the close date ({count}):";

    public override string OverdueLine(Reports.Forecast.ForecastOverdueDeal d) =>
        $"  {d.Deal}{(d.Account is null ? string.Empty : $" ({d.Account})")}, {d.Owner}, {StageName(d.Stage)}, was due {Language.ShortDate(d.CloseDate)} ({d.DaysOverdue} day{(d.DaysOverdue == 1 ? "" : "s")} ago)";

    public override string SlippingDeals(int count) =>
        $"⚠ {count} deal{(count == 1 ? "" : "s")} moved {(count == 1 ? "its" : "their")} close date later more than once";

    public override string SlippingHeader(int count) => $"Slipping ({count}):";

    public override string SlippingLine(Reports.Forecast.ForecastSlippingDeal d) =>
        $"  {d.Deal}{(d.Account is null ? string.Empty : $" ({d.Account})")}, {d.Owner}, {StageName(d.Stage)}, moved later {d.Slips} times"
        + (d.CloseDate is { } c ? $", now {Language.ShortDate(c)}" : string.Empty);

    public override string ChartActivities(string? target) => $"Activities per rep{(target is null ? "" : $" (target {target})")}";

    public override string ChartPipeline(string? currency) => currency is null ? "Open deals by stage" : $"Open pipeline by stage ({currency})";

    public override string ChartWon(string? currency) => currency is null ? "Deals won by week" : $"Won by week ({currency})";

    public override string ChartWonLegend() => "Won";

    public override string QuietWeek() => "A quiet week: nothing recorded by anyone.";

    public override string DeviationMessage(KpiDeviation deviation) => deviation switch
    {
        KpiBelowTarget { Currency: { } c } b =>
            $"{b.RepName}: {MetricLabel(b.MetricName)} at {(b.Ratio * 100).ToString("0", Invariant)}% of target ({Language.ExactMoney(c, b.Actual).Trim()} of {Language.ExactMoney(c, b.Target).Trim()})",
        KpiBelowTarget b =>
            $"{b.RepName}: {MetricLabel(b.MetricName)} {b.Actual.ToString("0.##", Invariant)} of {b.Target.ToString("0.##", Invariant)} ({(b.Ratio * 100).ToString("0", Invariant)}%)",
        KpiPileUp p => $"{p.Count} of {p.OpenDeals} open deals sit in {p.Stage}",
        KpiStaleFlag s => $"{s.Count} open deal{(s.Count == 1 ? string.Empty : "s")} had no activity for {s.Days} days",
        KpiActivityDrop d => $"activities fell from {d.Previous} to {d.Now}",
        _ => deviation.Kind,
    };

    public override string DeviationLookAt(KpiDeviation deviation) => deviation switch
    {
        KpiBelowTarget b => b.MetricName switch
        {
            "meetings" => "meetings booked for next week and the follow-ups that should lead to them",
            "calls" => "the call list and time blocked for calling",
            "emails" => "follow-ups after meetings and calls",
            "demos" => "qualified deals that are ready for a demo",
            "deals_created" => "prospecting: new leads and first meetings",
            "deals_won" or "won_amount" => "deals in negotiation and their close dates",
            "stage_moves" => "deals stuck in one stage and their next steps",
            "tasks_done" => "overdue tasks",
            _ => "the week's activity overall",
        },
        KpiPileUp p => $"the oldest deals in {p.Stage}: agree a next step or close them",
        KpiStaleFlag => "the stale list: book a next step or mark them lost",
        KpiActivityDrop => "who was away, and whether activity is still being logged",
        _ => "the week's activity overall",
    };
}
