using System.Text.Json;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Reports.Charts;
using SalesBot.Core.Reports.Kpi;
using SkiaSharp;

namespace SalesBot.Core.Tests.Reports.Charts;

public class DigestChartTests
{
    private static KpiRep Rep(string name, int activities, bool away = false) =>
        new(name, away, 0, 0, 0, 0, activities, 0, 0, 0, new Dictionary<string, decimal>(), 0, 0);

    private static KpiDigest Digest(params KpiRep[] reps)
    {
        var none = new KpiCounters(0, 0, 0, 0, 0, 0, 0, 0, new Dictionary<string, decimal>(), 0, 0);
        var pipeline = new KpiPipeline(6, new Dictionary<string, KpiPipelineStage>
        {
            ["lead"] = new(3, new Dictionary<string, decimal> { ["EUR"] = 15_000m }),
            ["proposal"] = new(2, new Dictionary<string, decimal> { ["EUR"] = 40_000m, ["USD"] = 5_000m }),
            ["negotiation"] = new(1, new Dictionary<string, decimal> { ["EUR"] = 60_000m }),
        });
        return new KpiDigest("Northwind Sales", "2026-W47", new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 22), "Europe/Warsaw",
            reps, none, pipeline, new Dictionary<string, decimal> { ["activities"] = 8m }, new Dictionary<string, IReadOnlyDictionary<string, decimal>>(),
            new Dictionary<string, decimal>(), null, null, new KpiStaleDeals(0, []), [], none, new Dictionary<string, int>());
    }

    private static readonly WonWeekRow[] Won =
    [
        new("2026-W40", "EUR", 1, 10_000m),
        new("2026-W44", "EUR", 2, 25_000m),
        new("2026-W44", "USD", 1, 9_000m),
        new("2026-W47", "EUR", 1, 30_000m),
    ];

    [Fact]
    public void TheChartHasTheRepsTargetStagesAndTheLastEightWeeksInTheMainCurrency()
    {
        var chart = DigestChart.From(Digest(Rep("Anna Kowalska", 12), Rep("Ben Nowak", 6), Rep("Carl Away", 0, away: true)), Won, showAmounts: true);

        Assert.Equal("EUR", chart.Currency);
        Assert.Equal([("Anna Kowalska", 12), ("Ben Nowak", 6)], chart.Reps.Select(r => (r.Name, r.Activities)));
        Assert.Equal(8m, chart.ActivitiesTarget);
        Assert.Equal([("lead", 3, 15_000m), ("proposal", 2, 40_000m), ("negotiation", 1, 60_000m)], chart.Pipeline.Select(s => (s.Stage, s.Count, s.Amount)));
        // Eight weeks up to W47 start at W40; W44 counts the euros only.
        Assert.Equal(
            [("W40", 10_000m), ("W41", 0m), ("W42", 0m), ("W43", 0m), ("W44", 25_000m), ("W45", 0m), ("W46", 0m), ("W47", 30_000m)],
            chart.Won.Select(w => (w.Week, w.Value)));
    }

    [Fact]
    public void WithAmountsHiddenTheChartCountsDeals()
    {
        var chart = DigestChart.From(Digest(Rep("Anna Kowalska", 12)), Won, showAmounts: false);

        Assert.False(chart.ShowsAmounts);
        Assert.All(chart.Pipeline, s => Assert.Equal(0m, s.Amount));
        Assert.Equal(3m, chart.Won.Single(w => w.Week == "W44").Value);
    }

    [Theory]
    [InlineData("en", true, "Activities per rep (target 8)", "Open pipeline by stage (EUR)", "Won by week (EUR)", "Won", "proposal")]
    [InlineData("en", false, "Activities per rep (target 8)", "Open deals by stage", "Deals won by week", "Won", "proposal")]
    [InlineData("pl", true, "Aktywności handlowców (cel 8)", "Otwarty lejek według etapów (EUR)", "Wygrane w tygodniach (EUR)", "Wygrane", "oferta")]
    [InlineData("pl", false, "Aktywności handlowców (cel 8)", "Otwarte szanse według etapów", "Wygrane szanse w tygodniach", "Wygrane", "oferta")]
    [InlineData("ru", true, "Активности по менеджерам (цель 8)", "Открытая воронка по этапам (EUR)", "Выиграно по неделям (EUR)", "Выиграно", "КП")]
    [InlineData("ru", false, "Активности по менеджерам (цель 8)", "Открытые сделки по этапам", "Выигранные сделки по неделям", "Выиграно", "КП")]
    public void TheChartIsWordedInTheTeamsLanguage(string language, bool showAmounts, string activities, string pipeline, string won, string legend, string proposal)
    {
        var chart = DigestChart.From(Digest(Rep("Anna Kowalska", 12)), Won, showAmounts, ReplyPacks.For(language));

        Assert.Equal(new ChartLabels(activities, pipeline, won, legend), chart.Words);
        Assert.Equal(proposal, chart.Pipeline[1].Stage);
    }

    [Fact]
    public void AChartStoredBeforeItHadWordsReadsThemInEnglish()
    {
        // An outbox row written by an older host has no "Labels": the chart still has titles, from its own figures.
        var json = JsonSerializer.Serialize(DigestChart.From(Digest(Rep("Anna Kowalska", 12)), Won, showAmounts: true, ReplyPacks.For("pl")));
        var old = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        Assert.True(old.Remove("Labels"));

        var chart = JsonSerializer.Deserialize<DigestChart>(old.ToJsonString())!;

        Assert.Null(chart.Labels);
        Assert.Equal(new ChartLabels("Activities per rep (target 8)", "Open pipeline by stage (EUR)", "Won by week (EUR)", "Won"), chart.Words);
    }

    [Fact]
    public void ThePngIsSmallHasTheSizeAndDrawsTheBarsInProportion()
    {
        var chart = DigestChart.From(Digest(Rep("Anna Kowalska", 12), Rep("Ben Nowak", 6), Rep("Carl Nowak", 3)), Won, showAmounts: true);

        var png = DigestChartRenderer.RenderPng(chart);

        Assert.InRange(png.Length, 1, 200 * 1024);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((1000, 900), (bitmap.Width, bitmap.Height));
        var bars = BarHeights(bitmap, DigestChartRenderer.BarColor, 0, DigestChartRenderer.TopHeight);
        Assert.Equal(3, bars.Count);
        // 12 : 6 : 3, give or take the dashed target line crossing a bar and anti-aliased edges.
        Assert.InRange(bars[0] / (double)bars[1], 1.9, 2.1);
        Assert.InRange(bars[1] / (double)bars[2], 1.85, 2.15);
        Assert.True(Count(bitmap, DigestChartRenderer.TargetColor, 0, DigestChartRenderer.TopHeight) > 100, "the target line is drawn");
        Assert.True(Count(bitmap, DigestChartRenderer.StageColor, DigestChartRenderer.TopHeight, bitmap.Height) > 1000, "the stage bars are drawn");
        Assert.True(Count(bitmap, DigestChartRenderer.WonColor, DigestChartRenderer.TopHeight, bitmap.Height) > 100, "the won line is drawn");
    }

    [Fact]
    public void TheSameDigestDrawsTheSamePicture()
    {
        var chart = DigestChart.From(Digest(Rep("Anna Kowalska", 12)), Won, showAmounts: true);

        Assert.Equal(DigestChartRenderer.RenderPng(chart), DigestChartRenderer.RenderPng(chart));
    }

    /// <summary>The tallest run of <paramref name="color"/> in each group of adjacent columns that hold it, left to right.</summary>
    private static List<int> BarHeights(SKBitmap bitmap, ScottPlot.Color color, int top, int bottom)
    {
        var heights = new List<int>();
        var current = 0;
        for (var x = 0; x < bitmap.Width; x++)
        {
            var column = 0;
            for (var y = top; y < bottom; y++)
            {
                if (Is(bitmap.GetPixel(x, y), color))
                {
                    column++;
                }
            }

            if (column > 0)
            {
                current = Math.Max(current, column);
            }
            else if (current > 0)
            {
                heights.Add(current);
                current = 0;
            }
        }

        return heights;
    }

    private static int Count(SKBitmap bitmap, ScottPlot.Color color, int top, int bottom)
    {
        var n = 0;
        for (var y = top; y < bottom; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                n += Is(bitmap.GetPixel(x, y), color) ? 1 : 0;
            }
        }

        return n;
    }

    private static bool Is(SKColor pixel, ScottPlot.Color color) =>
        Math.Abs(pixel.Red - color.R) <= 2 && Math.Abs(pixel.Green - color.G) <= 2 && Math.Abs(pixel.Blue - color.B) <= 2;
}
