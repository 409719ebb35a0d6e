using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Deals;

/// <summary>
/// "which deals are closing this month": open deals whose close date falls in the period, with the dates. A rep sees
/// their own; who sees the team's follows <see cref="Team.ShowsFiguresTo"/>.
/// </summary>
public static class ShowDealsClosing
{
    public sealed record Command(DateOnly First, DateOnly Last)
    {
        public static Command From(ParsedCommand p, DateOnly today)
        {
            var from = p.From ?? new DateOnly(today.Year, today.Month, 1);
            return new Command(from, p.To ?? from.AddMonths(1).AddDays(-1));
        }
    }

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        var query = turn.Db.Deals.AsNoTracking().Where(d => d.TeamId == turn.Team.Id && d.Stage != DealStage.Won && d.Stage != DealStage.Lost
            && d.CloseDate != null && d.CloseDate >= cmd.First && d.CloseDate <= cmd.Last);
        if (!turn.SeesTeamFigures)
        {
            query = query.Where(d => d.OwnerId == turn.Member.Id);
        }

        var rows = await query.OrderBy(d => d.CloseDate)
            .Select(d => new { d.Name, d.Stage, d.Amount, d.Currency, d.OwnerId, d.CloseDate, Owner = d.Owner!.Name })
            .Take(30).ToListAsync(ct);
        var period = $"{cmd.First:MMM d} – {cmd.Last:MMM d}";
        if (rows.Count == 0)
        {
            return new TurnResult($"No open deals close between {period}.");
        }

        var lines = rows.Select(r => $"• {r.Name} · {r.Stage} · closes {Format.Day(r.CloseDate!.Value, turn.Today)}"
            + (turn.AmountOf(r.Amount, r.Currency, r.OwnerId) is { } amount ? $" · {amount}" : "")
            + (r.OwnerId == turn.Member.Id ? "" : $" · {r.Owner}"));
        return new TurnResult(string.Join('\n', lines)) { Title = new Said($"Deals closing {period}: {rows.Count}") };
    }
}
