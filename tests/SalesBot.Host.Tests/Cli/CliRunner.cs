using SalesBot.Host.Cli;

namespace SalesBot.Host.Tests.Cli;

/// <summary>Runs `salesbot ...` in-process with captured streams.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Out, string Err)> RunWithInputAsync(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, new StringReader(stdin), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static Task<(int ExitCode, string Out, string Err)> RunAsync(params string[] args) => RunWithInputAsync("", args);

    /// <summary>Runs a command that must succeed; a failure shows what the CLI said.</summary>
    public static async Task<(int ExitCode, string Out, string Err)> SucceedsAsync(params string[] args)
    {
        var result = await RunWithInputAsync("", args);
        Assert.True(result.ExitCode == 0, $"salesbot {string.Join(' ', args)} exited {result.ExitCode}: {result.Err}");
        return result;
    }
}
