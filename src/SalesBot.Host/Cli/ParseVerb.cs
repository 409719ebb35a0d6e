namespace SalesBot.Host.Cli;

/// <summary><c>salesbot parse [--now ISO-LOCAL-DATETIME] [--jsonl] [TEXT]</c>: shows how a message is understood.</summary>
internal static class ParseVerb
{
    public static Task<int> RunAsync(CliArgs args, TextReader stdin, TextWriter stdout)
    {
        _ = args;
        _ = stdin;
        _ = stdout;
        throw new UsageException("parse is not implemented yet");
    }
}
