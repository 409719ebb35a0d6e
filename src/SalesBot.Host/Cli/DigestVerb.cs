using SalesBot.Core.Reports;
using SalesBot.Core.Reports.Calendar;
using SalesBot.Core.Reports.Kpi;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Crm;

namespace SalesBot.Host.Cli;

/// <summary>
/// <c>salesbot digest --team TEAM --week YYYY-Www [--json] [--png FILE] [--db CONNECTION]</c>: the weekly KPI digest,
/// activities counted by the day they happened, in full (the manager's view). The PNG is worded in the team's
/// language, as the team receives it; the text stays the contract's English.
/// </summary>
internal static class DigestVerb
{
    public static async Task<int> RunAsync(CliArgs args, TextWriter stdout, TimeProvider clock)
    {
        var teamName = args.RequiredOption("--team");
        var weekText = args.RequiredOption("--week");
        var json = args.Flag("--json");
        var pngPath = args.Option("--png");
        var dbOption = args.Option("--db");
        args.EnsureNoUnknownOptions(0);
        if (!IsoWeek.TryParse(weekText, out var week))
        {
            throw new UsageException($"--week must be an ISO week like 2026-W47, not '{weekText}'");
        }

        await using var db = await ReportVerbSupport.OpenAsync(dbOption);
        var teamId = await ReportVerbSupport.FindTeamAsync(db, teamName);
        var team = db.Teams.Where(t => t.Id == teamId).Select(t => new { t.TimeZone, t.Language }).Single();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZones.FindOrUtc(team.TimeZone)).DateTime);
        var data = await KpiLoader.LoadAsync(db, teamId, week, today, CancellationToken.None);
        var digest = KpiBuilder.Build(data!);
        if (pngPath is not null)
        {
            var won = await SalesBot.Core.Reports.Charts.DigestChartLoader.LoadWonAsync(db, teamId, week, CancellationToken.None);
            await WritePngAsync(pngPath, SalesBot.Core.Reports.Charts.DigestChart.From(digest, won, showAmounts: true, ReplyPacks.For(team.Language)));
        }

        if (json)
        {
            stdout.WriteLine(ReportJson.Serialize(digest));
        }
        else
        {
            ReportVerbSupport.WriteText(stdout, DigestMessage.Render(digest, showAmounts: true));
        }

        return 0;
    }

    private static async Task WritePngAsync(string path, SalesBot.Core.Reports.Charts.DigestChart chart)
    {
        var png = SalesBot.Core.Reports.Charts.DigestChartRenderer.RenderPng(chart);
        try
        {
            await File.WriteAllBytesAsync(path, png);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"--png: cannot write '{path}': {ex.Message}");
        }
    }
}
