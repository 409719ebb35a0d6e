using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Conversation.Resolution;
using SalesBot.Core.Crm;
using SalesBot.Core.Reports.Forecast;

namespace SalesBot.Core.Features.Deals;

/// <summary>
/// "my pipeline", "team pipeline", "forecast", "pipeline in negotiation", "Anna's pipeline". Only the member's own team;
/// the team's and other reps' deals follow <see cref="Team.Visibility"/> (managers only by default).
/// </summary>
public static class ShowPipeline
{
    public sealed record Command(string? Scope, DealStage? Stage)
    {
        public static Command From(ParsedCommand p) => new(p.Scope, p.Stage);
    }

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        var scope = (cmd.Scope ?? "").Trim();
        int? ownerId;
        Whose whose;
        if (scope.Equals("me", StringComparison.OrdinalIgnoreCase) || (scope.Length == 0 && !turn.Member.IsManager))
        {
            ownerId = turn.Member.Id;
            whose = Whose.Own;
        }
        else if (scope.Length == 0 || scope.Equals("team", StringComparison.OrdinalIgnoreCase) || scope.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            if (!turn.SeesTeamFigures)
            {
                return new TurnResult(new PipelineHidden(OtherRep: false));
            }

            ownerId = null;
            whose = new Whose(Team: turn.Team.Name);
        }
        else
        {
            var member = await MemberResolver.FindAsync(turn.Db, turn.Team.Id, scope, ct);
            if (member is null)
            {
                return new TurnResult(new NoMemberCalled(Format.CleanName(scope, 60)));
            }

            if (member.Id != turn.Member.Id && !turn.SeesTeamFigures)
            {
                return new TurnResult(new PipelineHidden(OtherRep: true));
            }

            ownerId = member.Id;
            whose = member.Id == turn.Member.Id ? Whose.Own : new Whose(Rep: member.Name);
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
            .Select(d => new { d.Name, Account = d.Account!.Name, Owner = d.Owner!.Name, d.Stage, d.Amount, d.Currency, d.CloseDate })
            .ToListAsync(ct);

        // The parser reads a bare "pipeline in negotiation" as the asker's own; a manager with no deals of their own means the team's.
        if (rows.Count == 0 && ownerId == turn.Member.Id && turn.Member.IsManager && (scope.Length == 0 || scope.Equals("me", StringComparison.OrdinalIgnoreCase)))
        {
            return await HandleAsync(turn, cmd with { Scope = "team" }, ct);
        }

        // The team's whole pipeline answers "forecast" too: the weighted figures follow it, with the team's probabilities.
        var forecast = ownerId is null && cmd.Stage is null && rows.Count > 0
            ? ForecastBuilder.Build(await ForecastLoader.LoadAsync(turn.Db, turn.Team.Id, turn.Today, ct), turn.Today)
            : null;

        // The pipeline is shown whole or refused above (the team's and other reps' only to those who see team figures).
        return new TurnResult(new PipelineShown(whose, cmd.Stage, Team: ownerId is null, turn.Today, rows
            .Select(r => new PipelineShown.Line(r.Name, r.Account, r.Owner, r.Stage, r.Amount is { } amount ? new Figure(amount, r.Currency) : null, r.CloseDate))
            .ToList()) { Forecast = forecast });
    }
}
