using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;

namespace SalesBot.Core.Features.Administration;

public sealed record AddTeamCommand(string Name, TeamSettings Settings);

/// <summary>Creates a team (<c>salesbot team add</c>). Names are unique regardless of case and punctuation.</summary>
public sealed class AddTeam(SalesBotDb db, TimeProvider clock)
{
    public async Task<AdminResult<Team>> HandleAsync(AddTeamCommand command, CancellationToken ct)
    {
        var name = command.Name.Trim();
        if (name.Length is 0 or > 100)
        {
            return AdminResult<Team>.Fail("a team name must have 1 to 100 characters");
        }

        var normalized = CompanyName.NormalizePlain(name);
        if (await db.Teams.AnyAsync(t => t.NormalizedName == normalized, ct))
        {
            return AdminResult<Team>.Fail($"a team named '{name}' already exists");
        }

        var team = new Team { Name = name, NormalizedName = normalized, CreatedAt = clock.GetUtcNow() };
        if (command.Settings.ApplyTo(team) is { } error)
        {
            return AdminResult<Team>.Fail(error);
        }

        db.Teams.Add(team);
        await db.SaveChangesAsync(ct);
        return AdminResult<Team>.Success(team);
    }
}
