using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;

namespace SalesBot.Core.Features.Admin;

public sealed record AddMemberCommand(string Team, string Name, MemberRole Role, long? TelegramUserId, string? AadObjectId);

/// <summary>
/// Adds a member to a team and links their messenger identities (<c>salesbot member add</c>). An identity
/// already linked to someone else is refused: one identity is one member, so nobody writes as another.
/// </summary>
public sealed class AddMember(SalesBotDb db, TimeProvider clock)
{
    public async Task<AdminResult<Member>> HandleAsync(AddMemberCommand command, CancellationToken ct)
    {
        var teamKey = CompanyName.NormalizePlain(command.Team);
        var team = await db.Teams.SingleOrDefaultAsync(t => t.NormalizedName == teamKey, ct);
        if (team is null)
        {
            return AdminResult<Member>.Fail($"no team named '{command.Team}' (create it with: salesbot team add \"{command.Team}\")");
        }

        var name = command.Name.Trim();
        if (name.Length is 0 or > 100)
        {
            return AdminResult<Member>.Fail("a member name must have 1 to 100 characters");
        }

        var normalized = CompanyName.NormalizePlain(name);
        if (await db.Members.AnyAsync(m => m.TeamId == team.Id && m.NormalizedName == normalized, ct))
        {
            return AdminResult<Member>.Fail($"{team.Name} already has a member named '{name}'");
        }

        if (command.TelegramUserId is { } telegramId && await db.Members.AnyAsync(m => m.TelegramUserId == telegramId, ct))
        {
            return AdminResult<Member>.Fail($"Telegram user {telegramId} is already linked to a member");
        }

        if (command.AadObjectId is { } aad && await db.Members.AnyAsync(m => m.AadObjectId == aad, ct))
        {
            return AdminResult<Member>.Fail($"Teams user {aad} is already linked to a member");
        }

        var member = new Member
        {
            TeamId = team.Id,
            Name = name,
            NormalizedName = normalized,
            Role = command.Role,
            TelegramUserId = command.TelegramUserId,
            AadObjectId = command.AadObjectId,
            JoinedAt = clock.GetUtcNow(),
        };
        db.Members.Add(member);
        await db.SaveChangesAsync(ct);
        return AdminResult<Member>.Success(member);
    }
}
