using BenchmarkDotNet.Running;

namespace SalesBot.Benchmarks;

// An explicit class: the host's top-level Program is visible here too and would clash with a generated one.
// A tiny dispatcher: "engine" runs the conversation engine's load harness; anything else goes to BenchmarkDotNet.
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "engine")
        {
            return await EngineBenchmark.RunAsync(args[1..], Console.Out);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
