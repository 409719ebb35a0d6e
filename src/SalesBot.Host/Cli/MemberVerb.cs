using System.Globalization;
using SalesBot.Core.Crm;
using SalesBot.Core.Features.Admin;

namespace SalesBot.Host.Cli;

/// <summary><c>salesbot member add TEAM NAME [--role rep|manager] [--telegram USER-ID] [--teams AAD-OBJECT-ID]</c>.</summary>
internal static class MemberVerb
{
    public static async Task<int> RunAsync(CliArgs args, TextWriter stdout)
    {
        var action = args.Positional(0, "member add");
        if (action != "add")
        {
            throw new UsageException($"unknown action 'member {action}' (use: member add)");
        }

        var team = args.Positional(1, "the TEAM");
        var name = args.Positional(2, "the member's NAME");
        var role = args.Option("--role") switch
        {
            null or "rep" => MemberRole.Rep,
            "manager" => MemberRole.Manager,
            var other => throw new UsageException($"--role must be rep or manager, not '{other}'"),
        };
        long? telegram = args.Option("--telegram") is { } tg
            ? long.TryParse(tg, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : throw new UsageException($"--telegram must be a numeric Telegram user id, not '{tg}'")
            : null;
        string? aad = args.Option("--teams") is { } teams
            ? Guid.TryParse(teams, out var guid) ? guid.ToString() : throw new UsageException($"--teams must be an Entra (AAD) object id (a GUID), not '{teams}'")
            : null;
        var connection = CliStore.Connection(args);
        args.EnsureNoUnknownOptions(3);

        await using var db = await CliStore.OpenAsync(connection);
        var result = await new AddMember(db, TimeProvider.System).HandleAsync(new AddMemberCommand(team, name, role, telegram, aad), default);
        if (!result.Ok)
        {
            throw new UsageException(result.Error!);
        }

        stdout.WriteLine($"{result.Value!.Name} joined {team} as {role.ToString().ToLowerInvariant()}.");
        return 0;
    }
}
