using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Data;

namespace SalesBot.Core.Features.Tips;

/// <summary>A tip as lists show it: who shared it, what it says, and how many people reacted on it.</summary>
public sealed record RankedTip(string Author, string Text, int Reactions, DateTimeOffset SharedAt);

/// <summary>
/// The one ranking of tips, for "best tips" and the digest alike: by how many people reacted (each once, whatever
/// emoji), then the newer first.
/// </summary>
public static class TipRanking
{
    /// <param name="from">Only tips shared from this moment (the digest's week); all the team's when null.</param>
    /// <param name="minReactions">Tips with fewer reactions are left out (the digest lists only liked ones).</param>
    public static async Task<IReadOnlyList<RankedTip>> TopAsync(
        SalesBotDb db, int teamId, DateTimeOffset? from, DateTimeOffset? to, int take, int minReactions, CancellationToken ct)
    {
        var tips = db.Tips.AsNoTracking().Where(t => t.TeamId == teamId);
        if (from is { } start)
        {
            tips = tips.Where(t => t.CreatedAt >= start);
        }

        if (to is { } end)
        {
            tips = tips.Where(t => t.CreatedAt < end);
        }

        var rows = await tips
            .Select(t => new
            {
                Author = db.Members.Where(m => m.Id == t.MemberId).Select(m => m.Name).First(),
                t.Text,
                t.CreatedAt,
                Reactions = t.Reactions.Select(r => new { r.Channel, r.ReactorId }).Distinct().Count(),
            })
            .Where(t => t.Reactions >= minReactions)
            .ToListAsync(ct);

        // Ordered here: SQLite cannot order by a DateTimeOffset it stores as a number through EF's converter in every shape.
        return rows.OrderByDescending(t => t.Reactions).ThenByDescending(t => t.CreatedAt)
            .Take(take)
            .Select(t => new RankedTip(t.Author, t.Text, t.Reactions, t.CreatedAt))
            .ToList();
    }
}
