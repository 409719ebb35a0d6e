using System.Text.Json;
using SalesBot.Core.Crm;
using SalesBot.Core.Reports;
using SalesBot.Core.Reports.Kpi;
using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Reports.Kpi;

/// <summary>
/// Targets per rep and on won amount, over <see cref="NorthwindWeek"/> (team targets: 3 meetings a week, 8 calls a
/// month). W47 by hand: Anna 2 meetings and EUR 30,000 won, Ben 1 meeting and nothing won, Carl away all week.
/// </summary>
public class RepTargetsTests : IDisposable
{
    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    private async Task<KpiDigest> W47Async(Action<Seed, NorthwindWeek> targets)
    {
        using var db = _store.CreateDbContext();
        var week = new NorthwindWeek(db);
        targets(new Seed(db), week);
        IsoWeek.TryParse("2026-W47", out var w47);
        return KpiBuilder.Build((await KpiLoader.LoadAsync(db, week.Team.Id, w47, new DateOnly(2026, 11, 25), CancellationToken.None))!);
    }

    [Fact]
    public async Task ARepsOwnTargetWinsOverTheTeamsAndTheOthersKeepTheTeams()
    {
        var d = await W47Async((s, w) => s.Target(w.Team, KpiMetric.Meetings, 1, rep: w.Ben));

        Assert.Equal(1m, d.Fulfillment["Ben Carter"]["meetings"]);
        Assert.Equal(0.667m, d.Fulfillment["Anna Kowalska"]["meetings"]);
        // Ben still has the team's calls target, which his own meetings target does not replace.
        Assert.Equal(0m, d.Fulfillment["Ben Carter"]["calls"]);
        Assert.Equal(3m, d.Targets["meetings"]);
        Assert.Equal(1m, d.RepTargets["Ben Carter"]["meetings"]);
        Assert.False(d.RepTargets.ContainsKey("Anna Kowalska"));
        // 3 meetings against Anna's 3 and Ben's 1 (Carl is away).
        Assert.Equal(0.75m, d.TeamFulfillment["meetings"]);
        Assert.Equal([("Ben Carter", "calls")], d.Deviations.OfType<KpiBelowTarget>().Select(x => (x.RepName, x.MetricName)));
    }

    [Fact]
    public async Task ARepsHigherOwnTargetCanFlagWhatTheTeamsWouldNot()
    {
        var d = await W47Async((s, w) => s.Target(w.Team, KpiMetric.Meetings, 5, rep: w.Anna));

        Assert.Equal(0.4m, d.Fulfillment["Anna Kowalska"]["meetings"]);
        var anna = Assert.Single(d.Deviations.OfType<KpiBelowTarget>(), x => x.RepName == "Anna Kowalska");
        Assert.Equal((2m, 5m), (anna.Actual, anna.Target));
        Assert.Equal("Anna Kowalska: meetings 2 of 5 (40%)", anna.Message);
    }

    [Fact]
    public async Task AWonAmountTargetIsMeasuredInTheTeamsCurrencyAndFlaggedAsAPercentage()
    {
        var d = await W47Async((s, w) => s.Target(w.Team, KpiMetric.WonAmount, 40_000));

        Assert.Equal(40_000m, d.Targets["won_amount"]);
        Assert.Equal(0.75m, d.Fulfillment["Anna Kowalska"]["won_amount"]);
        Assert.Equal(0m, d.Fulfillment["Ben Carter"]["won_amount"]);
        Assert.Equal(0.375m, d.TeamFulfillment["won_amount"]);
        var ben = Assert.Single(d.Deviations.OfType<KpiBelowTarget>(), x => x.MetricName == "won_amount");
        Assert.Equal(("Ben Carter", "EUR"), (ben.RepName, ben.Currency));
        Assert.Equal("Ben Carter: won amount at 0% of target (EUR 0 of EUR 40,000)", ben.Message);
        Assert.Equal("deals in negotiation and their close dates", ben.LookAt);
    }

    [Fact]
    public async Task AWonAmountTargetOfOneRepOnlyMeasuresTheTeamByThatRep()
    {
        // 60,000 a month is 60,000 x 12 / 52 = 13,846.15 a week; Anna won 30,000.
        var d = await W47Async((s, w) => s.Target(w.Team, KpiMetric.WonAmount, 60_000, TargetPeriod.Month, w.Anna));

        Assert.False(d.Targets.ContainsKey("won_amount"));
        Assert.Equal(13_846.15m, d.RepTargets["Anna Kowalska"]["won_amount"]);
        Assert.Equal(2.167m, d.Fulfillment["Anna Kowalska"]["won_amount"]);
        Assert.False(d.Fulfillment["Ben Carter"].ContainsKey("won_amount"));
        Assert.Equal(2.167m, d.TeamFulfillment["won_amount"]);
        Assert.DoesNotContain(d.Deviations.OfType<KpiBelowTarget>(), x => x.MetricName == "won_amount");
    }

    [Fact]
    public async Task TheDigestTextShowsEachRepAgainstTheirOwnTargets()
    {
        var d = await W47Async((s, w) =>
        {
            s.Target(w.Team, KpiMetric.Meetings, 1, rep: w.Ben);
            s.Target(w.Team, KpiMetric.WonAmount, 60_000, rep: w.Anna);
        });

        var details = DigestMessage.Render(d, showAmounts: true).Details;

        Assert.Contains(details, l => l.StartsWith("Anna Kowalska:", StringComparison.Ordinal) && l.EndsWith("targets: meetings 67%, calls 162%, won amount 50%", StringComparison.Ordinal));
        Assert.Contains(details, l => l.StartsWith("Ben Carter:", StringComparison.Ordinal) && l.EndsWith("targets: meetings 100%, calls 0%", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheDigestJsonCarriesTheRepsOwnTargetsAndTheCurrency()
    {
        var d = await W47Async((s, w) => s.Target(w.Team, KpiMetric.WonAmount, 50_000, rep: w.Ben));

        using var json = JsonDocument.Parse(ReportJson.Serialize(d));
        var root = json.RootElement;

        Assert.Equal("EUR", root.GetProperty("currency").GetString());
        Assert.Equal(50_000m, root.GetProperty("rep_targets").GetProperty("Ben Carter").GetProperty("won_amount").GetDecimal());
        Assert.False(root.GetProperty("targets").TryGetProperty("won_amount", out _));
        Assert.Equal(0m, root.GetProperty("fulfillment").GetProperty("Ben Carter").GetProperty("won_amount").GetDecimal());
        var flag = root.GetProperty("deviations").EnumerateArray().Single(x => x.GetProperty("metric").GetString() == "won_amount");
        Assert.Equal("Ben Carter: won amount at 0% of target (EUR 0 of EUR 50,000)", flag.GetProperty("message").GetString());
    }
}
