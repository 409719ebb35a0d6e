using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Administration;

/// <summary>
/// "invite Anna" (manager): a one-time join code, valid 7 days, for Anna to send as "/join CODE". Ten characters
/// of a 31-letter alphabet (about 50 bits; wrong tries are limited in <see cref="JoinTeam"/>); a new code revokes
/// Anna's older ones; an Anna who is already linked needs "invite Anna relink" to move to a new account.
/// </summary>
public static class InviteMember
{
    /// <summary>No 0/O, 1/I/L: a code read aloud or typed on a phone survives.</summary>
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static readonly TimeSpan Validity = TimeSpan.FromDays(7);
    public const int CodeLength = 10;
    private const string RelinkWord = "relink";

    public sealed record Command(string Name, MemberRole Role)
    {
        /// <summary>The parser says the role in Role ("invite Bob as a manager"); it never set Notes, so reading Notes made every invite a rep.</summary>
        public static Command From(ParsedCommand p) =>
            new(p.Argument ?? p.Contact ?? "", Enum.TryParse<MemberRole>(p.Role, ignoreCase: true, out var said) ? said : MemberRole.Rep);
    }

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        if (!turn.Member.IsManager)
        {
            return new TurnResult(new OnlyManagers(ManagerWrite.Invites));
        }

        var (requested, relink) = WithoutRelink(cmd.Name);
        var name = Format.CleanName(requested, 80);
        if (CompanyName.NormalizePlain(name).Length == 0)
        {
            return new TurnResult(new WhomToInvite());
        }

        var key = CompanyName.NormalizePlain(name);
        var member = await turn.Db.Members.Include(m => m.Identities).FirstOrDefaultAsync(m => m.TeamId == turn.Team.Id && m.NormalizedName == key, ct);
        if (member is not null && JoinTeam.IsLinked(member) && !relink)
        {
            return new TurnResult(new AlreadyLinked(member.Name));
        }

        var journal = await turn.StartJournalAsync(ct);
        journal.Record(new WroteInvite(member?.Name ?? name));
        if (member is null)
        {
            member = new Member { TeamId = turn.Team.Id, Name = name, NormalizedName = key, Role = cmd.Role, JoinedAt = turn.Now, JournalEntryId = journal.Id };
            turn.Db.Members.Add(member);
            await turn.Db.SaveChangesAsync(ct);
        }

        // Only the newest code of a member works: one handed out earlier (and perhaps to the wrong person) stops.
        var revoked = turn.Db.JoinCodes.Where(j => j.MemberId == member.Id && j.UsedAt == null);
        var earlier = await revoked.AsNoTracking().ToListAsync(ct);
        if (earlier.Count > 0)
        {
            JournalChanges.Add(journal, c => c.RevokedCodes.AddRange(earlier.Select(JoinCodeBefore.Of)));
            await revoked.ExecuteDeleteAsync(ct);
        }

        string code;
        do
        {
            code = string.Concat(Enumerable.Range(0, CodeLength).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]));
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
            Relink = relink,
            JournalEntryId = journal.Id,
        });
        return new TurnResult(new InviteCode(member.Name, code, relink));
    }

    /// <summary>"Anna relink" asks to move an already linked Anna to a new account.</summary>
    private static (string Name, bool Relink) WithoutRelink(string name)
    {
        var trimmed = name.Trim();
        return trimmed.EndsWith(" " + RelinkWord, StringComparison.OrdinalIgnoreCase)
            ? (trimmed[..^(RelinkWord.Length + 1)], true)
            : (trimmed, false);
    }
}
