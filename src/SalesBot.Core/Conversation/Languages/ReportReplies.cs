using SalesBot.Core.Reports.Kpi;

namespace SalesBot.Core.Conversation.Languages;

/// <summary>
/// The words of the stand-up and the weekly digest in one language. The renderers
/// (<see cref="Reports.Standup.StandupMessage"/>, <see cref="DigestMessage"/>) decide what appears and in
/// which order; a pack only says it. Stages and activity types arrive as their wire names ("proposal", "call").
/// </summary>
public abstract partial class ReportReplies(LanguageReplies language)
{
    protected LanguageReplies Language { get; } = language;

    // ---- Stand-up -----------------------------------------------------------------------------

    public abstract string StandupTitle(DateOnly date);

    public abstract string NobodyOnTeam();

    /// <summary>The one line of a day with nothing recorded, planned or due.</summary>
    public abstract string QuietDay();

    /// <summary>What <c>standup</c> says for a weekend or a holiday: no stand-up is posted that day.</summary>
    public abstract string NotAWorkingDay(DateOnly date, DateOnly? next);

    public abstract string Away(string name, DateOnly? until);

    public abstract string NothingRecorded();

    public string ActivityCount(string type, int count) => Language.Quantity(ActivityOf(type), count);

    public string NewDeals(int count) => Language.Quantity(Counted.NewDeal, count);

    public abstract string MovedTo(string deal, string stage);

    public string StageMoves(int count) => Language.Quantity(Counted.StageMove, count);

    public abstract string Won(string deal);

    public abstract string Lost(string deal);

    public abstract string NoPlanYet();

    /// <summary>The stand-up's gentle roll call of reps without a top 3 (never someone away).</summary>
    public abstract string MissingPlans(IReadOnlyList<string> names);

    /// <summary>The one repeat of an unanswered plan prompt, a few minutes before the stand-up.</summary>
    public abstract Messaging.OutgoingMessage PlanPromptAgain(string firstName);

    public abstract string Plan(string first, int more);

    public abstract string DueToday(int count);

    public abstract string Overdue(int count);

    public abstract string ActivityDetail(string type, string? account, string? contact, string? deal, DateOnly on, string? notes);

    public abstract string NewDealDetail(string deal);

    public abstract string MoveDetail(string deal, string? from, string to);

    public abstract string PlanItem(int number, string item);

    public abstract string DueTodayDetail(string title);

    public abstract string OverdueDetail(string title, DateOnly? since);

    /// <summary>A deal with its amount, where amounts may show: "Contoso upgrade (EUR 30,000)".</summary>
    public virtual string DealWithAmount(string deal, string? currency, decimal amount) =>
        $"{deal} ({Language.ExactMoney(currency ?? "", amount).Trim()})";

    /// <summary>A stage as reports print it (the wire name in English).</summary>
    public abstract string StageName(string stage);

    /// <summary>An activity type as reports print it (the wire name in English).</summary>
    public abstract string TypeName(string type);

    // ---- Scheduled notes ----------------------------------------------------------------------

    /// <summary>What a post sent after its time says: "(late: the host was down at 09:30)".</summary>
    public abstract string LateNote(TimeOnly dueAt);

    /// <summary>The title of a task reminder sent at its minute: "⏰ Reminder · 15:20".</summary>
    public abstract string ReminderTitle(TimeOnly at);

    /// <summary>A task without a date in the morning note, after the dated ones.</summary>
    public abstract string UndatedTask(string title);

    // ---- Digest -------------------------------------------------------------------------------

    public abstract string DigestTitle(string week, DateOnly from, DateOnly to);

    /// <summary>"Team: " and the team's counters.</summary>
    public abstract string TeamLine(string counters, int activitiesChange);

    /// <summary>The counters of a rep or the team; <paramref name="won"/> is already worded (with amounts where allowed).</summary>
    public abstract string Counters(KpiCounters c, string wonAmounts);

    public abstract string NoOpenDeals();

    public abstract string Pipeline(int open, IEnumerable<string> stages);

    public abstract string PipelineStage(string stage, int count, string amounts);

    public abstract string WinRate(decimal rate, decimal? daysToWin);

    public abstract string Flag(KpiDeviation deviation);

    public abstract string MoreInDetails(int count);

    public abstract string StaleHeader(int count);

    public abstract string StaleLine(KpiStaleDeal deal);

    public abstract string RepName(string name, bool away);

    public abstract string Targets(IEnumerable<(string Metric, decimal Ratio)> fulfilment);

    public abstract string MetricLabel(string metric);

    // ---- Digest chart (titles drawn into the PNG and written on the Teams card) ------------------

    /// <summary>"Activities per rep (target 20)"; <paramref name="target"/> is the activities target, when set.</summary>
    public abstract string ChartActivities(string? target);

    /// <summary>"Open pipeline by stage (EUR)", or "Open deals by stage" when <paramref name="currency"/> is null (amounts hidden).</summary>
    public abstract string ChartPipeline(string? currency);

    /// <summary>"Won by week (EUR)", or "Deals won by week" when <paramref name="currency"/> is null (amounts hidden).</summary>
    public abstract string ChartWon(string? currency);

    /// <summary>The won line's legend: "Won".</summary>
    public abstract string ChartWonLegend();

    // ---- Forecast (in the digest) --------------------------------------------------------------

    /// <summary>
    /// "Forecast: weighted pipeline …; this month …; this quarter …", the periods worded by <see cref="ForecastPeriod"/>;
    /// <paramref name="weighted"/> is empty where amounts are hidden.
    /// </summary>
    public abstract string Forecast(string weighted, string month, string quarter);

    /// <summary>Open deals due to close in a period; <paramref name="weighted"/> is empty where amounts are hidden.</summary>
    public abstract string ForecastPeriod(int count, string weighted);

    /// <summary>The team's stage probabilities the weighting used.</summary>
    public abstract string StageProbabilities(IEnumerable<(string Stage, int Percent)> probabilities);

    public abstract string OverdueDeals(int count);

    public abstract string OverdueHeader(int count);

    public abstract string OverdueLine(Reports.Forecast.ForecastOverdueDeal deal);

    public abstract string SlippingDeals(int count);

    public abstract string SlippingHeader(int count);

    public abstract string SlippingLine(Reports.Forecast.ForecastSlippingDeal deal);

    /// <summary>The quiet week's one line: nothing recorded by anyone.</summary>
    public abstract string QuietWeek();

    public abstract string DeviationMessage(KpiDeviation deviation);

    public abstract string DeviationLookAt(KpiDeviation deviation);

    /// <summary>A sentence starting with a date ("sob. 21 lis ...") starts with a capital.</summary>
    protected string Capitalized(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], Language.Culture) + text[1..];

    /// <summary>Ends a sentence once, also after an abbreviation that has its own period ("нояб.").</summary>
    protected static string Stop(string text) => text.EndsWith('.') ? text : text + ".";

    protected static Crm.ActivityType ActivityOf(string type) =>
        Enum.TryParse<Crm.ActivityType>(type, ignoreCase: true, out var t) ? t : Crm.ActivityType.Note;
}
