using System.Globalization;
using SalesBot.Core.Reports;
using SalesBot.Core.Reports.Standup;

namespace SalesBot.Host.Cli;

/// <summary>
/// <c>salesbot standup --team TEAM --date YYYY-MM-DD [--json] [--db CONNECTION]</c>: the stand-up that
/// would be posted on that date at the team's stand-up time (amounts as the channel would show them).
/// </summary>
internal static class StandupVerb
{
    public static async Task<int> RunAsync(CliArgs args, TextWriter stdout)
    {
        var teamName = args.RequiredOption("--team");
        var dateText = args.RequiredOption("--date");
        var json = args.Flag("--json");
        var dbOption = args.Option("--db");
        args.EnsureNoUnknownOptions(0);
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new UsageException($"--date must be YYYY-MM-DD, not '{dateText}'");
        }

        await using var db = await ReportVerbSupport.OpenAsync(dbOption);
        var teamId = await ReportVerbSupport.FindTeamAsync(db, teamName);
        var data = await StandupLoader.LoadAsync(db, teamId, date, CancellationToken.None);
        var report = StandupBuilder.Build(data!, date);
        if (json)
        {
            stdout.WriteLine(ReportJson.Serialize(report));
        }
        else
        {
            var showAmounts = db.Teams.Where(t => t.Id == teamId).Select(t => t.ShowAmountsInChannel).Single();
            ReportVerbSupport.WriteText(stdout, StandupMessage.Render(report, showAmounts));
        }

        return 0;
    }
}
