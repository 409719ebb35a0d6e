using SalesBot.Core.Crm;

namespace SalesBot.Core.Reports.Forecast;

/// <summary>A team's own chance, in percent, that an open deal in <see cref="Stage"/> is won; stages without a row use <see cref="Defaults"/>.</summary>
public class StageProbability
{
    public int Id { get; set; }
    public int TeamId { get; set; }
    public DealStage Stage { get; set; }
    public int Percent { get; set; }

    public static readonly IReadOnlyDictionary<DealStage, int> Defaults = new Dictionary<DealStage, int>
    {
        [DealStage.Lead] = 10,
        [DealStage.Qualified] = 25,
        [DealStage.Proposal] = 50,
        [DealStage.Negotiation] = 75,
    };
}
