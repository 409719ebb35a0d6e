using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Reports.Kpi;

namespace SalesBot.Core.Features.Kpis;

/// <summary>The counters of a month, a quarter or a range: the asker's, a colleague's, or the team's with a line per rep.</summary>
public sealed record PeriodKpisShown(Whose Whose, PeriodKpis Kpis, bool ShowAmounts, DateOnly Today) : Outcome
{
    public override string Render(LanguageReplies words) => words.PeriodKpisShown(this);
}

/// <summary>
/// "KPIs last month", "team KPIs this quarter", "Anna's KPIs from Oct 1 to Oct 15": kpi_digest with From/To, which the
/// weekly digest cannot answer (it once answered with this week's, silently).
/// </summary>
public static class ShowPeriodKpis
{
    public sealed record Command(string? Scope, DateOnly First, DateOnly Last)
    {
        /// <summary>Null when the message names no period beyond a week (the weekly digest answers that).</summary>
        public static Command? From(ParsedCommand p) =>
            p.From is { } from && p.To is { } to && !IsOneIsoWeek(from, to) ? new Command(p.Scope, from, to) : null;

        private static bool IsOneIsoWeek(DateOnly from, DateOnly to) => from.DayOfWeek == DayOfWeek.Monday && to == from.AddDays(6);
    }

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        var whose = await Whose.ResolveAsync(turn, cmd.Scope, WhoseKind.Team, ct);
        var (from, to) = cmd.First <= cmd.Last ? (cmd.First, cmd.Last) : (cmd.Last, cmd.First);
        var kpis = await PeriodKpis.LoadAsync(turn.Db, turn.Team, from, to, whose.Id is { } id ? [id] : null, ct);
        var shown = new PeriodKpisShown(whose, kpis, ShowAmounts: true, turn.Today);
        return new TurnResult(shown) { Privately = true };
    }
}
