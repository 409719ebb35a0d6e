using BenchmarkDotNet.Running;

namespace SalesBot.Benchmarks;

// An explicit class: the host's top-level Program is visible here too and would clash with a generated one.
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--parser-throughput"])
        {
            ParserThroughput.Run();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
