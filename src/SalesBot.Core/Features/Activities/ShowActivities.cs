using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Features.Kpis;

namespace SalesBot.Core.Features.Activities;

/// <summary>One logged activity in a list: when, what, with whom, and who logged it (for the team's list).</summary>
public sealed record ActivityLine(DateOnly Day, ActivityType Type, string? Account, string? Contact, string? Member, string? Notes);

/// <summary>"what did I do yesterday", "Ben's calls this week": the activities of a period, newest first.</summary>
/// <param name="Total">How many there are; <see cref="Lines"/> holds at most <see cref="ShowActivities.Listed"/>.</param>
public sealed record ActivitiesShown(Whose Whose, ActivityType? Type, DateOnly From, DateOnly To, DateOnly Today, IReadOnlyList<ActivityLine> Lines, int Total) : Outcome
{
    public override string Render(LanguageReplies words) => words.ActivitiesShown(this);
}

/// <summary>"what did I do yesterday", "Ben's calls this week", "team activities last week" (scope me, team or a name; From/To).</summary>
public static class ShowActivities
{
    public const int Listed = 30;

    public sealed record Command(string? Scope, ActivityType? Type, DateOnly? First, DateOnly? Last)
    {
        public static Command From(ParsedCommand p) => new(p.Scope, p.Activity, p.From ?? p.Date, p.To ?? p.Date);
    }

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        var whose = await Whose.ResolveAsync(turn, cmd.Scope, WhoseKind.Mine, ct);
        var (from, to) = (cmd.First ?? turn.Today, cmd.Last ?? cmd.First ?? turn.Today);
        if (to < from)
        {
            (from, to) = (to, from);
        }

        var query = turn.Db.Activities.AsNoTracking().Where(a => a.TeamId == turn.Team.Id && a.HappenedOn >= from && a.HappenedOn <= to);
        if (whose.Id is { } id)
        {
            query = query.Where(a => a.MemberId == id);
        }

        if (cmd.Type is { } type)
        {
            query = query.Where(a => a.Type == type);
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.HappenedOn).ThenByDescending(a => a.Id).Take(Listed)
            .Select(a => new ActivityLine(a.HappenedOn, a.Type, a.Account!.Name, a.Contact!.Name, a.Member!.Name, a.Notes))
            .ToListAsync(ct);
        var lines = whose.Kind == WhoseKind.Team ? rows : rows.Select(r => r with { Member = null }).ToList();
        var shown = new ActivitiesShown(whose, cmd.Type, from, to, turn.Today, lines, total);
        return new TurnResult(shown) { Privately = whose.IsOthers };
    }
}
