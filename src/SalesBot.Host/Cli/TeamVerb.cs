using System.Globalization;
using SalesBot.Core.Crm;
using SalesBot.Core.Features.Administration;

namespace SalesBot.Host.Cli;

/// <summary>
/// <c>salesbot team add NAME [options]</c> and <c>salesbot team set NAME [options]</c>: every team setting from the
/// shell (time zone, stand-up, currency, working days, language, channel events and amounts, who sees team figures,
/// digest day and time, plan-prompt lead time, quiet hours). The options are in <see cref="VerbTable"/>.
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

        stdout.WriteLine(Describe(result.Value!));
        return 0;
    }

    public static string Describe(Team team)
    {
        var quiet = team.QuietHoursStart is { } from && team.QuietHoursEnd is { } to ? $"{from:HH:mm}-{to:HH:mm}" : "off";
        return $"Team {team.Name}: {team.TimeZone}, stand-up {team.StandupTime:HH:mm} on {WorkWeekExtensions.ToDisplay(team.WorkingDays)}, "
            + $"currency {team.Currency}, language {team.Language}; channel events {TeamSettings.DescribeEvents(team.ChannelEvents)}, "
            + $"amounts in the channel {(team.ShowAmountsInChannel ? "on" : "off")}, team figures for {(team.Visibility == TeamVisibility.Everyone ? "everyone" : "managers")}; "
            + $"digest {team.DigestDay.ToString()[..3]} {team.DigestTime:HH:mm}, plan prompt {team.PlanPromptMinutesBefore} min before the stand-up, quiet hours {quiet}, "
            + $"digest in the channel {(team.DigestInChannel ? "on" : "off")}.";
    }

    private static TeamSettings ReadSettings(CliArgs args)
    {
        var amounts = Switch(args, "--channel-amounts");
        var digest = Switch(args, "--channel-digest");
        int? planPrompt = args.Option("--plan-prompt") is { } minutes
            ? int.TryParse(minutes, NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : throw new UsageException($"--plan-prompt must be a number of minutes, not '{minutes}'")
            : null;
        return new TeamSettings(
            TimeZone: args.Option("--tz"),
            StandupTime: Time(args, "--standup"),
            Currency: args.Option("--currency"),
            WorkingDays: args.Option("--workdays"),
            Language: args.Option("--language"),
            ChannelEvents: args.Option("--channel-events"),
            ShowAmountsInChannel: amounts,
            Figures: args.Option("--figures"),
            DigestDay: args.Option("--digest-day"),
            DigestTime: Time(args, "--digest-time"),
            PlanPromptMinutesBefore: planPrompt,
            QuietHours: args.Option("--quiet-hours"),
            DigestInChannel: digest);
    }

    /// <summary>on/off, read as chat reads it (<see cref="TeamSettings.TryReadSwitch"/>).</summary>
    private static bool? Switch(CliArgs args, string option) =>
        args.Option(option)?.Trim() is not { } text ? null
        : TeamSettings.TryReadSwitch(text, out var on) ? on
        : throw new UsageException($"{option} must be on or off, not '{text.ToLowerInvariant()}'");

    private static TimeOnly? Time(CliArgs args, string option) =>
        args.Option(option) is not { } text ? null
        : TimeOnly.TryParseExact(text, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t
        : throw new UsageException($"{option} must be HH:MM, not '{text}'");
}
