namespace SalesBot.Host.Cli;

/// <summary>Routes <c>salesbot VERB ...</c> to the verb's file. Verbs and their shapes: shared/contracts/cli.md.</summary>
public static class CommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        var verb = args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal) ? "serve" : args[0];
        var rest = verb == "serve" && (args.Length == 0 || args[0] != "serve") ? args : args[1..];
        try
        {
            return verb switch
            {
                "parse" => await ParseVerb.RunAsync(CliArgs.Parse(rest, "--jsonl"), Console.In, Console.Out),
                "serve" => await ServeVerb.RunAsync(CliArgs.Parse(rest), rest),
                "schema" => SchemaVerb.Run(CliArgs.Parse(rest), Console.Out),
                "standup" => await StandupVerb.RunAsync(CliArgs.Parse(rest, "--json"), Console.Out),
                "digest" => await DigestVerb.RunAsync(CliArgs.Parse(rest, "--json"), Console.Out, TimeProvider.System),
                _ => throw new UsageException($"unknown verb '{verb}' (try: serve, chat, parse, team, member, migrate, export, replay, standup, digest)"),
            };
        }
        catch (UsageException ex)
        {
            await Console.Error.WriteLineAsync($"salesbot: {ex.Message}");
            return 2;
        }
    }
}
