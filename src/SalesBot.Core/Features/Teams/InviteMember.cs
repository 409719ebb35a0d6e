using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Teams;

/// <summary>"invite Anna" (manager): a one-time join code, valid 7 days, for Anna to send as "/join CODE".</summary>
public static class InviteMember
{
    /// <summary>No 0/O, 1/I/L: a code read aloud or typed on a phone survives.</summary>
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static readonly TimeSpan Validity = TimeSpan.FromDays(7);

    public sealed record Command(string Name, MemberRole Role);

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        if (!turn.Member.IsManager)
        {
            return new TurnResult("Only a manager can invite people to the team.");
        }

        var name = Format.CleanName(cmd.Name, 80);
        if (CompanyName.NormalizePlain(name).Length == 0)
        {
            return new TurnResult("Whom should I invite? For example: \"invite Anna Berg\".");
        }

        var key = CompanyName.NormalizePlain(name);
        var member = await turn.Db.Members.FirstOrDefaultAsync(m => m.TeamId == turn.Team.Id && m.NormalizedName == key, ct);
        if (member is null)
        {
            member = new Member { TeamId = turn.Team.Id, Name = name, NormalizedName = key, Role = cmd.Role, JoinedAt = turn.Now };
            turn.Db.Members.Add(member);
            await turn.Db.SaveChangesAsync(ct);
        }

        string code;
        do
        {
            code = string.Concat(Enumerable.Range(0, 6).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]));
        }
        while (await turn.Db.JoinCodes.AnyAsync(j => j.Code == code, ct));

        turn.Db.JoinCodes.Add(new JoinCode
        {
            TeamId = turn.Team.Id,
            Code = code,
            MemberId = member.Id,
            Role = member.Role,
            CreatedByMemberId = turn.Member.Id,
            CreatedAt = turn.Now,
            ExpiresAt = turn.Now + Validity,
        });
        return new TurnResult($"✓ Code for {member.Name}: {code} (valid 7 days). They send me \"/join {code}\" in Telegram or Teams.");
    }
}
