using SalesBot.Core.Crm;

namespace SalesBot.Core.Reports.Forecast;

/// <summary>
/// What the forecast loader read for one team on the team's local date <paramref name="Today"/>, as plain rows,
/// so <see cref="ForecastBuilder"/> stays pure. The month and quarter are today's calendar ones.
/// </summary>
public sealed record ForecastData(
    DateOnly Today,
    IReadOnlyDictionary<DealStage, int> Probabilities,
    IReadOnlyList<ForecastStageRow> Open,
    int OverdueCount,
    IReadOnlyList<ForecastDealRow> Overdue,
    IReadOnlyList<ForecastSlipRow> Slipping)
{
    public DateOnly MonthFrom => new(Today.Year, Today.Month, 1);

    public DateOnly MonthTo => MonthFrom.AddMonths(1).AddDays(-1);

    public DateOnly QuarterFrom => new(Today.Year, ((Today.Month - 1) / 3 * 3) + 1, 1);

    public DateOnly QuarterTo => QuarterFrom.AddMonths(3).AddDays(-1);

    public static ForecastData Empty(DateOnly today) => new(today, StageProbability.Defaults, [], 0, [], []);
}

/// <summary>Open deals of one stage and currency, split by whether they close this month and this quarter.</summary>
public sealed record ForecastStageRow(DealStage Stage, string? Currency, bool InMonth, bool InQuarter, int Count, decimal Amount);

public sealed record ForecastDealRow(string Name, string? Account, string Owner, DealStage Stage, decimal? Amount, string? Currency, DateOnly CloseDate);

/// <summary>An open deal and how many times its close date moved later.</summary>
public sealed record ForecastSlipRow(string Name, string? Account, string Owner, DealStage Stage, DateOnly? CloseDate, int Slips);
