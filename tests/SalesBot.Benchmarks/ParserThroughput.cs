using System.Diagnostics;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Demo;

namespace SalesBot.Benchmarks;

/// <summary>
/// <c>--parser-throughput</c>: parses the benchmark's message mix for a few seconds and reports messages per
/// CPU-second and bytes per message. CPU time, unlike BenchmarkDotNet's wall clock, stays meaningful on a
/// machine shared with other builds (it still counts the runtime's background threads, so it errs low).
/// </summary>
internal static class ParserThroughput
{
    /// <summary>Polish and Russian rep messages of every intent, read by the token grammar (Conversation/Languages).</summary>
    private static readonly string[] Polish =
    [
        "spotkanie z Acme wczoraj", "dzwoniłam do Umbrella w sprawie umowy", "wysłałam maila do Vandelay", "spotkałam się z Anną Nowak z Acme",
        "spotkanie z Comarchem w poniedziałek", "demo dla Hooli przedwczoraj", "nowa szansa Acme licencje 80 tys. zł", "Acme licencje na etap negocjacji",
        "wygraliśmy Acme licencje", "Hooli przegrany, wybrali konkurencję", "przypomnij mi jutro zadzwonić do Marka", "zrobione: wysłać ofertę do Hooli",
        "plan na dziś: 1) Acme 2) Initech 3) raport", "mój lejek", "KPI zespołu za zeszły tydzień", "co z Acme?", "cofnij", "pomoc", "dzięki!",
        "nie udało mi się dodzwonić do Acme", "spotkalem sie z acme wczoraj", "kto ostatni gadał z Acme?",
    ];

    private static readonly string[] Russian =
    [
        "встреча с Initech вчера", "звонил в Umbrella по договору", "отправила письмо в Vandelay", "встретилась с Анной Смирновой из Acme",
        "встреча со Сбербанком в понедельник", "презентация для Hooli позавчера", "новая сделка Acme лицензии 80 тыс. руб.", "Acme лицензии на переговоры",
        "выиграли Acme лицензии", "Hooli проиграна, выбрали конкурента", "напомни завтра позвонить Марку", "готово: позвонить Марку",
        "план на сегодня: 1) Acme 2) Initech 3) отчёт", "моя воронка", "KPI команды за прошлую неделю", "что по Acme?", "отмени", "помощь", "спасибо!",
        "не дозвонился до Acme", "встерча с hooli вчера", "когда мы последний раз общались с Газпромом?",
    ];

    /// <summary>
    /// Each language without a lexicon and with the demo team's (<c>parse --demo</c>); <c>--by-message</c> adds the
    /// ten slowest messages of each run, which is where a profile starts.
    /// </summary>
    public static void Run(IReadOnlyList<string> args)
    {
        var byMessage = args.Contains("--by-message");
        // "--only en" measures the labels that start with it ("en", "en --demo"): a profile of one language.
        var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
        var demo = new ParseContext(DemoTeam.Lexicon);
        foreach (var (language, messages) in (ReadOnlySpan<(string, IReadOnlyList<string>)>)[("en", ParserBenchmarks.Mix), ("pl", Polish), ("ru", Russian)])
        {
            if (only is null || language.StartsWith(only, StringComparison.Ordinal))
            {
                Measure(language, messages, ParseContext.None, byMessage);
                Measure(language + " --demo", messages, demo, byMessage);
            }
        }
    }

    private static void Measure(string label, IReadOnlyList<string> messages, ParseContext context, bool byMessage)
    {
        var parser = MessageParser.English;
        var now = new DateTime(2026, 11, 18, 10, 0, 0);
        Console.WriteLine($"[{label}]");
        // Warm up by time, not by count: on a busy machine the tiered JIT's background recompiles lag behind, and
        // their CPU time would otherwise be counted against the parser.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(2))
        {
            foreach (var m in messages)
            {
                parser.Parse(m, now, context);
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
                parser.Parse(m, now, context);
            }

            count += messages.Count;
        }

        bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"messages: {count}, wall {wall.Elapsed.TotalSeconds:F2} s, cpu {cpuSeconds:F2} s");
        Console.WriteLine($"throughput: {count / cpuSeconds:F0} messages per CPU-second ({count / wall.Elapsed.TotalSeconds:F0} per wall-second)");
        Console.WriteLine($"allocated: {(double)bytes / count:F0} bytes per message");
        if (byMessage)
        {
            PrintSlowest(parser, messages, now, context);
        }
    }

    /// <summary>The median of 200 timed parses per message, slowest first.</summary>
    private static void PrintSlowest(MessageParser parser, IReadOnlyList<string> messages, DateTime now, ParseContext context)
    {
        var times = new List<(double Micros, string Message)>();
        var sample = new double[200];
        foreach (var m in messages)
        {
            for (var i = 0; i < sample.Length; i++)
            {
                var start = Stopwatch.GetTimestamp();
                parser.Parse(m, now, context);
                sample[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }

            Array.Sort(sample);
            times.Add((sample[sample.Length / 2], m));
        }

        foreach (var (micros, message) in times.OrderByDescending(t => t.Micros).Take(10))
        {
            Console.WriteLine($"  {micros,8:F1} µs  {message.ReplaceLineEndings(" / ")}");
        }
    }
}
