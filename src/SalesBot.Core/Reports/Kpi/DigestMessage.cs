using System.Globalization;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Reports.Kpi;

/// <summary>
/// Renders the weekly digest: a few lines of team figures and what to look at, per-rep lines in
/// the details. <see cref="RenderOwn"/> is the view a rep gets when the team keeps figures for managers.
/// </summary>
public static class DigestMessage
{
    private const int DeviationsInText = 3;

    public static OutgoingMessage Render(KpiDigest d, bool showAmounts, string? lateNote = null)
    {
        var text = new List<string>
        {
            $"Team: {Counters(d.Totals, showAmounts)}{Change(d)}",
            Pipeline(d, showAmounts),
        };
        if (d.WinRate is { } rate)
        {
            text.Add($"Win rate {rate * 100:0}%{(d.AvgDaysToWin is { } days ? $", {days.ToString("0.#", CultureInfo.InvariantCulture)} days to win on average" : string.Empty)}");
        }

        text.AddRange(d.Deviations.Take(DeviationsInText).Select(x => $"⚠ {x.Message}: look at {x.LookAt}"));
        if (d.Deviations.Count > DeviationsInText)
        {
            text.Add($"(+{d.Deviations.Count - DeviationsInText} more in the details)");
        }

        var details = new List<string>();
        details.AddRange(d.Reps.Select(r => RepLine(d, r, showAmounts)));
        if (d.StaleDeals.Deals.Count > 0)
        {
            details.Add($"Stale deals ({d.StaleDeals.Count}):");
            details.AddRange(d.StaleDeals.Deals.Select(s => $"  {s.Deal}{(s.Account is null ? string.Empty : $" ({s.Account})")}, {s.Owner}, {s.Stage}, {s.DaysIdle} days quiet"));
        }

        details.AddRange(d.Deviations.Skip(DeviationsInText).Select(x => $"⚠ {x.Message}: look at {x.LookAt}"));
        return new OutgoingMessage(string.Join('\n', text)) { Title = Title(d, lateNote), Details = details };
    }

    /// <summary>One rep's own figures and their targets, nothing about colleagues or the team.</summary>
    public static OutgoingMessage RenderOwn(KpiDigest d, KpiRep rep, string? note = null)
    {
        var text = RepLine(d, rep, showAmounts: true);
        if (note is not null)
        {
            text += "\n" + note;
        }

        var mine = d.Deviations.Where(x => x.Rep == rep.Name).Select(x => $"⚠ {x.Message}: look at {x.LookAt}").ToList();
        return new OutgoingMessage(text) { Title = Title(d, null), Details = mine };
    }

    private static string Title(KpiDigest d, string? lateNote) =>
        $"KPI digest {d.Week} ({d.From.ToString("d MMM", CultureInfo.InvariantCulture)} – {d.To.ToString("d MMM", CultureInfo.InvariantCulture)})"
        + (lateNote is null ? string.Empty : " " + lateNote);

    private static string RepLine(KpiDigest d, KpiRep r, bool showAmounts)
    {
        var line = $"{r.Name}{(r.Away ? " (away)" : string.Empty)}: {Counters(r, showAmounts)}";
        if (d.Fulfillment.TryGetValue(r.Name, out var f) && f.Count > 0)
        {
            line += " · targets: " + string.Join(", ", f.Select(kv => $"{KpiBuilder.Label(kv.Key)} {kv.Value * 100:0}%"));
        }

        return line;
    }

    private static string Counters(KpiCounters c, bool showAmounts)
    {
        var won = $"won {c.DealsWon}";
        if (showAmounts && c.WonAmount.Count > 0)
        {
            won += $" ({string.Join(", ", c.WonAmount.Select(kv => Money(kv.Key, kv.Value)))})";
        }

        return $"{Count(c.Meetings, "meeting")}, {Count(c.Calls, "call")}, {Count(c.Emails, "email")}, {Count(c.Demos, "demo")} ({Count(c.Activities, "activity", "activities")}) · "
            + $"{Count(c.DealsCreated, "new deal")}, {won}, lost {c.DealsLost} · {Count(c.StageMoves, "stage move")} · {Count(c.TasksDone, "task")} done";
    }

    private static string Count(int n, string one, string? many = null) => n == 1 ? $"1 {one}" : $"{n} {many ?? one + "s"}";

    private static string Change(KpiDigest d)
    {
        var delta = d.Change.GetValueOrDefault("activities");
        return delta == 0 ? " (activities as last week)" : $" (activities {delta:+0;-0} vs last week)";
    }

    private static string Pipeline(KpiDigest d, bool showAmounts)
    {
        if (d.Pipeline.OpenDeals == 0)
        {
            return "Pipeline: no open deals";
        }

        var stages = d.Pipeline.ByStage.Select(kv =>
            $"{kv.Key} {kv.Value.Count}{(showAmounts && kv.Value.Amount.Count > 0 ? $" ({string.Join(", ", kv.Value.Amount.Select(a => Money(a.Key, a.Value)))})" : string.Empty)}");
        return $"Pipeline: {d.Pipeline.OpenDeals} open ({string.Join(", ", stages)})";
    }

    private static string Money(string currency, decimal amount) =>
        $"{currency} {amount.ToString("#,0.##", CultureInfo.InvariantCulture)}";
}
