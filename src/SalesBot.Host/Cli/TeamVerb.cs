using System.Globalization;
using SalesBot.Core.Features.Admin;

namespace SalesBot.Host.Cli;

/// <summary>
/// <c>salesbot team add NAME [--tz IANA] [--standup HH:MM] [--currency ISO] [--workdays Mon-Fri]</c> and
/// <c>salesbot team set NAME [the same options]</c>.
/// </summary>
internal static class TeamVerb
{
    public static async Task<int> RunAsync(CliArgs args, TextWriter stdout)
    {
        var action = args.Positional(0, "team add|set");
        var name = args.Positional(1, "the team's NAME");
        var settings = ReadSettings(args);
        var connection = CliStore.Connection(args);
        args.EnsureNoUnknownOptions(2);

        await using var db = await CliStore.OpenAsync(connection);
        var result = action switch
        {
            "add" => await new AddTeam(db, TimeProvider.System).HandleAsync(new AddTeamCommand(name, settings), default),
            "set" => await new ChangeTeamSettings(db).HandleAsync(new ChangeTeamSettingsCommand(name, settings), default),
            _ => throw new UsageException($"unknown action 'team {action}' (use: team add, team set)"),
        };
        if (!result.Ok)
        {
            throw new UsageException(result.Error!);
        }

        var team = result.Value!;
        stdout.WriteLine($"Team {team.Name}: {team.TimeZone}, stand-up {team.StandupTime:HH:mm} on {Core.Crm.WorkWeekExtensions.ToDisplay(team.WorkingDays)}, currency {team.Currency}.");
        return 0;
    }

    private static TeamSettings ReadSettings(CliArgs args)
    {
        TimeOnly? standup = null;
        if (args.Option("--standup") is { } text)
        {
            standup = TimeOnly.TryParseExact(text, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
                ? t
                : throw new UsageException($"--standup must be HH:MM, not '{text}'");
        }

        return new TeamSettings(args.Option("--tz"), standup, args.Option("--currency"), args.Option("--workdays"));
    }
}
