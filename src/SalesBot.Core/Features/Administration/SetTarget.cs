using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Administration;

/// <summary>"✓ Target: 8 meetings per rep per week."</summary>
public sealed record TargetWasSet(string Metric, int Value, TargetPeriod Period) : Outcome
{
    public override string Render(LanguageReplies words) => words.TargetSet(Metric, Value, Period);
}

/// <summary>"target meetings 8 per week" (manager): the per-rep target the digest measures against.</summary>
public static class SetTarget
{
    /// <param name="Metric">The metric's wire name, as the parser reads it from any pack's words ("visits", "deals_won").</param>
    public sealed record Command(string? Metric, int? Value, string? Period)
    {
        public static Command From(ParsedCommand p) => new(p.Argument, p.Number, p.Period);
    }

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        if (!turn.Member.IsManager)
        {
            return new TurnResult(new OnlyManagers(ManagerWrite.Targets));
        }

        if (!KpiMetrics.TryTarget(cmd.Metric, out var metric) || cmd.Value is not { } value || value < 0)
        {
            return new TurnResult(new HowToSetTarget());
        }

        var period = cmd.Period?.StartsWith("month", StringComparison.OrdinalIgnoreCase) == true ? TargetPeriod.Month : TargetPeriod.Week;
        var target = await turn.Db.Targets.FirstOrDefaultAsync(t => t.TeamId == turn.Team.Id && t.Metric == metric && t.Period == period, ct);
        var journal = await turn.StartJournalAsync(ct);
        journal.Record(new WroteTarget(metric.Wire(), value, period));
        if (target is null)
        {
            target = new Target { TeamId = turn.Team.Id, Metric = metric, Period = period };
            turn.Db.Targets.Add(target);
        }
        else
        {
            JournalChanges.Add(journal, c => c.Targets.Add(new TargetBefore(target.Id, target.Value, target.SetByMemberId, target.SetAt, target.JournalEntryId, value)));
        }

        target.JournalEntryId = journal.Id;
        target.Value = value;
        target.SetByMemberId = turn.Member.Id;
        target.SetAt = turn.Now;
        return new TurnResult(new TargetWasSet(metric.Wire(), value, period));
    }
}
