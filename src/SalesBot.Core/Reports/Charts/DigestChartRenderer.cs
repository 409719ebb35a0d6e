using ScottPlot;
using SkiaSharp;

namespace SalesBot.Core.Reports.Charts;

/// <summary>
/// Draws a <see cref="DigestChart"/> as one PNG, in process: activities per rep against the target across the top,
/// the pipeline by stage bottom left, the won line of the last 8 weeks bottom right.
/// </summary>
public static class DigestChartRenderer
{
    public const int Width = 1000;
    public const int Height = 900;
    public const int TopHeight = 420;

    /// <summary>The rep bars' colour; the target line is <see cref="TargetColor"/>.</summary>
    public static readonly Color BarColor = new(31, 119, 180);

    public static readonly Color TargetColor = new(214, 39, 40);

    public static readonly Color StageColor = new(44, 160, 44);

    public static readonly Color WonColor = new(255, 127, 14);

    // ScottPlot's font list is global; drawing is otherwise independent per call.
    private static readonly Lock FontLock = new();

    public static byte[] RenderPng(DigestChart chart)
    {
        lock (FontLock)
        {
            ChartFont.Install();
        }

        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.White);
        Draw(surface.Canvas, Activities(chart), 0, 0, Width, TopHeight);
        Draw(surface.Canvas, Pipeline(chart), 0, TopHeight, Width / 2, Height - TopHeight);
        Draw(surface.Canvas, Won(chart), Width / 2, TopHeight, Width / 2, Height - TopHeight);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static void Draw(SKCanvas canvas, Plot plot, int x, int y, int width, int height)
    {
        // Each plot on its own surface: a plot clears whatever canvas it is given.
        using var panel = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        plot.Render(panel);
        using var image = panel.Snapshot();
        canvas.DrawImage(image, x, y);
    }

    private static Plot Activities(DigestChart chart)
    {
        var plot = Styled($"{chart.Title}: {chart.Words.Activities}");
        var positions = Enumerable.Range(0, chart.Reps.Count).Select(i => (double)i).ToArray();
        var bars = plot.Add.Bars(positions, chart.Reps.Select(r => (double)r.Activities).ToArray());
        bars.Color = BarColor;
        foreach (var bar in bars.Bars)
        {
            bar.Size = 0.6;
            bar.LineWidth = 0;
        }

        plot.Axes.Bottom.SetTicks(positions, chart.Reps.Select(r => FirstName(r.Name)).ToArray());
        if (chart.ActivitiesTarget is { } target)
        {
            var line = plot.Add.HorizontalLine((double)target, 2, TargetColor, LinePattern.Dashed);
            line.LineWidth = 2;
        }

        var top = Math.Max(chart.Reps.Select(r => (double)r.Activities).DefaultIfEmpty(0).Max(), (double)(chart.ActivitiesTarget ?? 0));
        plot.Axes.SetLimits(-0.5, Math.Max(0.5, chart.Reps.Count - 0.5), 0, Math.Max(1, top * 1.15));
        return plot;
    }

    private static Plot Pipeline(DigestChart chart)
    {
        var plot = Styled(chart.Words.Pipeline);
        var positions = Enumerable.Range(0, chart.Pipeline.Count).Select(i => (double)i).ToArray();
        var values = chart.Pipeline.Select(s => chart.ShowsAmounts ? (double)s.Amount : s.Count).ToArray();
        var bars = plot.Add.Bars(positions, values);
        bars.Color = StageColor;
        foreach (var bar in bars.Bars)
        {
            bar.Size = 0.6;
            bar.LineWidth = 0;
        }

        plot.Axes.Bottom.SetTicks(positions, chart.Pipeline.Select(s => $"{s.Stage} ({s.Count})").ToArray());
        plot.Axes.SetLimits(-0.5, Math.Max(0.5, chart.Pipeline.Count - 0.5), 0, Math.Max(1, values.DefaultIfEmpty(0).Max() * 1.15));
        return plot;
    }

    private static Plot Won(DigestChart chart)
    {
        var plot = Styled(chart.Words.Won);
        var xs = Enumerable.Range(0, chart.Won.Count).Select(i => (double)i).ToArray();
        var ys = chart.Won.Select(w => (double)w.Value).ToArray();
        var line = plot.Add.Scatter(xs, ys, WonColor);
        line.LineWidth = 3;
        line.MarkerSize = 7;
        plot.Axes.Bottom.SetTicks(xs, chart.Won.Select(w => w.Week).ToArray());
        plot.Axes.SetLimits(-0.5, Math.Max(0.5, chart.Won.Count - 0.5), 0, Math.Max(1, ys.DefaultIfEmpty(0).Max() * 1.15));
        return plot;
    }

    private static Plot Styled(string title)
    {
        var plot = new Plot();
        plot.Font.Set(ChartFont.Name);
        plot.Title(title, 16);
        plot.Grid.XAxisStyle.IsVisible = false;
        return plot;
    }

    private static string FirstName(string name) => name.Split(' ')[0];
}
