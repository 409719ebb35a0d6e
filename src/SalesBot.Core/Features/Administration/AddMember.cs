using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;

namespace SalesBot.Core.Features.Administration;

/// <param name="TeamsUserId">The "29:..." id Teams sends as from.id, when a manager has that instead of the Entra object id.</param>
/// <param name="Created">False when the identities were linked to a member the team already had.</param>
public sealed record MemberAdded(Member Member, bool Created);

public sealed record AddMemberCommand(string Team, string Name, MemberRole Role, long? TelegramUserId, string? AadObjectId, string? TeamsUserId = null)
{
    public bool LinksIdentity => TelegramUserId is not null || AadObjectId is not null || TeamsUserId is not null;
}

/// <summary>
/// Adds a member to a team and links their messenger identities (<c>salesbot member add</c>); for a name the team
/// already has, the identities are linked to that member instead (<c>member add</c> twice, or <c>member link</c>).
/// An identity already linked to someone else is refused: one identity is one member, so nobody writes as another.
/// </summary>
public sealed class AddMember(SalesBotDb db, TimeProvider clock)
{
    /// <param name="linkOnly">True for <c>member link</c>: the member must exist already.</param>
    public async Task<AdminResult<MemberAdded>> HandleAsync(AddMemberCommand command, CancellationToken ct, bool linkOnly = false)
    {
        var teamKey = CompanyName.NormalizePlain(command.Team);
        var team = await db.Teams.SingleOrDefaultAsync(t => t.NormalizedName == teamKey, ct);
        if (team is null)
        {
            return AdminResult<MemberAdded>.Fail($"no team named '{command.Team}' (create it with: salesbot team add \"{command.Team}\")");
        }

        var name = command.Name.Trim();
        if (name.Length is 0 or > 100)
        {
            return AdminResult<MemberAdded>.Fail("a member name must have 1 to 100 characters");
        }

        var normalized = CompanyName.NormalizePlain(name);
        var existing = await db.Members.SingleOrDefaultAsync(m => m.TeamId == team.Id && m.NormalizedName == normalized, ct);
        if (existing is null && linkOnly)
        {
            return AdminResult<MemberAdded>.Fail($"{team.Name} has no member named '{name}' (add them with: salesbot member add \"{team.Name}\" \"{name}\")");
        }

        if (existing is not null && !command.LinksIdentity)
        {
            return AdminResult<MemberAdded>.Fail($"{team.Name} already has a member named '{name}' (link an identity with --telegram or --teams)");
        }

        var existingId = existing?.Id ?? 0;
        var others = db.Members.Where(m => m.Id != existingId);
        if (command.TelegramUserId is { } telegramId && await others.AnyAsync(m => m.TelegramUserId == telegramId, ct))
        {
            return AdminResult<MemberAdded>.Fail($"Telegram user {telegramId} is already linked to a member");
        }

        if (command.AadObjectId is { } aad && await others.AnyAsync(m => m.AadObjectId == aad, ct))
        {
            return AdminResult<MemberAdded>.Fail($"Teams user {aad} is already linked to a member");
        }

        if (command.TeamsUserId is { } teamsId && await others.AnyAsync(m => m.TeamsUserId == teamsId, ct))
        {
            return AdminResult<MemberAdded>.Fail($"Teams user {teamsId} is already linked to a member");
        }

        var member = existing ?? new Member
        {
            TeamId = team.Id,
            Name = name,
            NormalizedName = normalized,
            Role = command.Role,
            JoinedAt = clock.GetUtcNow(),
        };
        member.TelegramUserId = command.TelegramUserId ?? member.TelegramUserId;
        member.AadObjectId = command.AadObjectId ?? member.AadObjectId;
        member.TeamsUserId = command.TeamsUserId ?? member.TeamsUserId;
        if (existing is null)
        {
            db.Members.Add(member);
        }

        await db.SaveChangesAsync(ct);
        return AdminResult<MemberAdded>.Success(new MemberAdded(member, existing is null));
    }
}
