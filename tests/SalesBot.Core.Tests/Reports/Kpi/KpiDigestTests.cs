using System.Text.Json;
using SalesBot.Core.Crm;
using SalesBot.Core.Reports;
using SalesBot.Core.Reports.Calendar;
using SalesBot.Core.Reports.Kpi;
using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Reports.Kpi;

/// <summary>The figures below were counted by hand from <see cref="NorthwindWeek"/>'s comments.</summary>
public class KpiDigestTests : IDisposable
{
    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    private async Task<KpiDigest> W47Async()
    {
        using var db = _store.CreateDbContext();
        var week = new NorthwindWeek(db);
        IsoWeek.TryParse("2026-W47", out var w47);
        var data = await KpiLoader.LoadAsync(db, week.Team.Id, w47, new DateOnly(2026, 11, 25), CancellationToken.None);
        return KpiBuilder.Build(data!);
    }

    [Fact]
    public async Task CountsEachRepsWeekByTheDayThingsHappened()
    {
        var d = await W47Async();

        var anna = d.Reps.Single(r => r.Name == "Anna Kowalska");
        // Meetings 16th, 20th; calls 16th, 17th, 20th (typed on the 23rd); email; demo; note.
        Assert.Equal((2, 3, 1, 1, 8), (anna.Meetings, anna.Calls, anna.Emails, anna.Demos, anna.Activities));
        Assert.Equal((1, 1, 0, 2, 1), (anna.DealsCreated, anna.DealsWon, anna.DealsLost, anna.StageMoves, anna.TasksDone));
        Assert.Equal(new Dictionary<string, decimal> { ["EUR"] = 30000m }, anna.WonAmount);

        var ben = d.Reps.Single(r => r.Name == "Ben Carter");
        // Meeting 17th and a visit; Northwind pilot created at 00:30 on Monday 16th local counts, Tailspin (23rd) does not.
        Assert.Equal((1, 0, 0, 0, 2), (ben.Meetings, ben.Calls, ben.Emails, ben.Demos, ben.Activities));
        Assert.Equal((1, 0, 1, 1, 0), (ben.DealsCreated, ben.DealsWon, ben.DealsLost, ben.StageMoves, ben.TasksDone));
        Assert.Empty(ben.WonAmount);
    }

    [Fact]
    public async Task TeamTotalsAreTheSumOfTheReps()
    {
        var t = (await W47Async()).Totals;

        Assert.Equal((3, 3, 1, 1, 10), (t.Meetings, t.Calls, t.Emails, t.Demos, t.Activities));
        Assert.Equal((2, 1, 1, 3, 1), (t.DealsCreated, t.DealsWon, t.DealsLost, t.StageMoves, t.TasksDone));
    }

    [Fact]
    public async Task PipelineWinRateAndStaleDeals()
    {
        var d = await W47Async();

        Assert.Equal(3, d.Pipeline.OpenDeals);
        Assert.Equal(2, d.Pipeline.ByStage["lead"].Count);
        Assert.Equal(5000m, d.Pipeline.ByStage["lead"].Amount["EUR"]);
        Assert.Equal(50000m, d.Pipeline.ByStage["proposal"].Amount["EUR"]);
        Assert.Equal(0.5m, d.WinRate);
        // Contoso: created Monday 10:00, won Friday 15:00 = 4 days 5 hours.
        Assert.Equal(4.2m, d.AvgDaysToWin);
        Assert.Equal("Adatum expansion", Assert.Single(d.StaleDeals.Deals).Deal);
    }

    [Fact]
    public async Task TargetsAndFulfilmentAreTheSameForEveryRep()
    {
        var d = await W47Async();

        Assert.Equal(3m, d.Targets["meetings"]);
        Assert.Equal(1.85m, d.Targets["calls"]);
        Assert.Equal(0.667m, d.Fulfillment["Anna Kowalska"]["meetings"]);
        Assert.Equal(0.333m, d.Fulfillment["Ben Carter"]["meetings"]);
        Assert.Equal(0m, d.Fulfillment["Ben Carter"]["calls"]);
    }

    [Fact]
    public async Task FlagsRepsFarBelowTargetAndSaysWhatToLookAt()
    {
        var d = await W47Async();

        var flagged = d.Deviations.Where(x => x.Kind == "below_target").Select(x => (x.Rep, x.Metric)).ToList();
        Assert.Equal([("Ben Carter", "meetings"), ("Ben Carter", "calls")], flagged);
        Assert.Contains(d.Deviations, x => x.Kind == "stale_deals" && x.Message.StartsWith("1 open deal", StringComparison.Ordinal));
        Assert.All(d.Deviations, x => Assert.False(string.IsNullOrWhiteSpace(x.LookAt)));
        // Carl is away all week: no flags for him.
        Assert.DoesNotContain(d.Deviations, x => x.Rep == "Carl Nowak");
    }

    [Fact]
    public async Task ComparesWithThePreviousWeek()
    {
        var d = await W47Async();

        // W46: Anna's meeting on Sunday 15th, Ben's two calls, Anna's task on the 12th.
        Assert.Equal((1, 2, 3, 1), (d.PreviousTotals.Meetings, d.PreviousTotals.Calls, d.PreviousTotals.Activities, d.PreviousTotals.TasksDone));
        Assert.Equal(7, d.Change["activities"]);
        Assert.Equal(0, d.Change["tasks_done"]);
    }

    [Fact]
    public async Task FlagsAStageWhereDealsPileUp()
    {
        using var db = _store.CreateDbContext();
        var s = new Seed(db);
        var team = s.Team();
        var anna = s.Member(team, "Anna");
        var account = s.Account(team, "Contoso");
        for (var i = 0; i < 6; i++)
        {
            s.Deal(team, anna, account, $"Deal {i}", "2026-11-16T10:00", stage: DealStage.Negotiation);
        }

        s.Deal(team, anna, account, "Fresh lead", "2026-11-16T10:00");
        IsoWeek.TryParse("2026-W47", out var w47);

        var d = KpiBuilder.Build((await KpiLoader.LoadAsync(db, team.Id, w47, new DateOnly(2026, 11, 23), CancellationToken.None))!);

        var pileUp = Assert.Single(d.Deviations, x => x.Kind == "pile_up");
        Assert.Equal("6 of 7 open deals sit in negotiation", pileUp.Message);
    }

    [Fact]
    public async Task JsonHasTheContractsFieldNames()
    {
        using var json = JsonDocument.Parse(ReportJson.Serialize(await W47Async()));
        var root = json.RootElement;

        Assert.Equal("2026-W47", root.GetProperty("week").GetString());
        Assert.Equal("2026-11-16", root.GetProperty("from").GetString());
        Assert.Equal("2026-11-22", root.GetProperty("to").GetString());
        var anna = root.GetProperty("reps").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "Anna Kowalska");
        foreach (var field in new[] { "meetings", "calls", "emails", "demos", "activities", "deals_created", "deals_won", "deals_lost", "won_amount", "stage_moves", "tasks_done" })
        {
            Assert.True(anna.TryGetProperty(field, out _), field);
            Assert.True(root.GetProperty("totals").TryGetProperty(field, out _), "totals." + field);
        }

        Assert.Equal(30000m, anna.GetProperty("won_amount").GetProperty("EUR").GetDecimal());
        Assert.Equal(3, root.GetProperty("pipeline").GetProperty("open_deals").GetInt32());
        Assert.Equal(1, root.GetProperty("pipeline").GetProperty("by_stage").GetProperty("proposal").GetProperty("count").GetInt32());
        Assert.Equal(50000m, root.GetProperty("pipeline").GetProperty("by_stage").GetProperty("proposal").GetProperty("amount").GetProperty("EUR").GetDecimal());
        Assert.Equal(3m, root.GetProperty("targets").GetProperty("meetings").GetDecimal());
        Assert.Equal(0.333m, root.GetProperty("fulfillment").GetProperty("Ben Carter").GetProperty("meetings").GetDecimal());
    }
}
