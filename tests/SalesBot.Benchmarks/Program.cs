using BenchmarkDotNet.Running;
using SalesBot.Benchmarks;

// `dotnet run -c Release --project tests/SalesBot.Benchmarks -- reports` runs the report harness; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "reports")
{
    return await ReportBenchmarks.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(ReportBenchmarks).Assembly).Run(args);
return 0;
