using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;

namespace SalesBot.Core.Conversation.Resolution;

/// <summary>
/// Finds a team's deal by its own name ("Contoso upgrade") or by its account when that account has
/// one open deal ("Contoso"). An account with several open deals makes the match ambiguous, so the
/// member is asked which one.
/// </summary>
public static class DealResolver
{
    private const int ClosedPenalty = 6;

    public static async Task<NameMatch> FindAsync(SalesBotDb db, int teamId, string name, CancellationToken ct)
    {
        // The common case first: the deal's exact name, one indexed lookup.
        var plainKey = CompanyName.NormalizePlain(name);
        var exact = await db.Deals.AsNoTracking()
            .Where(d => d.TeamId == teamId && d.NormalizedName == plainKey)
            .OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.Name, d.Stage })
            .Take(2)
            .ToListAsync(ct);
        if (exact.Count == 1)
        {
            return new NameMatch(MatchKind.Exact, [new Candidate(exact[0].Id, $"{exact[0].Name}, {exact[0].Stage}", 100)]);
        }

        var deals = await db.Deals.AsNoTracking()
            .Where(d => d.TeamId == teamId)
            .Select(d => new { d.Id, d.Name, d.NormalizedName, d.Stage, AccountKey = d.Account!.NormalizedName, AccountName = d.Account.Name })
            .ToListAsync(ct);
        if (deals.Count == 0)
        {
            return new NameMatch(MatchKind.None, []);
        }

        var plain = CompanyName.NormalizePlain(name);
        var company = CompanyName.Normalize(name);
        var openByAccount = deals.Where(d => !d.Stage.IsClosed()).GroupBy(d => d.AccountKey).ToDictionary(g => g.Key, g => g.Count());

        var scored = deals.Select(d =>
        {
            var own = Math.Max(NameMatch.Score(plain, d.NormalizedName), NameMatch.Score(company, CompanyName.Normalize(d.Name)));
            var viaAccount = NameMatch.Score(company, d.AccountKey);
            // An account name stands for its deal only when it has exactly one open deal; with more it is a tie to ask about.
            if (viaAccount > 0 && openByAccount.GetValueOrDefault(d.AccountKey) > 1 && !d.Stage.IsClosed())
            {
                viaAccount = Math.Min(viaAccount, 99);
            }

            var score = Math.Max(own, viaAccount);
            if (d.Stage.IsClosed() && own < 100)
            {
                score -= ClosedPenalty;
            }

            var label = d.Name.Contains(d.AccountName, StringComparison.OrdinalIgnoreCase) ? d.Name : $"{d.Name} ({d.AccountName})";
            return new Candidate(d.Id, $"{label}, {d.Stage}", score);
        });
        return NameMatch.Classify(scored);
    }
}
