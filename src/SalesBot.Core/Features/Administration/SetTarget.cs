using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Resolution;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;

namespace SalesBot.Core.Features.Administration;

/// <summary>"✓ Target: 8 meetings per rep per week." / "✓ Target for Ben: EUR 50,000 won per month."</summary>
public sealed record TargetWasSet(string Metric, decimal Value, TargetPeriod Period, string? Rep, string Currency) : Outcome
{
    public override string Render(LanguageReplies words) => words.TargetSet(Metric, Value, Period, Rep, Currency);
}

/// <summary>
/// "target meetings 8 per week" (manager): the team's target, for every rep; "target revenue 50k per month for Ben":
/// one rep's own, which wins over the team's in the digest. A won-amount target is in the team's currency.
/// </summary>
public static class SetTarget
{
    /// <param name="Metric">The metric's wire name, as the parser reads it from any pack's words ("visits", "won_amount").</param>
    /// <param name="Rep">The rep's name as written ("Ben"); null or "team" for the team's target.</param>
    /// <param name="Currency">The currency written with the value ("€50k"), if one was.</param>
    public sealed record Command(string? Metric, decimal? Value, string? Period, string? Rep = null, string? Currency = null)
    {
        public static Command From(ParsedCommand p) => new(p.Argument, p.Amount ?? p.Number, p.Period, p.Scope, p.Currency);
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

        // One currency per team: a target in another would be compared with nothing, so it is not written.
        if (cmd.Currency is { } written && !written.Equals(turn.Team.Currency, StringComparison.OrdinalIgnoreCase))
        {
            return new TurnResult(new TargetNotInTeamCurrency(written, turn.Team.Currency));
        }

        Member? rep = null;
        var asked = cmd.Rep?.Trim();
        if (!string.IsNullOrEmpty(asked) && !asked.Equals(Scopes.Team, StringComparison.OrdinalIgnoreCase))
        {
            rep = asked.Equals(Scopes.Me, StringComparison.OrdinalIgnoreCase) ? turn.Member : await MemberResolver.FindAsync(turn.Db, turn.Team.Id, asked, ct);
            if (rep is null)
            {
                return new TurnResult(new NoMemberForTarget(asked, turn.Team.Name));
            }
        }

        var period = cmd.Period?.StartsWith("month", StringComparison.OrdinalIgnoreCase) == true ? TargetPeriod.Month : TargetPeriod.Week;
        var journal = await turn.StartJournalAsync(ct);
        var currency = turn.Team.Currency;
        journal.Record(new WroteTarget(metric.Wire(), value, period, rep?.Name, metric == KpiMetric.WonAmount ? currency : null));
        var (target, before) = await ApplyAsync(turn.Db, turn.Team.Id, metric, period, rep?.Id, value, turn.Member.Id, turn.Now, ct);
        if (before is not null)
        {
            JournalChanges.Add(journal, c => c.Targets.Add(before));
        }

        target.JournalEntryId = journal.Id;
        return new TurnResult(new TargetWasSet(metric.Wire(), value, period, rep?.Name, currency));
    }

    /// <summary>
    /// Writes one target (the team's when <paramref name="repId"/> is null): chat and the CLI both set targets here.
    /// Returns the row, and what it held before when it was there already (undo puts that back).
    /// </summary>
    public static async Task<(Target Target, TargetBefore? Before)> ApplyAsync(
        SalesBotDb db, int teamId, KpiMetric metric, TargetPeriod period, int? repId, decimal value, int? setBy, DateTimeOffset at, CancellationToken ct)
    {
        var target = await db.Targets.FirstOrDefaultAsync(t => t.TeamId == teamId && t.Metric == metric && t.Period == period && t.MemberId == repId, ct);
        TargetBefore? before = null;
        if (target is null)
        {
            target = new Target { TeamId = teamId, Metric = metric, Period = period, MemberId = repId };
            db.Targets.Add(target);
        }
        else
        {
            before = new TargetBefore(target.Id, target.Value, target.SetByMemberId, target.SetAt, target.JournalEntryId, value);
        }

        target.Value = value;
        target.SetByMemberId = setBy;
        target.SetAt = at;
        return (target, before);
    }
}

/// <summary>A target for a rep the team has no member called so.</summary>
public sealed record NoMemberForTarget(string Name, string Team) : Outcome
{
    public override string Render(LanguageReplies words) => words.NoOneCalled(Name, Team);
}

/// <summary>A target written in another currency than the team's.</summary>
public sealed record TargetNotInTeamCurrency(string Written, string Team) : Outcome
{
    public override string Render(LanguageReplies words) => words.TargetInTeamCurrency(Written, Team);
}
