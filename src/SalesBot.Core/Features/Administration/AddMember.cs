using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;

namespace SalesBot.Core.Features.Administration;

/// <param name="Created">False when the identities were linked to a member the team already had.</param>
public sealed record MemberAdded(Member Member, bool Created);

/// <summary>
/// An identity a manager typed for a member, as the messenger's own code read it from the command line:
/// <see cref="ChannelIdentity.UserId"/> and/or <see cref="ChannelIdentity.DirectoryId"/>, and the private chat when the
/// messenger can tell it from the id alone.
/// </summary>
public sealed record NewIdentity(ChannelKind Channel, string? UserId, string? DirectoryId = null, string? PrivateChatId = null)
{
    /// <summary>What the manager typed, for messages: the messenger's name and the id.</summary>
    public override string ToString() => $"{Channel} {UserId ?? DirectoryId}";
}

public sealed record AddMemberCommand(string Team, string Name, MemberRole Role, IReadOnlyList<NewIdentity> Identities)
{
    public bool LinksIdentity => Identities.Any(i => i.UserId is not null || i.DirectoryId is not null);
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
        var existing = await db.Members.Include(m => m.Identities).SingleOrDefaultAsync(m => m.TeamId == team.Id && m.NormalizedName == normalized, ct);
        if (existing is null && linkOnly)
        {
            return AdminResult<MemberAdded>.Fail($"{team.Name} has no member named '{name}' (add them with: salesbot member add \"{team.Name}\" \"{name}\")");
        }

        if (existing is not null && !command.LinksIdentity)
        {
            return AdminResult<MemberAdded>.Fail($"{team.Name} already has a member named '{name}' (to link an identity to them, give its messenger's id option; salesbot help member lists them)");
        }

        var existingId = existing?.Id ?? 0;
        var others = db.ChannelIdentities.Where(i => i.MemberId != existingId);
        foreach (var given in command.Identities)
        {
            if (given.UserId is { } user && await others.AnyAsync(i => i.Channel == given.Channel && i.UserId == user, ct))
            {
                return AdminResult<MemberAdded>.Fail($"{given.Channel} user {user} is already linked to a member");
            }

            if (given.DirectoryId is { } directory && await others.AnyAsync(i => i.Channel == given.Channel && i.DirectoryId == directory, ct))
            {
                return AdminResult<MemberAdded>.Fail($"{given.Channel} user {directory} is already linked to a member");
            }
        }

        var member = existing ?? new Member
        {
            TeamId = team.Id,
            Name = name,
            NormalizedName = normalized,
            Role = command.Role,
            JoinedAt = clock.GetUtcNow(),
        };
        foreach (var given in command.Identities)
        {
            var identity = member.IdentityOn(given.Channel);
            if (identity is null)
            {
                identity = new ChannelIdentity { Channel = given.Channel };
                member.Identities.Add(identity);
            }

            identity.UserId = given.UserId ?? identity.UserId;
            identity.DirectoryId = given.DirectoryId ?? identity.DirectoryId;
            identity.PrivateChatId = given.PrivateChatId ?? identity.PrivateChatId;
        }

        if (existing is null)
        {
            db.Members.Add(member);
        }

        await db.SaveChangesAsync(ct);
        return AdminResult<MemberAdded>.Success(new MemberAdded(member, existing is null));
    }
}
