using SalesBot.Core.Crm;
using SalesBot.Core.Reports.Calendar;

namespace SalesBot.Core.Reports.Standup;

/// <summary>Builds the stand-up from loaded rows. Pure: the same rows and date give the same report.</summary>
public static class StandupBuilder
{
    /// <summary>
    /// The stand-up on <paramref name="date"/> covers what was recorded from the previous working
    /// day's stand-up up to this one, so Monday's covers the weekend and a holiday is folded into the next day.
    /// </summary>
    public static (DateTimeOffset From, DateTimeOffset To) Window(TeamCalendar calendar, DateOnly date, TimeOnly standupTime) =>
        (calendar.ToInstant(calendar.PreviousWorkingDay(date), standupTime), calendar.ToInstant(date, standupTime));

    public static StandupReport Build(StandupData data, DateOnly date)
    {
        var (from, to) = Window(data.Calendar, date, data.Team.StandupTime);
        var activities = data.Activities.ToLookup(a => a.MemberId);
        var changes = data.StageChanges.ToLookup(c => c.OwnerId);
        var plans = data.Plans.ToDictionary(p => p.MemberId, p => p.Items);
        var tasks = data.OpenTasks.ToLookup(t => t.OwnerId);

        var reps = new List<StandupRep>();
        foreach (var m in data.Members)
        {
            var mine = activities[m.Id].ToList();
            var moves = changes[m.Id].ToList();
            var plan = plans.GetValueOrDefault(m.Id) ?? [];
            var myTasks = tasks[m.Id].ToList();
            // Managers appear only when they did something: the stand-up is about the people selling.
            if (m.Role == MemberRole.Manager && mine.Count == 0 && moves.Count == 0 && plan.Count == 0)
            {
                continue;
            }

            var away = m.Status == MemberStatus.Away && (m.AwayUntil is null || date <= m.AwayUntil.Value);
            reps.Add(new StandupRep(
                m.Name,
                m.Role == MemberRole.Manager ? "manager" : "rep",
                away,
                away ? m.AwayUntil : null,
                mine.Select(a => new StandupActivity(Wire(a.Type), a.HappenedOn, a.Account, a.Contact, a.Deal, a.Notes)).ToList(),
                moves.Where(c => ReportCounters.IsStageMove(c.From))
                    .Select(c => new StandupStageMove(c.Deal, c.Account, Wire(c.From!.Value), Wire(c.To), c.ChangedAt)).ToList(),
                moves.Where(c => ReportCounters.IsNewDeal(c.From)).Select(Deal).ToList(),
                moves.Where(c => ReportCounters.IsWin(c.From, c.To)).Select(Deal).ToList(),
                moves.Where(c => ReportCounters.IsLoss(c.From, c.To)).Select(Deal).ToList(),
                plan,
                myTasks.Where(t => t.Due == date).Select(t => new StandupTask(t.Title, t.Due)).ToList(),
                myTasks.Where(t => t.Due < date).Select(t => new StandupTask(t.Title, t.Due)).ToList())
            {
                MemberId = m.Id,
                ActivityCounts = Enum.GetValues<ActivityType>()
                    .Select(t => (Type: Wire(t), Count: mine.Count(a => a.Type == t)))
                    .Where(x => x.Count > 0)
                    .ToDictionary(x => x.Type, x => x.Count),
            });
        }

        return new StandupReport(data.Team.Name, date, from, to, data.Team.TimeZone, data.Calendar.IsWorkingDay(date), reps)
        {
            TeamId = data.Team.Id,
            NextWorkingDay = data.Calendar.NextWorkingDay(date),
        };
    }

    /// <summary>
    /// A rep who owes the stand-up a top 3: a rep (not a manager), not away, with no plan for the day. The stand-up
    /// names them and the plan reminder goes to them; nobody away is nagged.
    /// </summary>
    public static bool HasNoPlan(StandupRep rep) => rep.Role == "rep" && !rep.Away && rep.Plan.Count == 0;

    /// <summary>The lower-case names the CLI, the parser and the JSON use ("meeting", "proposal").</summary>
    public static string Wire(ActivityType type) => type.ToString().ToLowerInvariant();

    public static string Wire(DealStage stage) => stage.ToString().ToLowerInvariant();

    private static StandupDeal Deal(StandupStageChangeRow c) => new(c.Deal, c.Account, c.Amount, c.Currency);
}
