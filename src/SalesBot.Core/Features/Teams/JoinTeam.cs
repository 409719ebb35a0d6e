using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Features.Teams;

/// <summary>"/join K7P2QX": links the sender's messenger identity to a team member with a manager's one-time code.</summary>
public static class JoinTeam
{
    public sealed record Command(string Code);

    public sealed record Outcome(string Text, Member? Member);

    public static async Task<Outcome> HandleAsync(SalesBotDb db, IncomingMessage msg, Member? current, Command cmd, DateTimeOffset now, CancellationToken ct)
    {
        if (current is not null)
        {
            return new Outcome($"You're already on the team, {current.Name}. Tell me what you did, or type \"help\".", current);
        }

        var code = cmd.Code.Trim().ToUpperInvariant();
        var join = await db.JoinCodes.FirstOrDefaultAsync(j => j.Code == code, ct);
        if (join is null || join.UsedAt is not null || join.ExpiresAt <= now)
        {
            return new Outcome("That code doesn't work (wrong, used or expired). Ask your manager for a new one: they type \"invite <your name>\".", null);
        }

        var team = await db.Teams.FirstAsync(t => t.Id == join.TeamId, ct);
        var member = join.MemberId is { } id ? await db.Members.FirstOrDefaultAsync(m => m.Id == id && m.TeamId == team.Id, ct) : null;
        if (member is null)
        {
            var name = Conversation.Replies.Format.CleanName(string.IsNullOrWhiteSpace(msg.SenderName) ? "New member" : msg.SenderName, 80);
            var key = CompanyName.NormalizePlain(name);
            var taken = await db.Members.AnyAsync(m => m.TeamId == team.Id && m.NormalizedName == key, ct);
            if (taken)
            {
                name = $"{name} {code[..2]}";
                key = CompanyName.NormalizePlain(name);
            }

            member = new Member { TeamId = team.Id, Name = name, NormalizedName = key, Role = join.Role, JoinedAt = now };
            db.Members.Add(member);
        }

        Identity.Link(member, msg);
        join.UsedAt = now;
        return new Outcome($"Welcome to {team.Name}, {member.Name}! Tell me what you did, e.g. \"logged a call with Contoso\", or type \"help\".", member);
    }
}
