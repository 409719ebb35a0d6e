using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Messaging;
using SalesBot.Core.Reports.Forecast;

namespace SalesBot.Core.Reports.Kpi;

/// <summary>
/// Renders the weekly digest: a few lines of team figures and what to look at, per-rep lines in
/// the details, in the words of a language's pack. <see cref="RenderOwn"/> is the view a rep gets
/// when the team keeps figures for managers.
/// </summary>
public static class DigestMessage
{
    private const int DeviationsInText = 3;

    /// <summary>
    /// The digest a channel gets when the team keeps reps' figures for managers: the team's lines only, with no rep
    /// named (no per-rep lines, no deviations, no stale deals with their owners).
    /// </summary>
    public static OutgoingMessage RenderTeamOnly(KpiDigest d, bool showAmounts, string? lateNote = null, LanguageReplies? language = null)
    {
        var full = Render(d, showAmounts, lateNote, language);
        var pack = language ?? ReplyPacks.English;
        var flags = d.Deviations.Select(pack.Reports.Flag).ToHashSet(StringComparer.Ordinal);
        var more = d.Deviations.Count > DeviationsInText ? pack.Reports.MoreInDetails(d.Deviations.Count - DeviationsInText) : null;
        var text = full.Text.Split('\n').Where(line => !flags.Contains(line) && line != more);
        return full with { Text = string.Join('\n', text), Details = [] };
    }

    /// <param name="language">The team's pack; English when null.</param>
    public static OutgoingMessage Render(KpiDigest d, bool showAmounts, string? lateNote = null, LanguageReplies? language = null)
    {
        var pack = language ?? ReplyPacks.English;
        var words = pack.Reports;
        var quiet = IsQuiet(d.Totals);
        var text = new List<string>
        {
            quiet ? words.QuietWeek() : words.TeamLine(Counters(d.Totals, showAmounts, pack), d.Change.GetValueOrDefault("activities")),
            Pipeline(d, showAmounts, pack),
        };
        if (d.WinRate is { } rate)
        {
            text.Add(words.WinRate(rate, d.AvgDaysToWin));
        }

        var forecast = d.Forecast is { } f && d.Pipeline.OpenDeals > 0 ? f : null;
        if (forecast is not null)
        {
            text.AddRange(ForecastMessage.Lines(forecast, showAmounts, pack));
        }

        text.AddRange(d.Deviations.Take(DeviationsInText).Select(words.Flag));
        if (d.Deviations.Count > DeviationsInText)
        {
            text.Add(words.MoreInDetails(d.Deviations.Count - DeviationsInText));
        }

        // The wall: tips are the team's own posts, named by their authors in the channel already.
        if (d.TopTips.Count > 0)
        {
            text.Add(pack.TopTipsHeader());
            text.AddRange(d.TopTips.Select((t, i) => pack.TipLine(i + 1, t)));
        }

        var details = new List<string>();
        if (!quiet)
        {
            details.AddRange(d.Reps.Select(r => RepLine(d, r, showAmounts, pack)));
        }

        if (d.StaleDeals.Deals.Count > 0)
        {
            details.Add(words.StaleHeader(d.StaleDeals.Count));
            details.AddRange(d.StaleDeals.Deals.Select(words.StaleLine));
        }

        if (forecast is not null)
        {
            details.AddRange(ForecastMessage.Details(forecast, showAmounts, pack));
        }

        details.AddRange(d.Deviations.Skip(DeviationsInText).Select(words.Flag));
        return new OutgoingMessage(string.Join('\n', text)) { Title = Title(d, lateNote, words), Details = details };
    }

    /// <summary>One rep's own figures and their targets, nothing about colleagues or the team.</summary>
    public static OutgoingMessage RenderOwn(KpiDigest d, KpiRep rep, string? note = null, LanguageReplies? language = null)
    {
        var pack = language ?? ReplyPacks.English;
        var text = RepLine(d, rep, showAmounts: true, pack);
        if (note is not null)
        {
            text += "\n" + note;
        }

        var mine = d.Deviations.Where(x => x.Rep == rep.Name).Select(pack.Reports.Flag).ToList();
        return new OutgoingMessage(text) { Title = Title(d, null, pack.Reports), Details = mine };
    }

    /// <summary>A week in which nobody recorded anything: one line instead of a line of zeros per rep.</summary>
    public static bool IsQuiet(KpiCounters c) =>
        c.Activities == 0 && c.DealsCreated == 0 && c.StageMoves == 0 && c.DealsWon == 0 && c.DealsLost == 0 && c.TasksDone == 0;

    private static string Title(KpiDigest d, string? lateNote, ReportReplies words) =>
        words.DigestTitle(d.Week, d.From, d.To) + (lateNote is null ? string.Empty : " " + lateNote);

    private static string RepLine(KpiDigest d, KpiRep r, bool showAmounts, LanguageReplies pack)
    {
        var line = $"{pack.Reports.RepName(r.Name, r.Away)}: {Counters(r, showAmounts, pack)}";
        if (d.Fulfillment.TryGetValue(r.Name, out var f) && f.Count > 0)
        {
            line += pack.Reports.Targets(f.Select(kv => (kv.Key, kv.Value)));
        }

        return line;
    }

    private static string Counters(KpiCounters c, bool showAmounts, LanguageReplies pack) =>
        pack.Reports.Counters(c, showAmounts ? Amounts(c.WonAmount, pack) : string.Empty);

    private static string Pipeline(KpiDigest d, bool showAmounts, LanguageReplies pack)
    {
        if (d.Pipeline.OpenDeals == 0)
        {
            return pack.Reports.NoOpenDeals();
        }

        var stages = d.Pipeline.ByStage.Select(kv =>
            pack.Reports.PipelineStage(pack.Reports.StageName(kv.Key), kv.Value.Count, showAmounts ? Amounts(kv.Value.Amount, pack) : string.Empty));
        return pack.Reports.Pipeline(d.Pipeline.OpenDeals, stages);
    }

    private static string Amounts(IReadOnlyDictionary<string, decimal> amounts, LanguageReplies pack) =>
        string.Join(", ", amounts.Select(kv => pack.ExactMoney(kv.Key, kv.Value)));
}
