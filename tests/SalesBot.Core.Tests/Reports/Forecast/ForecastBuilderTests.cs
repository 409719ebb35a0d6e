using SalesBot.Core.Crm;
using SalesBot.Core.Reports.Forecast;

namespace SalesBot.Core.Tests.Reports.Forecast;

public class ForecastBuilderTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    // Hand-counted: today is Wed 25 Nov 2026, so the month is November and the quarter October to December.
    private static ForecastData Data(IReadOnlyDictionary<DealStage, int>? probabilities = null) => new(Today,
        probabilities ?? new Dictionary<DealStage, int>(),
        [
            new ForecastStageRow(DealStage.Lead, "EUR", InMonth: false, InQuarter: false, 2, 10_000m),
            new ForecastStageRow(DealStage.Qualified, "EUR", InMonth: true, InQuarter: true, 1, 20_000m),
            new ForecastStageRow(DealStage.Proposal, "EUR", InMonth: false, InQuarter: true, 1, 40_000m),
            new ForecastStageRow(DealStage.Negotiation, "PLN", InMonth: true, InQuarter: true, 1, 100_000m),
            new ForecastStageRow(DealStage.Proposal, "USD", InMonth: false, InQuarter: false, 1, 8_000m),
            new ForecastStageRow(DealStage.Lead, null, InMonth: true, InQuarter: true, 1, 0m),
        ],
        3,
        [new ForecastDealRow("Contoso upgrade", "Contoso", "Anna Kowalska", DealStage.Proposal, 40_000m, "EUR", new DateOnly(2026, 11, 20))],
        [
            new ForecastSlipRow("Fabrikam pilot", "Fabrikam", "Ben Nowak", DealStage.Qualified, new DateOnly(2026, 12, 10), 2),
            new ForecastSlipRow("Litware renewal", "Litware", "Anna Kowalska", DealStage.Negotiation, new DateOnly(2027, 1, 15), 3),
        ]);

    [Fact]
    public void DefaultProbabilitiesAreTenTwentyFiveFiftyAndSeventyFivePercent()
    {
        var f = ForecastBuilder.Build(Data(), Today);

        Assert.Equal(new Dictionary<string, int> { ["lead"] = 10, ["qualified"] = 25, ["proposal"] = 50, ["negotiation"] = 75 }, f.Probabilities);
    }

    [Fact]
    public void TheWeightedPipelineIsEachStagesAmountTimesItsProbabilityPerCurrency()
    {
        var f = ForecastBuilder.Build(Data(), Today);

        // EUR: 10,000 x 10% + 20,000 x 25% + 40,000 x 50% = 1,000 + 5,000 + 20,000; PLN 100,000 x 75%; USD 8,000 x 50%.
        Assert.Equal(new Dictionary<string, decimal> { ["EUR"] = 26_000m, ["PLN"] = 75_000m, ["USD"] = 4_000m }, f.WeightedPipeline);
    }

    [Fact]
    public void TheMonthAndQuarterCountOpenDealsClosingInThem()
    {
        var f = ForecastBuilder.Build(Data(), Today);

        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), 3), (f.Month.From, f.Month.To, f.Month.Count));
        Assert.Equal(new Dictionary<string, decimal> { ["EUR"] = 20_000m, ["PLN"] = 100_000m }, f.Month.Amount);
        Assert.Equal(new Dictionary<string, decimal> { ["EUR"] = 5_000m, ["PLN"] = 75_000m }, f.Month.Weighted);
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), 4), (f.Quarter.From, f.Quarter.To, f.Quarter.Count));
        Assert.Equal(new Dictionary<string, decimal> { ["EUR"] = 60_000m, ["PLN"] = 100_000m }, f.Quarter.Amount);
        Assert.Equal(new Dictionary<string, decimal> { ["EUR"] = 25_000m, ["PLN"] = 75_000m }, f.Quarter.Weighted);
    }

    [Fact]
    public void ATeamsOwnProbabilityReplacesTheDefaultForItsStageOnly()
    {
        var f = ForecastBuilder.Build(Data(new Dictionary<DealStage, int> { [DealStage.Proposal] = 60 }), Today);

        Assert.Equal(60, f.Probabilities["proposal"]);
        Assert.Equal(25, f.Probabilities["qualified"]);
        // EUR: 1,000 + 5,000 + 40,000 x 60%; USD 8,000 x 60%.
        Assert.Equal(new Dictionary<string, decimal> { ["EUR"] = 30_000m, ["PLN"] = 75_000m, ["USD"] = 4_800m }, f.WeightedPipeline);
    }

    [Fact]
    public void OverdueDealsSayHowManyDaysAndWhoOwnsThem()
    {
        var f = ForecastBuilder.Build(Data(), Today);

        Assert.Equal(3, f.Overdue.Count);
        var deal = Assert.Single(f.Overdue.Deals);
        Assert.Equal(("Contoso upgrade", "Anna Kowalska", "proposal", 5), (deal.Deal, deal.Owner, deal.Stage, deal.DaysOverdue));
    }

    [Fact]
    public void DealsThatSlippedMoreThanOnceComeMostSlippedFirstWithTheirOwner()
    {
        var f = ForecastBuilder.Build(Data(), Today);

        Assert.Equal(2, f.Slipping.Count);
        Assert.Equal([("Litware renewal", "Anna Kowalska", 3), ("Fabrikam pilot", "Ben Nowak", 2)],
            f.Slipping.Deals.Select(d => (d.Deal, d.Owner, d.Slips)));
    }

    [Fact]
    public void TheFirstQuarterRunsJanuaryToMarch()
    {
        var data = ForecastData.Empty(new DateOnly(2027, 2, 14));

        Assert.Equal((new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31)), (data.QuarterFrom, data.QuarterTo));
        Assert.Equal((new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 28)), (data.MonthFrom, data.MonthTo));
    }
}
