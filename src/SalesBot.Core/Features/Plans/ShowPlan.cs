using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Features.Kpis;

namespace SalesBot.Core.Features.Plans;

/// <summary>A day's plan (empty when none was set).</summary>
public sealed record PlanShown(Whose Whose, DateOnly Date, DateOnly Today, IReadOnlyList<string> Items) : Outcome
{
    public override string Render(LanguageReplies words) => words.PlanShown(this);
}

/// <summary>"what's my plan", "Anna's plan for tomorrow" (scope and date; today by default).</summary>
public static class ShowPlan
{
    public sealed record Command(string? Scope, DateOnly? Date)
    {
        public static Command From(ParsedCommand p) => new(p.Scope, p.Date ?? p.From);
    }

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        var whose = await Whose.ResolveAsync(turn, cmd.Scope, WhoseKind.Mine, ct);
        if (whose.Kind == WhoseKind.Team)
        {
            // A team has no plan of its own: the stand-up shows everyone's.
            whose = new Whose(WhoseKind.Mine, null, turn.Member.Id);
        }

        var date = cmd.Date ?? turn.Today;
        var memberId = whose.Id ?? turn.Member.Id;
        var items = await turn.Db.DailyPlans.AsNoTracking()
            .Where(p => p.TeamId == turn.Team.Id && p.MemberId == memberId && p.Date == date)
            .Select(p => p.Items).FirstOrDefaultAsync(ct) ?? [];
        return new TurnResult(new PlanShown(whose, date, turn.Today, items));
    }
}
