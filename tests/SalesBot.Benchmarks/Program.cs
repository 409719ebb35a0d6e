using BenchmarkDotNet.Running;

namespace SalesBot.Benchmarks;

// An explicit class: the host's top-level Program is visible here too and would clash with a generated one.
public static class Program
{
    /// <summary>
    /// A tiny dispatcher: a harness name as the first argument runs that load harness ("engine", "reports", "http", "fanout");
    /// anything else goes to BenchmarkDotNet (e.g. --filter '*Parser*').
    /// </summary>
    public static async Task<int> Main(string[] args) => args.FirstOrDefault() switch
    {
        "engine" => await EngineBenchmark.RunAsync(args[1..], Console.Out),
        "reports" => await ReportBenchmarks.RunAsync(args[1..]),
        "http" => await HttpBenchmark.RunAsync(args[1..]),
        "fanout" => await FanoutBenchmark.RunAsync(args[1..]),
        _ => RunBenchmarkDotNet(args),
    };

    private static int RunBenchmarkDotNet(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
