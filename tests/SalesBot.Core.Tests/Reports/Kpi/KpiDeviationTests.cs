using System.Text.Json;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Reports;
using SalesBot.Core.Reports.Calendar;
using SalesBot.Core.Reports.Kpi;
using SalesBot.Core.Tests.Support;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Tests.Reports.Kpi;

/// <summary>The builder returns deviations as facts; each pack words them, and the JSON keeps its English fields.</summary>
public class KpiDeviationTests : IDisposable
{
    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    private async Task<KpiDigest> W47Async()
    {
        using var db = _store.CreateDbContext();
        var week = new NorthwindWeek(db);
        IsoWeek.TryParse("2026-W47", out var w47);
        return KpiBuilder.Build((await KpiLoader.LoadAsync(db, week.Team.Id, w47, new DateOnly(2026, 11, 25), CancellationToken.None))!);
    }

    [Fact]
    public async Task BuilderReturnsTypedDeviations()
    {
        var d = await W47Async();

        var ben = Assert.Single(d.Deviations.OfType<KpiBelowTarget>(), x => x.RepName == "Ben Carter" && x.MetricName == "calls");
        Assert.Equal((0, 1.85m, 0m), (ben.Actual, ben.Target, ben.Ratio));
        var stale = Assert.Single(d.Deviations.OfType<KpiStaleFlag>());
        Assert.Equal((1, KpiLoader.StaleDays), (stale.Count, stale.Days));
    }

    [Fact]
    public async Task JsonKeepsTheFiveFieldsOfADeviationInEnglish()
    {
        using var json = JsonDocument.Parse(ReportJson.Serialize(await W47Async()));

        var deviations = json.RootElement.GetProperty("deviations").EnumerateArray().ToList();
        Assert.NotEmpty(deviations);
        Assert.All(deviations, x => Assert.Equal(["kind", "rep", "metric", "message", "look_at"], x.EnumerateObject().Select(p => p.Name)));
        Assert.Contains(deviations, x => x.GetProperty("message").GetString() == "Ben Carter: calls 0 of 1.85 (0%)"
            && x.GetProperty("look_at").GetString() == "the call list and time blocked for calling");
    }

    [Theory]
    [InlineData("pl", "⚠ Ben Carter: telefony 0 z 1,85 (0%): sprawdź listę telefonów i czas zarezerwowany na dzwonienie")]
    [InlineData("ru", "⚠ Ben Carter: звонки 0 из 1,85 (0%): посмотрите список звонков и время, выделенное на звонки")]
    [InlineData("en", "⚠ Ben Carter: calls 0 of 1.85 (0%): look at the call list and time blocked for calling")]
    public async Task EachPackWordsADeviation(string code, string expected)
    {
        var d = await W47Async();

        var ben = d.Deviations.OfType<KpiBelowTarget>().Single(x => x.RepName == "Ben Carter" && x.MetricName == "calls");
        Assert.Equal(expected, ReplyPacks.For(code).Reports.Flag(ben));
    }

    [Theory]
    [InlineData("pl", 6, 7, "etap negocjacje: 6 z 7 otwartych szans")]
    [InlineData("ru", 6, 21, "этап переговоры: 6 из 21 открытой сделки")]
    [InlineData("ru", 5, 5, "этап переговоры: 5 из 5 открытых сделок")]
    public void WordsAPileUpWithTheRightCase(string code, int count, int open, string expected) =>
        Assert.Equal(expected, ReplyPacks.For(code).Reports.DeviationMessage(new KpiPileUp("negotiation", count, open)));
}
