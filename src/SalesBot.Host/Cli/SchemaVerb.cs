using Microsoft.EntityFrameworkCore;
using SalesBot.Host.Data;

namespace SalesBot.Host.Cli;

/// <summary>
/// <c>salesbot schema --provider sqlite|postgres</c>: prints the schema EF expects for the current
/// model. A developer diffs it against the migrations to write the next one by hand.
/// </summary>
internal static class SchemaVerb
{
    public static int Run(CliArgs args, TextWriter stdout)
    {
        var provider = args.Option("--provider") ?? "sqlite";
        args.EnsureNoUnknownOptions(0);
        var connection = provider switch
        {
            "sqlite" => StoreConnection.Parse("Data Source=schema.db"),
            "postgres" => StoreConnection.Parse("Host=localhost;Database=schema"),
            _ => throw new UsageException("--provider must be sqlite or postgres"),
        };
        using var db = connection.CreateDb();
        stdout.WriteLine(db.Database.GenerateCreateScript());
        return 0;
    }
}
