using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Activities;

/// <summary>The reps who logged nothing in a period, and those of them who were away.</summary>
public sealed record InactiveReps(DateOnly From, DateOnly To, DateOnly Today, IReadOnlyList<string> Names, IReadOnlyList<string> Away) : Outcome
{
    public override string Render(LanguageReplies words) => words.InactiveReps(this);
}

/// <summary>A rep asked a manager's question: who logged nothing is for managers.</summary>
public sealed record InactiveRepsAreForManagers : Outcome
{
    public override string Render(LanguageReplies words) => words.InactiveRepsAreForManagers(this);
}

/// <summary>"who hasn't logged anything this week" (managers, or everyone when the team shares its figures).</summary>
public static class ShowInactiveReps
{
    public sealed record Command(DateOnly? First, DateOnly? Last)
    {
        public static Command From(ParsedCommand p) => new(p.From ?? p.Date, p.To ?? p.Date);
    }

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        if (!turn.SeesTeamFigures)
        {
            return new TurnResult(new InactiveRepsAreForManagers());
        }

        // This week so far, when no period is said.
        var from = cmd.First ?? turn.Today.AddDays(-(((int)turn.Today.DayOfWeek + 6) % 7));
        var to = cmd.Last ?? turn.Today;
        var active = await turn.Db.Activities.AsNoTracking()
            .Where(a => a.TeamId == turn.Team.Id && a.HappenedOn >= from && a.HappenedOn <= to)
            .Select(a => a.MemberId).Distinct().ToListAsync(ct);
        var idle = await turn.Db.Members.AsNoTracking()
            .Where(m => m.TeamId == turn.Team.Id && m.Role == MemberRole.Rep && !active.Contains(m.Id))
            .OrderBy(m => m.Name).ToListAsync(ct);
        var away = idle.Where(m => m.IsAwayOn(to) || m.IsAwayOn(from)).Select(m => m.Name).ToList();
        var names = idle.Select(m => m.Name).Where(n => !away.Contains(n)).ToList();
        return new TurnResult(new InactiveReps(from, to, turn.Today, names, away)) { Privately = true };
    }
}
