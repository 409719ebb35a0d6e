using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;
using SalesBot.Host.Data;

namespace SalesBot.Benchmarks;

/// <summary>
/// The engine in-process on a SQLite file (WAL, synchronous=NORMAL, as the host runs it), fed by concurrent
/// senders: each message is queued, handled, committed and its reply written to the outbox before the sender's
/// await returns. Reports messages per second and the latency percentiles a sender sees.
/// Goal (issue 4): at least 3,000 messages/s with p99 under 20 ms, 32 senders.
/// <c>dotnet run -c Release --project tests/SalesBot.Benchmarks -- engine [--senders 32] [--messages 20000]</c>
/// </summary>
public static class EngineBenchmark
{
    private const int Accounts = 200;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout)
    {
        var senders = Option(args, "--senders", 32);
        var messages = Option(args, "--messages", 20_000);
        _mix = Array.IndexOf(args, "--only") is var o and >= 0 && o + 1 < args.Length ? args[o + 1] : null;
        var path = Path.Combine(Path.GetTempPath(), $"salesbot-bench-{Guid.NewGuid():N}.db");
        var connection = StoreConnection.Parse($"Data Source={path}");
        try
        {
            await using (var db = connection.CreateDb())
            {
                await StoreMigrator.MigrateAsync(db, connection.Provider);
                await SeedAsync(db, senders);
            }

            // --sql prints every statement the engine runs: for reading what one message costs, with --messages 10.
            var factory = new Factory(connection, args.Contains("--sql") ? stdout : null);
            await using var engine = new ConversationEngine(factory, new BenchParser(), TimeProvider.System);

            await DriveAsync(engine, senders, Math.Max(senders * 20, 1000), "warm");
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var gen0Before = GC.CollectionCount(0);
            var gen2Before = GC.CollectionCount(2);
            var pauseBefore = GC.GetTotalPauseDuration();
            var (elapsed, latencies) = await DriveAsync(engine, senders, messages, "run");
            var cpuPerMessage = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / messages;
            var allocatedPerMessage = (GC.GetTotalAllocatedBytes() - allocatedBefore) / messages;

            latencies.Sort();
            var rate = messages / elapsed.TotalSeconds;
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"engine: {messages} messages, {senders} senders, SQLite file (WAL): {rate:F0} msgs/s, p50 {Percentile(latencies, 0.50):F2} ms, p99 {Percentile(latencies, 0.99):F2} ms, max {latencies[^1]:F2} ms"));
            // Wall-clock figures depend on what else the machine runs; CPU per message does much less.
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"engine: {cpuPerMessage:F3} ms CPU per message (all threads), load average {LoadAverage()}"));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"engine: {allocatedPerMessage:N0} bytes allocated per message; {GC.CollectionCount(0) - gen0Before} gen0 and {GC.CollectionCount(2) - gen2Before} gen2 collections ({(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC), {(GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds:F0} ms paused"));
            await using (var check = connection.CreateDb())
            {
                var replies = await check.Outbox.CountAsync(o => o.Kind == OutboxKind.Reply);
                stdout.WriteLine($"engine: {replies} replies queued, {await check.Activities.CountAsync()} activities, {await check.Tasks.CountAsync()} tasks stored");
            }

            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<(TimeSpan Elapsed, List<double> Latencies)> DriveAsync(ConversationEngine engine, int senders, int messages, string run)
    {
        var latencies = new List<double>(messages);
        var next = -1;
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, senders).Select(s => Task.Run(async () =>
        {
            var mine = new List<double>();
            int i;
            while ((i = Interlocked.Increment(ref next)) < messages)
            {
                var msg = new IncomingMessage(ChannelKind.Telegram, $"{1000 + s}", ChatKind.Private, $"{1000 + s}", $"Rep {s}", Text(i),
                    $"{run}:{i}", DateTimeOffset.UtcNow);
                var started = Stopwatch.GetTimestamp();
                await engine.HandleAsync(msg, CancellationToken.None);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            lock (latencies)
            {
                latencies.AddRange(mine);
            }
        })).ToArray();
        await Task.WhenAll(tasks);
        return (clock.Elapsed, latencies);
    }

    /// <summary>A realistic mix: mostly activity logs, some tasks, pipeline queries and stage moves.</summary>
    private static string? _mix;

    private static string Text(int i) => _mix switch
    {
        "call" => $"call with Account {i % Accounts}",
        "task" => $"remind me {i}",
        "pipeline" => "my pipeline",
        "move" => $"move {i % Accounts}",
        "unknown" => "hello there",
        _ => Mixed(i),
    };

    private static string Mixed(int i) => (i % 20) switch
    {
        < 12 => $"call with Account {i % Accounts}",
        < 15 => $"remind me {i}",
        < 18 => "my pipeline",
        _ => $"move {i % Accounts}",
    };

    private static async Task SeedAsync(SalesBotDb db, int senders)
    {
        var team = new Team { Name = "Bench", NormalizedName = "bench", TimeZone = "Europe/Berlin" };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        var members = Enumerable.Range(0, senders)
            .Select(s => new Member { TeamId = team.Id, Name = $"Rep {s}", NormalizedName = $"rep {s}" }.WithTelegram(1000 + s)).ToList();
        db.Members.AddRange(members);
        db.ChannelBindings.Add(new ChannelBinding { TeamId = team.Id, Channel = ChannelKind.Telegram, ChatId = "-100" });
        await db.SaveChangesAsync();
        for (var a = 0; a < Accounts; a++)
        {
            var account = new Account { TeamId = team.Id, Name = $"Account {a}", NormalizedName = CompanyName.Normalize($"Account {a}") };
            db.Accounts.Add(account);
            db.Deals.Add(new Deal
            {
                TeamId = team.Id, Account = account, OwnerId = members[a % senders].Id, Name = $"Deal {a}", NormalizedName = $"deal {a}",
                Amount = 1000 * a, Currency = "EUR",
            });
        }

        await db.SaveChangesAsync();
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private sealed class Factory(StoreConnection connection, TextWriter? sql = null) : IDbContextFactory<SalesBotDb>
    {
        private readonly DbContextOptions<SalesBotDb> _options = sql is null
            ? connection.CreateOptions()
            : new DbContextOptionsBuilder<SalesBotDb>(connection.CreateOptions())
                .LogTo(sql.WriteLine, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted], Microsoft.Extensions.Logging.LogLevel.Information)
                .Options;

        public SalesBotDb CreateDbContext() => new(_options);
    }

    /// <summary>The engine is measured, not the grammar: a fixed mapping of the harness's four message shapes.</summary>
    private sealed class BenchParser : IMessageParser
    {
        private static readonly DealStage[] Stages = [DealStage.Qualified, DealStage.Proposal, DealStage.Negotiation, DealStage.Lead];

        public ParsedCommand Parse(string text, DateTime now)
        {
            if (text.StartsWith("call with ", StringComparison.Ordinal))
            {
                return new ParsedCommand(Intent.LogActivity, 0.9) { Activity = ActivityType.Call, Account = text[10..] };
            }

            if (text.StartsWith("remind me ", StringComparison.Ordinal))
            {
                return new ParsedCommand(Intent.AddTask, 0.9) { Title = "follow up " + text[10..], Date = DateOnly.FromDateTime(now).AddDays(2) };
            }

            if (text.StartsWith("move ", StringComparison.Ordinal))
            {
                var n = int.Parse(text[5..], CultureInfo.InvariantCulture);
                return new ParsedCommand(Intent.MoveDeal, 0.9) { Deal = $"Deal {n}", Stage = Stages[(n + now.Second) % Stages.Length] };
            }

            return new ParsedCommand(Intent.ShowPipeline, 0.9) { Scope = "me" };
        }
    }
}
