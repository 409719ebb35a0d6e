using BenchmarkDotNet.Running;

namespace SalesBot.Benchmarks;

// An explicit class: the host's top-level Program is visible here too and would clash with a generated one.
public static class Program
{
    /// <summary>
    /// A tiny dispatcher: a harness name as the first argument runs that load harness ("engine", "reports",
    /// "http", "fanout", "parser" for messages per CPU-second); anything else goes to BenchmarkDotNet
    /// (e.g. --filter '*Parser*').
    /// </summary>
    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "engine":
                return await EngineBenchmark.RunAsync(args[1..], Console.Out);
            case "reports":
                return await ReportBenchmarks.RunAsync(args[1..]);
            case "http":
                return await HttpBenchmark.RunAsync(args[1..]);
            case "fanout":
                return await FanoutBenchmark.RunAsync(args[1..]);
            case "parser" or "--parser-throughput":
                ParserThroughput.Run(args[1..]);
                return 0;
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }
}
