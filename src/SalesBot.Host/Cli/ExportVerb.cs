using SalesBot.Core.Features.Export;

namespace SalesBot.Host.Cli;

/// <summary><c>salesbot export [--json] [--db CONNECTION]</c>: the whole CRM as one JSON document on stdout.</summary>
internal static class ExportVerb
{
    public static async Task<int> RunAsync(CliArgs args, TextWriter stdout)
    {
        _ = args.Flag("--json"); // JSON is the only format; the flag is accepted for symmetry with other verbs.
        var connection = CliStore.Connection(args);
        args.EnsureNoUnknownOptions(0);
        await using var db = await CliStore.OpenAsync(connection);
        CliJson.Write(stdout, await new ExportCrm(db).HandleAsync(default));
        return 0;
    }
}
