using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Reports.Standup;

/// <summary>
/// Renders the stand-up as one short line per rep (the part a channel shows) with the details a
/// reader can expand, in the words of a language's pack. Short on purpose: a verbose stand-up is how a channel gets muted.
/// </summary>
public static class StandupMessage
{
    private const int PlanItemWidth = 48;

    /// <param name="showAmounts">Deal amounts appear only where the team allows them (private chats, or the channel if the team says so).</param>
    /// <param name="lateNote">"(late: the host was down at 09:30)" when a catch-up posts it after its time.</param>
    /// <param name="language">The team's pack; English when null.</param>
    public static OutgoingMessage Render(StandupReport report, bool showAmounts, string? lateNote = null, LanguageReplies? language = null)
    {
        var words = (language ?? ReplyPacks.English).Reports;
        var title = words.StandupTitle(report.Date);
        if (lateNote is not null)
        {
            title += " " + lateNote;
        }

        if (!report.IsWorkingDay)
        {
            return new OutgoingMessage(words.NotAWorkingDay(report.Date, report.NextWorkingDay)) { Title = title };
        }

        if (report.Reps.Count > 0 && report.Reps.All(IsQuiet))
        {
            return new OutgoingMessage(words.QuietDay()) { Title = title };
        }

        var lines = report.Reps.Select(r => Line(r, showAmounts, words)).ToList();
        if (report.MissingPlans.Count > 0)
        {
            lines.Add(words.MissingPlans(report.MissingPlans));
        }

        var text = lines.Count == 0 ? words.NobodyOnTeam() : string.Join('\n', lines);
        return new OutgoingMessage(text) { Title = title, Details = Details(report, showAmounts, words) };
    }

    /// <summary>Nothing recorded, planned or due (or away): a day of such lines is one line, not a wall of zeros.</summary>
    public static bool IsQuiet(StandupRep rep) =>
        rep.Away || (rep.Activities.Count == 0 && rep.StageMoves.Count == 0 && rep.NewDeals.Count == 0 && rep.Plan.Count == 0
            && rep.DueToday.Count == 0 && rep.Overdue.Count == 0);

    /// <summary>Wins and losses count as stage moves (<see cref="ReportCounters"/>) but the line names them on their own.</summary>
    private static List<StandupStageMove> OpenMoves(StandupRep rep) =>
        rep.StageMoves.Where(m => m.To != StandupBuilder.Wire(Crm.DealStage.Won) && m.To != StandupBuilder.Wire(Crm.DealStage.Lost)).ToList();

    public static string Line(StandupRep rep, bool showAmounts, ReportReplies? words = null)
    {
        words ??= ReplyPacks.English.Reports;
        if (rep.Away)
        {
            return words.Away(rep.Name, rep.AwayUntil);
        }

        var parts = new List<string>();
        parts.Add(rep.ActivityCounts.Count == 0
            ? words.NothingRecorded()
            : string.Join(", ", rep.ActivityCounts.Select(kv => words.ActivityCount(kv.Key, kv.Value))));
        if (rep.NewDeals.Count > 0)
        {
            parts.Add(words.NewDeals(rep.NewDeals.Count));
        }

        var moves = OpenMoves(rep);
        if (moves.Count > 0)
        {
            parts.Add(moves.Count == 1
                ? words.MovedTo(moves[0].Deal, words.StageName(moves[0].To))
                : words.StageMoves(moves.Count));
        }

        parts.AddRange(rep.Won.Select(d => words.Won(Deal(d, showAmounts, words))));
        parts.AddRange(rep.Lost.Select(d => words.Lost(d.Deal)));
        parts.Add(rep.Plan.Count == 0 ? words.NoPlanYet() : words.Plan(Shorten(rep.Plan[0]), rep.Plan.Count - 1));
        if (rep.DueToday.Count > 0 || rep.Overdue.Count > 0)
        {
            var due = new List<string>();
            if (rep.DueToday.Count > 0)
            {
                due.Add(words.DueToday(rep.DueToday.Count));
            }

            if (rep.Overdue.Count > 0)
            {
                due.Add(words.Overdue(rep.Overdue.Count));
            }

            parts.Add(string.Join(", ", due));
        }

        return $"{rep.Name}: {string.Join(" · ", parts)}";
    }

    private static List<string> Details(StandupReport report, bool showAmounts, ReportReplies words)
    {
        var details = new List<string>();
        foreach (var rep in report.Reps.Where(r => !r.Away || r.Activities.Count > 0))
        {
            var mine = new List<string>();
            mine.AddRange(rep.Activities.Select(a => words.ActivityDetail(words.TypeName(a.Type), a.Account, a.Contact, a.Deal, a.HappenedOn, a.Notes)));
            mine.AddRange(rep.NewDeals.Select(d => words.NewDealDetail(Deal(d, showAmounts, words))));
            mine.AddRange(OpenMoves(rep).Select(m => words.MoveDetail(m.Deal, m.From is null ? null : words.StageName(m.From), words.StageName(m.To))));
            mine.AddRange(rep.Won.Select(d => "  " + words.Won(Deal(d, showAmounts, words))));
            mine.AddRange(rep.Lost.Select(d => "  " + words.Lost(Deal(d, showAmounts, words))));
            mine.AddRange(rep.Plan.Select((p, i) => words.PlanItem(i + 1, p)));
            mine.AddRange(rep.DueToday.Select(t => words.DueTodayDetail(t.Title)));
            mine.AddRange(rep.Overdue.Select(t => words.OverdueDetail(t.Title, t.Due)));
            if (mine.Count > 0)
            {
                details.Add(rep.Name);
                details.AddRange(mine);
            }
        }

        return details;
    }

    private static string Deal(StandupDeal d, bool showAmounts, ReportReplies words) =>
        showAmounts && d.Amount is { } amount ? words.DealWithAmount(d.Deal, d.Currency, amount) : d.Deal;

    private static string Shorten(string text) =>
        text.Length <= PlanItemWidth ? text : text[..(PlanItemWidth - 1)].TrimEnd() + "…";
}
