using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Teams;

/// <summary>"target meetings 8 per week" (manager): the per-rep target the digest measures against.</summary>
public static class SetTarget
{
    public sealed record Command(string? Metric, int? Value, string? Period)
    {
        public static Command From(ParsedCommand p) => new(p.Argument, p.Number, p.Period);
    }

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        if (!turn.Member.IsManager)
        {
            return new TurnResult("Only a manager can set targets.");
        }

        if (!TryMetric(cmd.Metric, out var metric) || cmd.Value is not { } value || value < 0)
        {
            return new TurnResult("Say it like \"target meetings 8 per week\" (meetings, calls, emails, demos, activities, new deals, won deals, stage moves, tasks done).");
        }

        var period = cmd.Period?.StartsWith("month", StringComparison.OrdinalIgnoreCase) == true ? TargetPeriod.Month : TargetPeriod.Week;
        var target = await turn.Db.Targets.FirstOrDefaultAsync(t => t.TeamId == turn.Team.Id && t.Metric == metric && t.Period == period, ct);
        if (target is null)
        {
            target = new Target { TeamId = turn.Team.Id, Metric = metric, Period = period };
            turn.Db.Targets.Add(target);
        }

        target.Value = value;
        target.SetByMemberId = turn.Member.Id;
        target.SetAt = turn.Now;
        return new TurnResult(ReplyPacks.For(turn.Member.Language, turn.Command.Language, turn.Team.Language).TargetSet(Reports.Kpi.KpiBuilder.Wire(metric), value, period));
    }

    private static bool TryMetric(string? text, out KpiMetric metric)
    {
        var t = (text ?? "").Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        metric = t switch
        {
            "meeting" or "meetings" => KpiMetric.Meetings,
            "call" or "calls" => KpiMetric.Calls,
            "email" or "emails" => KpiMetric.Emails,
            "demo" or "demos" => KpiMetric.Demos,
            "activity" or "activities" => KpiMetric.Activities,
            "deals" or "newdeals" or "dealscreated" => KpiMetric.DealsCreated,
            "won" or "wins" or "wondeals" or "dealswon" => KpiMetric.DealsWon,
            "stagemoves" or "moves" => KpiMetric.StageMoves,
            "tasks" or "tasksdone" => KpiMetric.TasksDone,
            _ => (KpiMetric)(-1),
        };
        return Enum.IsDefined(metric);
    }
}
