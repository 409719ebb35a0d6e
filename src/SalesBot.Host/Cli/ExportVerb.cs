using SalesBot.Core.Features.Export;

namespace SalesBot.Host.Cli;

/// <summary>
/// <c>salesbot export [--json] [--team TEAM] [--with-identities] [--db CONNECTION]</c>: the CRM as one JSON document
/// on stdout, every team or one; messenger ids and chat ids only when asked for.
/// </summary>
internal static class ExportVerb
{
    public static async Task<int> RunAsync(CliArgs args, TextWriter stdout)
    {
        _ = args.Flag("--json"); // JSON is the only format; the flag is accepted for symmetry with other verbs.
        var teamName = args.Option("--team");
        var withIdentities = args.Flag("--with-identities");
        var connection = CliStore.Connection(args);
        args.EnsureNoUnknownOptions(0);
        await using var db = await CliStore.OpenAsync(connection);
        int? teamId = teamName is null ? null : await ReportVerbSupport.FindTeamAsync(db, teamName);
        var export = await new ExportCrm(db).HandleAsync(new ExportOptions(teamId, withIdentities), default);
        CliJson.Write(stdout, withIdentities ? ExportBeforeIdentities.WithOldFields(export) : export);
        return 0;
    }
}
