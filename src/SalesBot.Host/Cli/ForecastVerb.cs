using System.Globalization;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Crm;
using SalesBot.Core.Reports;
using SalesBot.Core.Reports.Calendar;
using SalesBot.Core.Reports.Forecast;

namespace SalesBot.Host.Cli;

/// <summary>
/// <c>salesbot forecast --team TEAM [--probabilities STAGE=PERCENT,...] [--json] [--db CONNECTION]</c>: the team's
/// forecast today (weighted pipeline, this month and quarter, overdue and slipping deals), after setting the team's
/// own stage probabilities when given.
/// </summary>
internal static class ForecastVerb
{
    public static async Task<int> RunAsync(CliArgs args, TextWriter stdout, TimeProvider clock)
    {
        var teamName = args.RequiredOption("--team");
        var probabilities = args.Option("--probabilities") is { } text ? Read(text) : null;
        var json = args.Flag("--json");
        var dbOption = args.Option("--db");
        args.EnsureNoUnknownOptions(0);

        await using var db = await ReportVerbSupport.OpenAsync(dbOption);
        var teamId = await ReportVerbSupport.FindTeamAsync(db, teamName);
        if (probabilities is not null)
        {
            await SetStageProbabilities.ApplyAsync(db, teamId, probabilities, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        var team = db.Teams.Where(t => t.Id == teamId).Select(t => new { t.TimeZone, t.Language }).Single();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZones.FindOrUtc(team.TimeZone)).DateTime);
        var forecast = ForecastBuilder.Build(await ForecastLoader.LoadAsync(db, teamId, today, CancellationToken.None), today);
        if (json)
        {
            stdout.WriteLine(ReportJson.Serialize(forecast));
        }
        else
        {
            ReportVerbSupport.WriteText(stdout, ForecastMessage.Render(forecast, ReplyPacks.For(team.Language)));
        }

        return 0;
    }

    /// <summary>"lead=10,proposal=40": open stages by their wire names, percents 0-100.</summary>
    private static Dictionary<DealStage, int> Read(string text)
    {
        var percents = new Dictionary<DealStage, int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || !Enum.TryParse<DealStage>(pair[0], ignoreCase: true, out var stage) || !int.TryParse(pair[1].TrimEnd('%'), NumberStyles.None, CultureInfo.InvariantCulture, out var percent)
                || !SetStageProbabilities.IsValid(stage, percent))
            {
                throw new UsageException($"--probabilities reads STAGE=PERCENT pairs of the open stages (lead, qualified, proposal, negotiation) with 0-100, e.g. proposal=40,negotiation=80; not '{part}'");
            }

            percents[stage] = percent;
        }

        return percents;
    }
}
