namespace SalesBot.Core.Reports.Forecast;

/// <summary>
/// The forecast of the digest (<c>digest --json</c>'s <c>forecast</c>): open deals weighted by their stage's
/// probability, the month and quarter of today (deals closing in them), close dates that have passed and deals
/// that keep slipping, each with its owner. Amounts per currency, never converted.
/// </summary>
public sealed record KpiForecast(
    DateOnly AsOf,
    IReadOnlyDictionary<string, int> Probabilities,
    IReadOnlyDictionary<string, decimal> WeightedPipeline,
    ForecastPeriod Month,
    ForecastPeriod Quarter,
    ForecastOverdue Overdue,
    ForecastSlipping Slipping);

/// <summary>Open deals closing in [From, To]: how many, their amount, and that amount weighted.</summary>
public sealed record ForecastPeriod(DateOnly From, DateOnly To, int Count, IReadOnlyDictionary<string, decimal> Amount, IReadOnlyDictionary<string, decimal> Weighted);

public sealed record ForecastOverdue(int Count, IReadOnlyList<ForecastOverdueDeal> Deals);

public sealed record ForecastOverdueDeal(string Deal, string? Account, string Owner, string Stage, DateOnly CloseDate, int DaysOverdue, decimal? Amount, string? Currency);

public sealed record ForecastSlipping(int Count, IReadOnlyList<ForecastSlippingDeal> Deals);

public sealed record ForecastSlippingDeal(string Deal, string? Account, string Owner, string Stage, DateOnly? CloseDate, int Slips);
