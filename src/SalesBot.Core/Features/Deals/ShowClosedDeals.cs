using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Deals;

/// <summary>"won deals this quarter", "lost deals last month": deals closed in the period, with lost reasons.</summary>
public static class ShowClosedDeals
{
    public sealed record Command(DealStage Stage, DateOnly First, DateOnly Last)
    {
        public static Command From(ParsedCommand p, DateOnly today)
        {
            var quarterStart = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
            var from = p.From ?? quarterStart;
            return new Command(p.Stage == DealStage.Lost ? DealStage.Lost : DealStage.Won, from, p.To ?? today);
        }
    }

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        var zone = turn.Zone;
        var start = new DateTimeOffset(cmd.First.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(cmd.First.ToDateTime(TimeOnly.MinValue)));
        var end = new DateTimeOffset(cmd.Last.AddDays(1).ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(cmd.Last.AddDays(1).ToDateTime(TimeOnly.MinValue)));
        var query = turn.Db.Deals.AsNoTracking().Where(d => d.TeamId == turn.Team.Id && d.Stage == cmd.Stage && d.ClosedAt >= start && d.ClosedAt < end);
        if (!turn.SeesTeamFigures)
        {
            query = query.Where(d => d.OwnerId == turn.Member.Id);
        }

        var rows = await query.OrderByDescending(d => d.ClosedAt)
            .Select(d => new { d.Name, d.Amount, d.Currency, d.OwnerId, d.LostReason, Owner = d.Owner!.Name })
            .Take(30).ToListAsync(ct);
        var period = $"{cmd.First:MMM d} – {cmd.Last:MMM d}";
        var what = cmd.Stage == DealStage.Won ? "won" : "lost";
        if (rows.Count == 0)
        {
            return new TurnResult($"No deals {what} between {period}.");
        }

        var lines = rows.Select(r => $"• {r.Name}"
            + (turn.AmountOf(r.Amount, r.Currency, r.OwnerId) is { } amount ? $" · {amount}" : "")
            + (r.OwnerId == turn.Member.Id ? "" : $" · {r.Owner}")
            + (r.LostReason is null ? "" : $" · {r.LostReason}"));
        return new TurnResult(string.Join('\n', lines)) { Title = new Said($"Deals {what} {period}: {rows.Count}") };
    }
}
