using System.Globalization;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Reports.Standup;

/// <summary>
/// Renders the stand-up as one short line per rep (the part a channel shows) with the details a
/// reader can expand. Short on purpose: a verbose stand-up is how a channel gets muted.
/// </summary>
public static class StandupMessage
{
    private const int PlanItemWidth = 48;

    /// <param name="showAmounts">Deal amounts appear only where the team allows them (private chats, or the channel if the team says so).</param>
    /// <param name="lateNote">"(late: the host was down at 09:30)" when a catch-up posts it after its time.</param>
    public static OutgoingMessage Render(StandupReport report, bool showAmounts, string? lateNote = null)
    {
        var title = $"Stand-up · {report.Date.ToString("ddd d MMM", CultureInfo.InvariantCulture)}";
        if (lateNote is not null)
        {
            title += " " + lateNote;
        }

        var lines = report.Reps.Select(r => Line(r, showAmounts)).ToList();
        var text = lines.Count == 0 ? "Nobody on the team yet." : string.Join('\n', lines);
        return new OutgoingMessage(text) { Title = title, Details = Details(report, showAmounts) };
    }

    public static string Line(StandupRep rep, bool showAmounts)
    {
        if (rep.Away)
        {
            return rep.AwayUntil is { } until
                ? $"{rep.Name}: away until {until.ToString("d MMM", CultureInfo.InvariantCulture)}"
                : $"{rep.Name}: away";
        }

        var parts = new List<string>();
        parts.Add(rep.ActivityCounts.Count == 0
            ? "nothing recorded"
            : string.Join(", ", rep.ActivityCounts.Select(kv => Count(kv.Value, kv.Key))));
        if (rep.NewDeals.Count > 0)
        {
            parts.Add(Count(rep.NewDeals.Count, "new deal"));
        }

        if (rep.StageMoves.Count > 0)
        {
            parts.Add(rep.StageMoves.Count == 1
                ? $"{rep.StageMoves[0].Deal} → {rep.StageMoves[0].To}"
                : Count(rep.StageMoves.Count, "stage move"));
        }

        parts.AddRange(rep.Won.Select(d => $"won {Deal(d, showAmounts)}"));
        parts.AddRange(rep.Lost.Select(d => $"lost {d.Deal}"));
        parts.Add(rep.Plan.Count == 0
            ? "no plan yet"
            : $"plan: {Shorten(rep.Plan[0])}{(rep.Plan.Count > 1 ? $" (+{rep.Plan.Count - 1})" : string.Empty)}");
        if (rep.DueToday.Count > 0 || rep.Overdue.Count > 0)
        {
            var due = new List<string>();
            if (rep.DueToday.Count > 0)
            {
                due.Add($"{rep.DueToday.Count} due today");
            }

            if (rep.Overdue.Count > 0)
            {
                due.Add($"{rep.Overdue.Count} overdue");
            }

            parts.Add(string.Join(", ", due));
        }

        return $"{rep.Name}: {string.Join(" · ", parts)}";
    }

    private static List<string> Details(StandupReport report, bool showAmounts)
    {
        var details = new List<string>();
        foreach (var rep in report.Reps.Where(r => !r.Away || r.Activities.Count > 0))
        {
            var mine = new List<string>();
            mine.AddRange(rep.Activities.Select(a =>
                $"  {a.Type} {Join(a.Account, a.Contact is null ? null : $"({a.Contact})")}{(a.Deal is null ? string.Empty : $" re {a.Deal}")}"
                + $" on {a.HappenedOn.ToString("ddd d MMM", CultureInfo.InvariantCulture)}{(a.Notes is null ? string.Empty : $": {a.Notes}")}"));
            mine.AddRange(rep.NewDeals.Select(d => $"  new deal {Deal(d, showAmounts)}"));
            mine.AddRange(rep.StageMoves.Select(m => $"  {m.Deal}: {m.From} → {m.To}"));
            mine.AddRange(rep.Won.Select(d => $"  won {Deal(d, showAmounts)}"));
            mine.AddRange(rep.Lost.Select(d => $"  lost {Deal(d, showAmounts)}"));
            mine.AddRange(rep.Plan.Select((p, i) => $"  plan {i + 1}. {p}"));
            mine.AddRange(rep.DueToday.Select(t => $"  due today: {t.Title}"));
            mine.AddRange(rep.Overdue.Select(t => $"  overdue since {t.Due?.ToString("d MMM", CultureInfo.InvariantCulture)}: {t.Title}"));
            if (mine.Count > 0)
            {
                details.Add(rep.Name);
                details.AddRange(mine);
            }
        }

        return details;
    }

    private static string Deal(StandupDeal d, bool showAmounts) =>
        showAmounts && d.Amount is { } amount
            ? $"{d.Deal} ({d.Currency} {amount.ToString("#,0.##", CultureInfo.InvariantCulture)})"
            : d.Deal;

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Join(string? a, string? b) => string.Join(' ', new[] { a, b }.Where(s => s is not null));

    private static string Shorten(string text) =>
        text.Length <= PlanItemWidth ? text : text[..(PlanItemWidth - 1)].TrimEnd() + "…";
}
