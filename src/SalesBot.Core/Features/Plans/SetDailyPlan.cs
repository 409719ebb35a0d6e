using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Plans;

/// <summary>"plan: Contoso proposal, call Kevin": today's top priorities. A second plan the same day replaces the first.</summary>
public static class SetDailyPlan
{
    public sealed record Command(IReadOnlyList<string> Items)
    {
        public static Command From(ParsedCommand p) => new(p.Items ?? (p.Notes is { } n ? [n] : []));
    }

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        var items = cmd.Items.Select(i => Format.Clip(Format.CleanName(i, 300), 300)).Where(i => i.Length > 0).Take(10).ToList();
        if (items.Count == 0)
        {
            return new TurnResult(new PlanMissing());
        }

        var journal = await turn.StartJournalAsync(ct);
        var today = turn.Today;
        var plan = await turn.Db.DailyPlans.FirstOrDefaultAsync(p => p.MemberId == turn.Member.Id && p.Date == today, ct);
        var replaced = plan is not null;
        if (plan is null)
        {
            plan = new DailyPlan { TeamId = turn.Team.Id, MemberId = turn.Member.Id, Date = today, JournalEntryId = journal.Id };
            turn.Db.DailyPlans.Add(plan);
        }
        else
        {
            var before = new PlanBefore(plan.Id, plan.Items.ToList(), plan.UpdatedAt, plan.JournalEntryId);
            JournalChanges.Add(journal, c => c.Plans.Add(before));
        }

        plan.Items = items;
        plan.UpdatedAt = turn.Now;
        journal.Record(new WrotePlan(replaced));
        return new TurnResult(new PlanSet(items, replaced));
    }
}
