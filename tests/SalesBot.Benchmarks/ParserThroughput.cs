using System.Diagnostics;
using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Benchmarks;

/// <summary>
/// <c>--parser-throughput</c>: parses the benchmark's message mix for a few seconds and reports messages per
/// CPU-second and bytes per message. CPU time, unlike BenchmarkDotNet's wall clock, stays meaningful on a
/// machine shared with other builds (it still counts the runtime's background threads, so it errs low).
/// </summary>
internal static class ParserThroughput
{
    public static void Run()
    {
        var parser = MessageParser.English;
        var now = new DateTime(2026, 11, 18, 10, 0, 0);
        var messages = ParserBenchmarks.Mix;
        for (var i = 0; i < 500; i++)
        {
            foreach (var m in messages)
            {
                parser.Parse(m, now);
            }
        }

        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        long count = 0;
        while (wall.Elapsed < TimeSpan.FromSeconds(5))
        {
            foreach (var m in messages)
            {
                parser.Parse(m, now);
            }

            count += messages.Count;
        }

        bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"messages: {count}, wall {wall.Elapsed.TotalSeconds:F2} s, cpu {cpuSeconds:F2} s");
        Console.WriteLine($"throughput: {count / cpuSeconds:F0} messages per CPU-second ({count / wall.Elapsed.TotalSeconds:F0} per wall-second)");
        Console.WriteLine($"allocated: {(double)bytes / count:F0} bytes per message");
    }
}
