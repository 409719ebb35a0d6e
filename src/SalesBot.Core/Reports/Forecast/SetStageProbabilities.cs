using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;

namespace SalesBot.Core.Reports.Forecast;

/// <summary>
/// A manager's own stage probabilities for the forecast ("proposal 40, negotiation 80"): one row per team and stage
/// changed; a stage set back to its default keeps no row. Won and lost are not open stages and have none.
/// </summary>
public static class SetStageProbabilities
{
    public static readonly IReadOnlyList<DealStage> OpenStages = [DealStage.Lead, DealStage.Qualified, DealStage.Proposal, DealStage.Negotiation];

    public static bool IsValid(DealStage stage, int percent) => OpenStages.Contains(stage) && percent is >= 0 and <= 100;

    /// <summary>Writes the changes (not saved: the caller's unit of work) and returns the team's probabilities after them.</summary>
    public static async Task<IReadOnlyDictionary<DealStage, int>> ApplyAsync(SalesBotDb db, int teamId, IReadOnlyDictionary<DealStage, int> percents, CancellationToken ct)
    {
        foreach (var (stage, percent) in percents)
        {
            if (!IsValid(stage, percent))
            {
                throw new ArgumentOutOfRangeException(nameof(percents), $"{stage} {percent}");
            }
        }

        var rows = await db.StageProbabilities.Where(p => p.TeamId == teamId).ToListAsync(ct);
        foreach (var (stage, percent) in percents)
        {
            var row = rows.FirstOrDefault(r => r.Stage == stage);
            if (percent == StageProbability.Defaults[stage])
            {
                if (row is not null)
                {
                    db.StageProbabilities.Remove(row);
                    rows.Remove(row);
                }

                continue;
            }

            if (row is null)
            {
                row = new StageProbability { TeamId = teamId, Stage = stage };
                db.StageProbabilities.Add(row);
                rows.Add(row);
            }

            row.Percent = percent;
        }

        return OpenStages.ToDictionary(s => s, s => rows.FirstOrDefault(r => r.Stage == s)?.Percent ?? StageProbability.Defaults[s]);
    }
}
