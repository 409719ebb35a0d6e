using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
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
        return new TurnResult(new ClosedDealsShown(cmd.Stage, cmd.First, cmd.Last, rows
            .Select(r => new ClosedDealsShown.Line(r.Name, turn.AmountOf(r.Amount, r.Currency, r.OwnerId), r.OwnerId == turn.Member.Id ? null : r.Owner, r.LostReason))
            .ToList()));
    }
}
