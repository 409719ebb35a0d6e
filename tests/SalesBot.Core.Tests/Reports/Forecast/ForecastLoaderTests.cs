using SalesBot.Core.Crm;
using SalesBot.Core.Reports;
using SalesBot.Core.Reports.Calendar;
using SalesBot.Core.Reports.Forecast;
using SalesBot.Core.Reports.Kpi;
using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Reports.Forecast;

public class ForecastLoaderTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    /// <summary>
    /// Anna: Contoso (proposal, 40k EUR, closes 20 Nov: overdue), Litware (negotiation, 100k EUR, 10 Dec, slipped twice);
    /// Ben: Fabrikam (lead, 10k EUR, 28 Nov, moved earlier once: no slip), Tailspin (won, 30k: not in the forecast),
    /// Woodgrove (qualified, 20k EUR, no close date); another team's deal is never counted.
    /// </summary>
    private int SeedPipeline()
    {
        using var db = _store.CreateDbContext();
        var s = new Seed(db);
        var team = s.Team();
        var anna = s.Member(team, "Anna Kowalska");
        var ben = s.Member(team, "Ben Nowak");
        Deal Deal(Member owner, string name, decimal amount, DealStage stage, string? close)
        {
            var deal = s.Deal(team, owner, s.Account(team, name.Split(' ')[0]), name, "2026-10-01T10:00", amount, "EUR", stage);
            deal.CloseDate = close is null ? null : DateOnly.Parse(close, System.Globalization.CultureInfo.InvariantCulture);
            db.SaveChanges();
            return deal;
        }

        Deal(anna, "Contoso upgrade", 40_000m, DealStage.Proposal, "2026-11-20");
        var litware = Deal(anna, "Litware renewal", 100_000m, DealStage.Negotiation, "2026-11-15");
        var fabrikam = Deal(ben, "Fabrikam pilot", 10_000m, DealStage.Lead, "2026-12-05");
        Deal(ben, "Tailspin deal", 30_000m, DealStage.Won, "2026-11-10");
        Deal(ben, "Woodgrove expansion", 20_000m, DealStage.Qualified, null);
        var at = Seed.Local(team, "2026-11-20T10:00");
        foreach (var (deal, to) in new[] { (litware, new DateOnly(2026, 11, 30)), (litware, new DateOnly(2026, 12, 10)), (fabrikam, new DateOnly(2026, 11, 28)) })
        {
            CloseDateHistory.Record(db, deal, to, deal.OwnerId, at, null);
            deal.CloseDate = to;
            db.SaveChanges();
        }

        var other = s.Team("Other team");
        var olga = s.Member(other, "Olga");
        s.Deal(other, olga, s.Account(other, "Globex"), "Globex deal", "2026-10-01T10:00", 99_000m, "EUR", DealStage.Negotiation).CloseDate = Today;
        db.SaveChanges();
        return team.Id;
    }

    [Fact]
    public async Task AHandCountedPipelineGivesTheForecast()
    {
        var teamId = SeedPipeline();
        using var db = _store.CreateDbContext();

        var f = ForecastBuilder.Build(await ForecastLoader.LoadAsync(db, teamId, Today, CancellationToken.None), Today);

        // 40k x 50% + 100k x 75% + 10k x 10% + 20k x 25% = 20,000 + 75,000 + 1,000 + 5,000.
        Assert.Equal(101_000m, f.WeightedPipeline["EUR"]);
        // November: Contoso (20 Nov) and Fabrikam (28 Nov); the quarter adds Litware (10 Dec).
        Assert.Equal((2, 50_000m, 21_000m), (f.Month.Count, f.Month.Amount["EUR"], f.Month.Weighted["EUR"]));
        Assert.Equal((3, 150_000m, 96_000m), (f.Quarter.Count, f.Quarter.Amount["EUR"], f.Quarter.Weighted["EUR"]));
        var overdue = Assert.Single(f.Overdue.Deals);
        Assert.Equal((1, "Contoso upgrade", "Anna Kowalska", 5), (f.Overdue.Count, overdue.Deal, overdue.Owner, overdue.DaysOverdue));
        var slipping = Assert.Single(f.Slipping.Deals);
        Assert.Equal(("Litware renewal", "Anna Kowalska", 2, new DateOnly(2026, 12, 10)), (slipping.Deal, slipping.Owner, slipping.Slips, slipping.CloseDate));
    }

    [Fact]
    public async Task ATeamsOwnStageProbabilityIsRead()
    {
        var teamId = SeedPipeline();
        using (var db = _store.CreateDbContext())
        {
            db.StageProbabilities.Add(new StageProbability { TeamId = teamId, Stage = DealStage.Negotiation, Percent = 90 });
            db.SaveChanges();
        }

        using var read = _store.CreateDbContext();
        var f = ForecastBuilder.Build(await ForecastLoader.LoadAsync(read, teamId, Today, CancellationToken.None), Today);

        Assert.Equal(90, f.Probabilities["negotiation"]);
        Assert.Equal(116_000m, f.WeightedPipeline["EUR"]);
    }

    [Fact]
    public async Task TheDigestJsonCarriesTheForecastObject()
    {
        var teamId = SeedPipeline();
        using var db = _store.CreateDbContext();
        IsoWeek.TryParse("2026-W47", out var week);

        var digest = KpiBuilder.Build((await KpiLoader.LoadAsync(db, teamId, week, Today, CancellationToken.None))!);
        var json = System.Text.Json.JsonDocument.Parse(ReportJson.Serialize(digest)).RootElement.GetProperty("forecast");

        Assert.Equal("2026-11-25", json.GetProperty("as_of").GetString());
        Assert.Equal(101_000m, json.GetProperty("weighted_pipeline").GetProperty("EUR").GetDecimal());
        Assert.Equal(2, json.GetProperty("month").GetProperty("count").GetInt32());
        Assert.Equal("Anna Kowalska", json.GetProperty("overdue").GetProperty("deals")[0].GetProperty("owner").GetString());
        Assert.Equal(2, json.GetProperty("slipping").GetProperty("deals")[0].GetProperty("slips").GetInt32());
    }

    [Fact]
    public async Task TheDigestTextCarriesTheForecastAndItsDealsWithTheirOwners()
    {
        var teamId = SeedPipeline();
        using var db = _store.CreateDbContext();
        IsoWeek.TryParse("2026-W47", out var week);
        var digest = KpiBuilder.Build((await KpiLoader.LoadAsync(db, teamId, week, Today, CancellationToken.None))!);

        var manager = DigestMessage.Render(digest, showAmounts: true);
        var channel = DigestMessage.Render(digest, showAmounts: false);

        var lines = manager.Text.Split('\n');
        Assert.Contains("Forecast: weighted pipeline EUR 101,000; this month 2 deals due to close, EUR 21,000 weighted; "
            + "this quarter 3 deals due to close, EUR 96,000 weighted", lines);
        Assert.Contains("⚠ 1 open deal is past its close date: agree a new date or close it", lines);
        Assert.Contains("⚠ 1 deal moved its close date later more than once", lines);
        Assert.Contains("Stage probabilities: lead 10%, qualified 25%, proposal 50%, negotiation 75%", manager.Details);
        Assert.Contains("  Contoso upgrade (Contoso), Anna Kowalska, proposal, was due 20 Nov (5 days ago)", manager.Details);
        Assert.Contains("  Litware renewal (Litware), Anna Kowalska, negotiation, moved later 2 times, now 10 Dec", manager.Details);
        // Where amounts are hidden the forecast counts deals only.
        Assert.Contains("Forecast: this month 2 deals due to close; this quarter 3 deals due to close", channel.Text.Split('\n'));
        Assert.DoesNotContain("101", channel.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AManagersStageProbabilitiesChangeTheForecastAndADefaultKeepsNoRow()
    {
        var teamId = SeedPipeline();
        using (var db = _store.CreateDbContext())
        {
            var after = await SetStageProbabilities.ApplyAsync(db, teamId,
                new Dictionary<DealStage, int> { [DealStage.Proposal] = 40, [DealStage.Negotiation] = 90, [DealStage.Lead] = 10 }, CancellationToken.None);
            db.SaveChanges();
            Assert.Equal([10, 25, 40, 90], after.Values);
        }

        using (var read = _store.CreateDbContext())
        {
            var f = ForecastBuilder.Build(await ForecastLoader.LoadAsync(read, teamId, Today, CancellationToken.None), Today);
            // 40k x 40% + 100k x 90% + 10k x 10% + 20k x 25%.
            Assert.Equal(112_000m, f.WeightedPipeline["EUR"]);
            Assert.Equal([DealStage.Proposal, DealStage.Negotiation], read.StageProbabilities.Where(p => p.TeamId == teamId).Select(p => p.Stage).AsEnumerable().Order());
            await SetStageProbabilities.ApplyAsync(read, teamId, new Dictionary<DealStage, int> { [DealStage.Proposal] = 50 }, CancellationToken.None);
            read.SaveChanges();
            Assert.Equal(DealStage.Negotiation, Assert.Single(read.StageProbabilities.Where(p => p.TeamId == teamId)).Stage);
        }

        using var check = _store.CreateDbContext();
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            SetStageProbabilities.ApplyAsync(check, teamId, new Dictionary<DealStage, int> { [DealStage.Won] = 100 }, CancellationToken.None));
    }
}
