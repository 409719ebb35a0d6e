using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;

namespace SalesBot.Core.Conversation.Resolution;

/// <summary>Finds a colleague on the member's own team by name ("Tom", "tom k").</summary>
public static class MemberResolver
{
    public static async Task<Member?> FindAsync(SalesBotDb db, int teamId, string name, CancellationToken ct)
    {
        var key = CompanyName.NormalizePlain(name);
        var members = await db.Members.Where(m => m.TeamId == teamId).ToListAsync(ct);
        var match = NameMatch.Classify(members.Select(m =>
        {
            var memberKey = CompanyName.NormalizePlain(m.Name);
            var first = memberKey.Split(' ')[0];
            var score = Math.Max(NameMatch.Score(key, memberKey), key == first ? 95 : 0);
            return new Candidate(m.Id, m.Name, score);
        }));
        return match.Best is { } best ? members.First(m => m.Id == best.Id) : null;
    }
}
