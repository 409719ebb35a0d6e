using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;

namespace SalesBot.Core.Conversation.Resolution;

/// <summary>
/// Finds a team's account by what a member typed: "Acme", "ACME Corp." and "Acme Corp" are one
/// account (<see cref="CompanyName.Normalize"/>), close misspellings match, and only records of the
/// member's own team are ever considered.
/// </summary>
public static class AccountResolver
{
    public static async Task<NameMatch> FindAsync(SalesBotDb db, int teamId, string name, CancellationToken ct)
    {
        var key = CompanyName.Normalize(name);
        var exact = await db.Accounts.AsNoTracking()
            .Where(a => a.TeamId == teamId && a.NormalizedName == key)
            .Select(a => new Candidate(a.Id, a.Name, 100))
            .FirstOrDefaultAsync(ct);
        if (exact is not null)
        {
            return new NameMatch(MatchKind.Exact, [exact]);
        }

        var all = await db.Accounts.AsNoTracking()
            .Where(a => a.TeamId == teamId)
            .Select(a => new { a.Id, a.Name, a.NormalizedName })
            .ToListAsync(ct);
        return NameMatch.Classify(all.Select(a => new Candidate(a.Id, a.Name, NameMatch.Score(key, a.NormalizedName))));
    }
}
