using ScottPlot;
using SkiaSharp;

namespace SalesBot.Core.Reports.Charts;

/// <summary>
/// The one font charts are drawn with, Roboto, embedded in the assembly (Fonts/README.md): ScottPlot asks its
/// resolvers first, and this one answers every name, so no system font (or its absence) changes a picture.
/// </summary>
internal sealed class ChartFont : IFontResolver
{
    public const string Name = "Roboto";

    private static readonly Lazy<SKTypeface> Typeface = new(() =>
    {
        using var stream = typeof(ChartFont).Assembly.GetManifestResourceStream("SalesBot.Charts.Roboto-Regular.ttf")
            ?? throw new InvalidOperationException("The chart font is not embedded in SalesBot.Core");
        return SKTypeface.FromStream(stream);
    });

    private static readonly Lazy<bool> Installed = new(() =>
    {
        Fonts.FontResolvers.Insert(0, new ChartFont());
        Fonts.Default = Name;
        Fonts.Sans = Name;
        return true;
    });

    /// <summary>Puts the resolver in front of ScottPlot's own, once per process.</summary>
    public static void Install() => _ = Installed.Value;

    public SKTypeface CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) => Typeface.Value;

    public SKTypeface CreateTypeface(string fontName, bool bold, bool italic) => Typeface.Value;
}
