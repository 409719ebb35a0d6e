using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Resolution;
using SalesBot.Core.Reports.Kpi;

namespace SalesBot.Core.Features.Kpis;

/// <summary>Two or more reps' counters for one period, side by side.</summary>
public sealed record RepsCompared(PeriodKpis Kpis, DateOnly Today) : Outcome
{
    public override string Render(LanguageReplies words) => words.RepsCompared(this);
}

/// <summary>Fewer than two reps named, or a name the team does not have.</summary>
public sealed record WhichRepsToCompare(string? Unknown) : Outcome
{
    public override string Render(LanguageReplies words) => words.WhichRepsToCompare(this);
}

/// <summary>A rep asked for colleagues' figures the team keeps for managers.</summary>
public sealed record OthersFiguresAreForManagers : Outcome
{
    public override string Render(LanguageReplies words) => words.OtherRepsFiguresGoToManagers();
}

/// <summary>"compare chloe and ben last month" (Members, From/To; this week so far by default). Others' figures: managers, or everyone when shared.</summary>
public static class CompareReps
{
    public sealed record Command(IReadOnlyList<string> Members, DateOnly? First, DateOnly? Last)
    {
        public static Command From(ParsedCommand p) => new(p.Members ?? [], p.From, p.To);
    }

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        if (!turn.SeesTeamFigures)
        {
            return new TurnResult(new OthersFiguresAreForManagers());
        }

        var ids = new List<int>();
        foreach (var name in cmd.Members)
        {
            if (await MemberResolver.FindAsync(turn.Db, turn.Team.Id, name, ct) is not { } member)
            {
                return new TurnResult(new WhichRepsToCompare(name));
            }

            if (!ids.Contains(member.Id))
            {
                ids.Add(member.Id);
            }
        }

        if (ids.Count < 2)
        {
            return new TurnResult(new WhichRepsToCompare(null));
        }

        var to = cmd.Last ?? turn.Today;
        var from = cmd.First ?? turn.Today.AddDays(-(((int)turn.Today.DayOfWeek + 6) % 7));
        var kpis = await PeriodKpis.LoadAsync(turn.Db, turn.Team, from, to, ids, ct);
        // In the order asked, not by name.
        var ordered = kpis with { Reps = ids.Select(id => kpis.Reps.First(r => r.MemberId == id)).ToList() };
        return new TurnResult(new RepsCompared(ordered, turn.Today)) { Privately = true };
    }
}
