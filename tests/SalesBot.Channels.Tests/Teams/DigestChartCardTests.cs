using System.Text.Json;
using SalesBot.Channels.Teams;
using SalesBot.Core.Messaging;
using SalesBot.Core.Reports.Charts;

namespace SalesBot.Channels.Tests.Teams;

public sealed class DigestChartCardTests
{
    private static readonly DigestChart Chart = new("Northwind Sales · 2026-W47", "EUR",
        [new ChartRep("Anna Kowalska", 12), new ChartRep("Ben Nowak", 6)], 8m,
        [new ChartStage("lead", 3, 15_000m), new ChartStage("proposal", 2, 40_000m)],
        Enumerable.Range(40, 8).Select(w => new ChartWeek($"W{w}", (w - 39) * 1000m)).ToList());

    private static JsonElement Card(OutgoingMessage message) => Assert.Single(AdaptiveCardRenderer.Render(message).Attachments!).Content;

    [Fact]
    public void TheDigestCardCarriesABarADonutAndALineChartAfterItsText()
    {
        var card = Card(new OutgoingMessage("Anna Kowalska: 12 activities") { Title = "KPIs · 2026-W47", Chart = Chart });

        Assert.Equal("1.5", card.GetProperty("version").GetString());
        var all = card.GetProperty("body").EnumerateArray().ToList();
        Assert.Equal(["Chart.VerticalBar", "Chart.Donut", "Chart.Line"], all.TakeLast(3).Select(e => e.GetProperty("type").GetString()));
        Assert.All(all.SkipLast(3), e => Assert.Equal("RichTextBlock", e.GetProperty("type").GetString()));
        var charts = all.TakeLast(3).ToList();

        var bars = charts[0];
        Assert.Equal("Activities per rep (target 8)", bars.GetProperty("title").GetString());
        Assert.Equal([("Anna Kowalska", 12), ("Ben Nowak", 6)],
            bars.GetProperty("data").EnumerateArray().Select(d => (d.GetProperty("x").GetString(), d.GetProperty("y").GetInt32())));

        var donut = charts[1];
        Assert.Equal("Open pipeline by stage (EUR)", donut.GetProperty("title").GetString());
        Assert.Equal([("lead (3)", 15_000m), ("proposal (2)", 40_000m)],
            donut.GetProperty("data").EnumerateArray().Select(d => (d.GetProperty("legend").GetString(), d.GetProperty("value").GetDecimal())));

        var line = charts[2];
        var series = Assert.Single(line.GetProperty("data").EnumerateArray());
        Assert.Equal("Won", series.GetProperty("legend").GetString());
        var points = series.GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(8, points.Count);
        Assert.Equal(("W40", 1000m), (points[0].GetProperty("x").GetString(), points[0].GetProperty("y").GetDecimal()));
        Assert.Equal(("W47", 8000m), (points[7].GetProperty("x").GetString(), points[7].GetProperty("y").GetDecimal()));
    }

    [Fact]
    public void EveryChartFallsBackToATextBlockWithItsFiguresAndTheCardToTheDigestText()
    {
        var card = Card(new OutgoingMessage("Anna Kowalska: 12 activities") { Title = "KPIs · 2026-W47", Chart = Chart });

        var fallbacks = card.GetProperty("body").EnumerateArray().TakeLast(3).Select(e => e.GetProperty("fallback")).ToList();
        Assert.All(fallbacks, f => Assert.Equal("RichTextBlock", f.GetProperty("type").GetString()));
        string Text(JsonElement f) => f.GetProperty("inlines")[0].GetProperty("text").GetString()!;
        Assert.Equal("Activities per rep (target 8): Anna Kowalska 12, Ben Nowak 6", Text(fallbacks[0]));
        Assert.Equal("Open pipeline by stage (EUR): lead 15,000, proposal 40,000", Text(fallbacks[1]));
        Assert.StartsWith("Won by week (EUR): W40 1,000, W41 2,000", Text(fallbacks[2]), StringComparison.Ordinal);
        Assert.Equal("KPIs · 2026-W47\n\nAnna Kowalska: 12 activities", card.GetProperty("fallbackText").GetString());
    }

    [Fact]
    public void WithAmountsHiddenTheDonutCountsDeals()
    {
        var card = Card(new OutgoingMessage("KPIs") { Chart = Chart with { Currency = null } });

        var donut = card.GetProperty("body").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "Chart.Donut");
        Assert.Equal("Open deals by stage", donut.GetProperty("title").GetString());
        Assert.Equal(3, donut.GetProperty("data")[0].GetProperty("value").GetInt32());
    }
}
