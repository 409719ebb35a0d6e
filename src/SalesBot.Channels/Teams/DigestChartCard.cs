using System.Globalization;
using System.Text.Json.Nodes;
using SalesBot.Core.Reports.Charts;

namespace SalesBot.Channels.Teams;

/// <summary>
/// The digest's chart as Teams' native Adaptive Card charts: <c>Chart.VerticalBar</c> (activities per rep),
/// <c>Chart.Donut</c> (open pipeline by stage) and <c>Chart.Line</c> (won by week). Each element falls back to a
/// RichTextBlock with the same figures for clients that cannot draw charts; the card's fallbackText stays the digest text.
/// </summary>
public static class DigestChartCard
{
    public static IReadOnlyList<JsonObject> Elements(DigestChart chart)
    {
        var words = chart.Words;
        var activitiesTitle = words.Activities;
        var activities = new JsonArray();
        foreach (var rep in chart.Reps)
        {
            activities.Add(new JsonObject { ["x"] = rep.Name, ["y"] = rep.Activities });
        }

        var pipelineTitle = words.Pipeline;
        var stages = new JsonArray();
        foreach (var stage in chart.Pipeline)
        {
            stages.Add(new JsonObject { ["legend"] = $"{stage.Stage} ({stage.Count})", ["value"] = chart.ShowsAmounts ? stage.Amount : stage.Count });
        }

        var wonTitle = words.Won;
        var weeks = new JsonArray();
        foreach (var week in chart.Won)
        {
            weeks.Add(new JsonObject { ["x"] = week.Week, ["y"] = week.Value });
        }

        return
        [
            Element("Chart.VerticalBar", activitiesTitle, activities,
                $"{activitiesTitle}: " + string.Join(", ", chart.Reps.Select(r => $"{r.Name} {r.Activities}"))),
            Element("Chart.Donut", pipelineTitle, stages,
                $"{pipelineTitle}: " + string.Join(", ", chart.Pipeline.Select(s => $"{s.Stage} {(chart.ShowsAmounts ? Number(s.Amount) : s.Count.ToString(CultureInfo.InvariantCulture))}"))),
            Element("Chart.Line", wonTitle, new JsonArray { new JsonObject { ["legend"] = words.WonLegend, ["values"] = weeks } },
                $"{wonTitle}: " + string.Join(", ", chart.Won.Select(w => $"{w.Week} {Number(w.Value)}"))),
        ];
    }

    private static JsonObject Element(string type, string title, JsonArray data, string fallback) => new()
    {
        ["type"] = type,
        ["title"] = title,
        ["data"] = data,
        // A TextRun, like the rest of the card: a rep's or stage's name is never read as markdown.
        ["fallback"] = new JsonObject
        {
            ["type"] = "RichTextBlock",
            ["inlines"] = new JsonArray(new JsonObject { ["type"] = "TextRun", ["text"] = fallback }),
        },
    };

    private static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
