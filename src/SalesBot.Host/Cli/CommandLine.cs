namespace SalesBot.Host.Cli;

/// <summary>Routes <c>salesbot VERB ...</c> to the verb's file. Verbs and their shapes: shared/contracts/cli.md.</summary>
public static class CommandLine
{
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.In, Console.Out, Console.Error);

    /// <summary>The entry point with its streams passed in, so tests run verbs in-process.</summary>
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var verb = args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal) ? "serve" : args[0];
        var rest = verb == "serve" && (args.Length == 0 || args[0] != "serve") ? args : args[1..];
        try
        {
            return verb switch
            {
                "parse" => await ParseVerb.RunAsync(CliArgs.Parse(rest, "--jsonl", "--demo"), stdin, stdout),
                "serve" => await ServeVerb.RunAsync(CliArgs.Parse(rest), rest),
                "team" => await TeamVerb.RunAsync(CliArgs.Parse(rest), stdout),
                "member" => await MemberVerb.RunAsync(CliArgs.Parse(rest), stdout),
                "migrate" => await MigrateVerb.RunAsync(CliArgs.Parse(rest), stdout),
                "export" => await ExportVerb.RunAsync(CliArgs.Parse(rest, "--json"), stdout),
                "schema" => SchemaVerb.Run(CliArgs.Parse(rest), stdout),
                "chat" => await ChatVerb.RunAsync(CliArgs.Parse(rest), stdin, stdout),
                "replay" => await ReplayVerb.RunAsync(CliArgs.Parse(rest), stdout),
                "manifest" => ManifestVerb.Run(CliArgs.Parse(rest), stdout),
                "standup" => await StandupVerb.RunAsync(CliArgs.Parse(rest, "--json"), stdout),
                "digest" => await DigestVerb.RunAsync(CliArgs.Parse(rest, "--json"), stdout, TimeProvider.System),
                _ => throw new UsageException($"unknown verb '{verb}' (try: serve, chat, parse, team, member, migrate, export, replay, standup, digest, manifest)"),
            };
        }
        catch (UsageException ex)
        {
            await stderr.WriteLineAsync($"salesbot: {ex.Message}");
            return 2;
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException ex)
        {
            // A bad token, URL or cron expression in configuration: say which, once, at boot.
            await stderr.WriteLineAsync($"salesbot: configuration: {string.Join(" ", ex.Failures)}");
            return 2;
        }
    }
}
