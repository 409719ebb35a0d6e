using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Conversation.Resolution;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Queries;

/// <summary>
/// "my pipeline", "team pipeline", "pipeline in negotiation", "Anna's pipeline". Only the member's own team;
/// the team's and other reps' deals follow <see cref="Team.Visibility"/> (managers only by default).
/// </summary>
public static class ShowPipeline
{
    public sealed record Command(string? Scope, DealStage? Stage)
    {
        public static Command From(ParsedCommand p) => new(p.Scope, p.Stage);
    }

    private sealed record Row(string Name, string Account, string Owner, int OwnerId, DealStage Stage, decimal? Amount, string? Currency, DateOnly? CloseDate);

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        var scope = (cmd.Scope ?? "").Trim();
        int? ownerId;
        string whose;
        if (scope.Equals("me", StringComparison.OrdinalIgnoreCase) || (scope.Length == 0 && !turn.Member.IsManager))
        {
            ownerId = turn.Member.Id;
            whose = "Your";
        }
        else if (scope.Length == 0 || scope.Equals("team", StringComparison.OrdinalIgnoreCase) || scope.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            if (!turn.SeesTeamFigures)
            {
                return new TurnResult("In this team only managers see the team's pipeline. Here is yours: type \"my pipeline\".");
            }

            ownerId = null;
            whose = $"{turn.Team.Name} team";
        }
        else
        {
            var member = await MemberResolver.FindAsync(turn.Db, turn.Team.Id, scope, ct);
            if (member is null)
            {
                return new TurnResult($"I don't know anyone called {Format.CleanName(scope, 60)} on your team.");
            }

            if (member.Id != turn.Member.Id && !turn.SeesTeamFigures)
            {
                return new TurnResult("In this team only managers see other reps' pipelines. Type \"my pipeline\" for yours.");
            }

            ownerId = member.Id;
            whose = member.Id == turn.Member.Id ? "Your" : $"{member.Name}'s";
        }

        var query = turn.Db.Deals.AsNoTracking().Where(d => d.TeamId == turn.Team.Id);
        if (ownerId is { } id)
        {
            query = query.Where(d => d.OwnerId == id);
        }

        query = cmd.Stage is { } stage
            ? query.Where(d => d.Stage == stage)
            : query.Where(d => d.Stage != DealStage.Won && d.Stage != DealStage.Lost);
        var rows = await query
            .OrderByDescending(d => d.Amount)
            .Select(d => new Row(d.Name, d.Account!.Name, d.Owner!.Name, d.OwnerId, d.Stage, d.Amount, d.Currency, d.CloseDate))
            .ToListAsync(ct);

        // The parser reads a bare "pipeline in negotiation" as the asker's own; a manager with no deals of their own means the team's.
        if (rows.Count == 0 && ownerId == turn.Member.Id && turn.Member.IsManager && (scope.Length == 0 || scope.Equals("me", StringComparison.OrdinalIgnoreCase)))
        {
            return await HandleAsync(turn, cmd with { Scope = "team" }, ct);
        }

        var team = ownerId is null;
        if (cmd.Stage is { } only)
        {
            if (rows.Count == 0)
            {
                return new TurnResult($"{whose} pipeline has no deals in {only}.");
            }

            var lines = rows.Take(15).Select(r => "• " + Line(r, team, turn.Today));
            var more = rows.Count > 15 ? $"\n…and {rows.Count - 15} more" : "";
            return new TurnResult($"{string.Join('\n', lines)}{more}")
            {
                Title = new Said($"{whose} deals in {only}: {rows.Count}" + Total(rows)),
            };
        }

        if (rows.Count == 0)
        {
            return new TurnResult($"{whose} pipeline is empty. Start one: \"new deal Contoso upgrade 40k\".");
        }

        var stages = rows.GroupBy(r => r.Stage).OrderBy(g => g.Key).Select(g =>
        {
            var names = g.Take(5).Select(r => team ? $"{r.Name} ({r.Owner})" : r.Name);
            var rest = g.Count() > 5 ? $", +{g.Count() - 5}" : "";
            return $"{g.Key} ({g.Count()}{Total(g)}): {string.Join(", ", names)}{rest}";
        });
        return new TurnResult(string.Join('\n', stages))
        {
            Title = new Said($"{whose} pipeline: {Format.Quantity("open deal", rows.Count)}{Total(rows)}"),
        };
    }

    private static string Total(IEnumerable<Row> rows)
    {
        var total = Format.MoneyTotals(rows.Select(r => (r.Amount, r.Currency)));
        return total.Length == 0 ? "" : $", {total}";
    }

    private static string Line(Row r, bool team, DateOnly today)
    {
        var parts = new List<string> { r.Name };
        if (!r.Name.Contains(r.Account, StringComparison.OrdinalIgnoreCase))
        {
            parts[0] += $" ({r.Account})";
        }

        if (r.Amount is not null)
        {
            parts.Add(Format.Money(r.Amount, r.Currency));
        }

        if (r.CloseDate is { } close)
        {
            parts.Add($"closes {Format.Day(close, today)}");
        }

        if (team)
        {
            parts.Add(r.Owner);
        }

        return string.Join(" · ", parts);
    }
}
