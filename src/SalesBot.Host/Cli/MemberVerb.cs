using System.Globalization;
using System.Text.RegularExpressions;
using SalesBot.Core.Crm;
using SalesBot.Channels.Teams;
using SalesBot.Channels.Telegram;
using SalesBot.Core.Features.Administration;

namespace SalesBot.Host.Cli;

/// <summary>
/// <c>salesbot member add|link TEAM NAME [--role rep|manager] [--telegram USER-ID] [--teams AAD-OBJECT-ID]</c>:
/// add links the identities of a member the team already has; link only links.
/// </summary>
internal static partial class MemberVerb
{
    public static async Task<int> RunAsync(CliArgs args, TextWriter stdout)
    {
        var action = args.Positional(0, "member add|link");
        if (action is not ("add" or "link"))
        {
            throw new UsageException($"unknown action 'member {action}' (use: member add, member link)");
        }

        var team = args.Positional(1, "the TEAM");
        var name = args.Positional(2, "the member's NAME");
        var roleText = args.Option("--role");
        var role = roleText switch
        {
            null or "rep" => MemberRole.Rep,
            "manager" => MemberRole.Manager,
            var other => throw new UsageException($"--role must be rep or manager, not '{other}'"),
        };
        long? telegram = args.Option("--telegram") is { } tg
            ? long.TryParse(tg, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : throw new UsageException($"--telegram must be a numeric Telegram user id, not '{tg}'")
            : null;
        var (aad, teamsUserId) = args.Option("--teams") is { } teams ? ReadTeamsId(teams) : (null, null);
        var connection = CliStore.Connection(args);
        args.EnsureNoUnknownOptions(3);
        if (action == "link" && roleText is not null)
        {
            throw new UsageException("member link changes no role; leave out --role");
        }

        if (action == "link" && telegram is null && aad is null && teamsUserId is null)
        {
            throw new UsageException("member link needs --telegram USER-ID or --teams AAD-OBJECT-ID");
        }

        await using var db = await CliStore.OpenAsync(connection);
        var identities = new List<NewIdentity>();
        if (telegram is { } telegramId)
        {
            identities.Add(TelegramIdentity.Typed(telegramId));
        }

        if (aad is not null || teamsUserId is not null)
        {
            identities.Add(TeamsIdentity.Typed(aad, teamsUserId));
        }

        var command = new AddMemberCommand(team, name, role, identities);
        var result = await new AddMember(db, TimeProvider.System).HandleAsync(command, default, linkOnly: action == "link");
        if (!result.Ok)
        {
            throw new UsageException(result.Error!);
        }

        var (member, created) = result.Value!;
        var linked = string.Join(", ", new[]
        {
            telegram is null ? null : $"Telegram {telegram}",
            aad is null ? null : $"Teams {aad}",
            teamsUserId is null ? null : $"Teams {teamsUserId}",
        }.Where(s => s is not null));
        stdout.WriteLine(!created
            ? $"{member.Name} ({team}) is now linked to {linked}."
            : $"{member.Name} joined {team} as {member.Role.ToString().ToLowerInvariant()}{(linked.Length > 0 ? $", linked to {linked}" : "")}.");
        return 0;
    }

    /// <summary>
    /// The Entra object id Teams sends as from.aadObjectId (a GUID; Microsoft's emulator sends
    /// 00000000-0000-0000-0000-0000000000020, whose last group is too long for a GUID), or the "29:..." user id.
    /// </summary>
    private static (string? Aad, string? TeamsUserId) ReadTeamsId(string text)
    {
        var value = text.Trim();
        if (Guid.TryParse(value, out var guid))
        {
            return (guid.ToString("D"), null);
        }

        if (EmulatorObjectId().IsMatch(value))
        {
            return (value.ToLowerInvariant(), null);
        }

        if (value.StartsWith("29:", StringComparison.Ordinal) && value.Length is > 3 and <= 200 && !value.Any(char.IsWhiteSpace))
        {
            return (null, value);
        }

        throw new UsageException($"--teams must be the user's Entra (AAD) object id (a GUID) or their Teams id (29:...), not '{text}'");
    }

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12,16}$")]
    private static partial Regex EmulatorObjectId();
}
