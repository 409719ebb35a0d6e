using Microsoft.Extensions.Options;

namespace SalesBot.Host.Cli;

/// <summary>Routes <c>salesbot VERB ...</c> to the verb's file. Verbs and their options: <see cref="VerbTable"/> (docs/cli.md).</summary>
public static class CommandLine
{
    private static bool IsHelp(string arg) => arg is "--help" or "-h" or "-?";

    private static VerbSpec Spec(string verb) =>
        VerbTable.Find(verb) ?? throw new UsageException($"unknown verb '{verb}' (try: {VerbTable.Names}; salesbot --help explains them)");

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.In, Console.Out, Console.Error);

    /// <summary>The entry point with its streams passed in, so tests run verbs in-process.</summary>
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            if (args is ["--version"])
            {
                await stdout.WriteLineAsync($"salesbot {HelpText.Version}");
                return 0;
            }

            if (args.Length > 0 && (IsHelp(args[0]) || args[0] == "help"))
            {
                var topic = args.Skip(1).FirstOrDefault(a => !IsHelp(a)) ?? (args.Length > 1 ? "help" : null);
                await stdout.WriteAsync(topic is null ? HelpText.Overview() : HelpText.For(Spec(topic)));
                return 0;
            }

            var verb = args.Length == 0 || args[0].StartsWith('-') ? "serve" : args[0];
            var rest = verb == "serve" && (args.Length == 0 || args[0] != "serve") ? args : args[1..];
            var spec = Spec(verb);
            if (rest.Any(IsHelp))
            {
                await stdout.WriteAsync(HelpText.For(spec));
                return 0;
            }

            var cli = CliArgs.Parse(spec, rest);
            return verb switch
            {
                "parse" => await ParseVerb.RunAsync(cli, stdin, stdout),
                "serve" => await ServeVerb.RunAsync(cli, rest),
                "team" => await TeamVerb.RunAsync(cli, stdout),
                "member" => await MemberVerb.RunAsync(cli, stdout),
                "migrate" => await MigrateVerb.RunAsync(cli, stdout),
                "export" => await ExportVerb.RunAsync(cli, stdout),
                "import" => await ImportVerb.RunAsync(cli, stdout),
                "schema" => SchemaVerb.Run(cli, stdout),
                "chat" => await ChatVerb.RunAsync(cli, stdin, stdout),
                "replay" => await ReplayVerb.RunAsync(cli, stdout),
                "manifest" => ManifestVerb.Run(cli, stdout),
                "standup" => await StandupVerb.RunAsync(cli, stdout),
                "digest" => await DigestVerb.RunAsync(cli, stdout, TimeProvider.System),
                "forecast" => await ForecastVerb.RunAsync(cli, stdout, TimeProvider.System),
                "target" => await TargetVerb.RunAsync(cli, stdout, TimeProvider.System),
                _ => throw new UsageException($"{verb} is listed in the help but not wired to a verb"),
            };
        }
        catch (UsageException ex)
        {
            await stderr.WriteLineAsync($"salesbot: {ex.Message}");
            return 2;
        }
        catch (Exception ex) when (ConfigurationFailures(ex) is { Count: > 0 } failures)
        {
            // A bad token, URL or cron expression in configuration: one line naming the keys; the trace only when asked for.
            await stderr.WriteLineAsync($"salesbot: configuration: {string.Join(" ", failures)}");
            if (DebugLogging())
            {
                await stderr.WriteLineAsync(ex.ToString());
            }

            return 2;
        }
    }

    private static List<string> ConfigurationFailures(Exception ex) => ex switch
    {
        OptionsValidationException options => options.Failures.Select(f => f.Trim()).ToList(),
        AggregateException all when all.InnerExceptions.All(e => e is OptionsValidationException) =>
            all.InnerExceptions.SelectMany(ConfigurationFailures).ToList(),
        _ => [],
    };

    private static bool DebugLogging()
    {
        var level = Hosting.HostConfiguration.Build()["Logging:LogLevel:Default"];
        return string.Equals(level, "Debug", StringComparison.OrdinalIgnoreCase) || string.Equals(level, "Trace", StringComparison.OrdinalIgnoreCase);
    }
}
