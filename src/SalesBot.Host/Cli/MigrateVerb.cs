namespace SalesBot.Host.Cli;

/// <summary><c>salesbot migrate [--db CONNECTION]</c>: brings the store to the latest schema (the host also does this at start).</summary>
internal static class MigrateVerb
{
    public static async Task<int> RunAsync(CliArgs args, TextWriter stdout)
    {
        var connection = CliStore.Connection(args);
        args.EnsureNoUnknownOptions(0);
        await using var db = connection.CreateDb();
        var applied = await CliStore.MigrateAsync(db, connection);
        stdout.WriteLine(applied.Count == 0
            ? $"{connection.Describe()}: already at the latest schema."
            : $"{connection.Describe()}: applied {string.Join(", ", applied)}.");
        return 0;
    }
}
