using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;

namespace SalesBot.Core.Features.Administration;

public sealed record ChangeTeamSettingsCommand(string Team, TeamSettings Settings);

/// <summary>Changes a team's time zone, stand-up time, currency or working days (<c>salesbot team set</c>).</summary>
public sealed class ChangeTeamSettings(SalesBotDb db)
{
    public async Task<AdminResult<Team>> HandleAsync(ChangeTeamSettingsCommand command, CancellationToken ct)
    {
        var normalized = CompanyName.NormalizePlain(command.Team);
        var team = await db.Teams.SingleOrDefaultAsync(t => t.NormalizedName == normalized, ct);
        if (team is null)
        {
            return AdminResult<Team>.Fail($"no team named '{command.Team}'");
        }

        if (command.Settings.ApplyTo(team) is { } error)
        {
            return AdminResult<Team>.Fail(error);
        }

        await db.SaveChangesAsync(ct);
        return AdminResult<Team>.Success(team);
    }
}
