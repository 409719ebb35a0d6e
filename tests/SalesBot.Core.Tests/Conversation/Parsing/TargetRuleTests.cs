using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Tests.Conversation.Parsing;

/// <summary>
/// The English target rule (issue 18): a count or money ("50k", "€40,000") on any metric, per week or month, for the
/// team or for one rep ("for Ben"), and near misses that name no rep. Table-driven: every metric word by every value,
/// rep and period form.
/// </summary>
public class TargetRuleTests
{
    private static readonly MessageParser Parser = new(Vocabulary.English);
    private static readonly DateTime Now = new(2026, 11, 16, 9, 0, 0);

    private static ParsedCommand Parse(string text) => Parser.Parse(text, Now, ParseContext.None);

    private static readonly (string Words, string Metric)[] Metrics =
    [
        ("meetings", "meetings"), ("calls", "calls"), ("emails", "emails"), ("demos", "demos"), ("visits", "visits"),
        ("activities", "activities"), ("new deals", "deals_created"), ("won deals", "deals_won"), ("tasks done", "tasks_done"),
        ("revenue", "won_amount"), ("won amount", "won_amount"),
    ];

    private static readonly (string Written, string? Rep)[] Reps =
    [
        ("", null), (" for Ben", "Ben"), (" for ben", "ben"), (" for Anna Kowalska", "Anna Kowalska"), (" for Chloe", "Chloe"),
        (" for the team", "team"), (" for everyone", "team"), (" for every rep", "team"),
    ];

    private static readonly (string Written, string Period)[] Periods = [("", "week"), (" per week", "week"), (" a month", "month"), (" per month", "month")];

    public static TheoryData<string, string, string?, string> Counts()
    {
        var data = new TheoryData<string, string, string?, string>();
        foreach (var (words, metric) in Metrics.Where(m => m.Metric != "won_amount"))
        {
            foreach (var (rep, who) in Reps)
            {
                foreach (var (period, unit) in Periods)
                {
                    // The rep before the period and after it read the same.
                    data.Add($"target {words} 12{period}{rep}", metric, who, unit);
                    if (rep.Length > 0 && period.Length > 0)
                    {
                        data.Add($"target {words} 12{rep}{period}", metric, who, unit);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Counts))]
    public void ACountTargetNamesItsMetricRepAndPeriod(string text, string metric, string? rep, string period)
    {
        var p = Parse(text);

        Assert.Equal(Intent.SetTarget, p.Intent);
        Assert.Equal((metric, 12, (decimal?)null, rep, period), (p.Argument, p.Number, p.Amount, p.Scope, p.Period));
    }

    public static TheoryData<string, decimal, string?, string?> Money()
    {
        var data = new TheoryData<string, decimal, string?, string?>();
        foreach (var (words, _) in Metrics.Where(m => m.Metric == "won_amount"))
        {
            foreach (var (value, amount, currency) in new (string, decimal, string?)[]
                     {
                         ("50k", 50_000m, null), ("50K", 50_000m, null), ("€50k", 50_000m, "EUR"), ("1.5M", 1_500_000m, null),
                         ("120,000", 120_000m, null), ("30 000", 30_000m, null), ("$80k", 80_000m, "USD"), ("40k EUR", 40_000m, "EUR"),
                     })
            {
                foreach (var (rep, who) in Reps.Take(4))
                {
                    data.Add($"target {words} {value} per month{rep}", amount, currency, who);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Money))]
    public void AWonAmountTargetReadsMoney(string text, decimal amount, string? currency, string? rep)
    {
        var p = Parse(text);

        Assert.Equal(Intent.SetTarget, p.Intent);
        Assert.Equal(("won_amount", amount, currency, rep, "month"), (p.Argument, p.Amount, p.Currency, p.Scope, p.Period));
    }

    [Theory]
    [InlineData("target for Ben: meetings 5", "meetings", "Ben")]
    [InlineData("set a target for Ben: calls 20 per week", "calls", "Ben")]
    [InlineData("set target for Chloe demos 3", "demos", "Chloe")]
    [InlineData("target for the team: visits 4", "visits", "team")]
    [InlineData("new target for ben meetings 6", "meetings", "ben")]
    public void TheRepMayComeFirst(string text, string metric, string rep)
    {
        var p = Parse(text);

        Assert.Equal(Intent.SetTarget, p.Intent);
        Assert.Equal((metric, rep), (p.Argument, p.Scope));
    }

    [Theory]
    // "for" before the metric or a period is no rep.
    [InlineData("target for calls 10")]
    [InlineData("target for meetings 8 per week")]
    [InlineData("target calls 10 for a week")]
    [InlineData("target calls 10 for each week")]
    [InlineData("target calls 10 for 2 weeks")]
    [InlineData("target meetings 8")]
    public void ForAMetricOrAPeriodNamesNoRep(string text)
    {
        var p = Parse(text);

        Assert.Equal(Intent.SetTarget, p.Intent);
        Assert.Null(p.Scope);
    }

    [Theory]
    [InlineData("target Ben")]
    [InlineData("target meetings")]
    [InlineData("what is the target for Ben")]
    [InlineData("ben's target")]
    public void NoValueOrAQuestionIsNoTargetWrite(string text) =>
        Assert.NotEqual(Intent.SetTarget, Parse(text).Intent);
}
