using BenchmarkDotNet.Running;
using SalesBot.Benchmarks;

// A tiny dispatcher: "engine" runs the conversation engine's load harness; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "engine")
{
    return await EngineBenchmark.RunAsync(args[1..], Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmark).Assembly).Run(args);
return 0;
