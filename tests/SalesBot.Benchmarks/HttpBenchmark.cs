using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using SalesBot.Host.Cli;
using SalesBot.Host.Data;
using SalesBot.Host.Tests.Reliability;

namespace SalesBot.Benchmarks;

/// <summary>
/// End to end over HTTP: Telegram webhook updates into the real `serve` app on loopback (Kestrel, the engine, the
/// store), the load generator in the same process. In the same run and the same Kestrel: the ceilings, a no-op
/// endpoint and one bare SQLite insert per request through a single writer. A message counts when its activity is
/// committed and its reply queued (seen in the outbox by a poller). Prints msgs/s, p50/p99 arrival-to-commit at
/// saturation and at 1,000/s offered, the ratios to the ceilings and the host's memory.
/// Goals (issue 8): >= 5,000 msgs/s; p99 &lt; 50 ms at 1,000/s offered; memory &lt; 250 MB.
/// <c>dotnet run -c Release --project tests/SalesBot.Benchmarks -- http [--seconds 30] [--paced-seconds 10] [--workers 64] [--postgres] [--child]</c>
/// (SALESBOT_SQLITE_SYNCHRONOUS=FULL for the power-loss-durable run).
/// </summary>
public static class HttpBenchmark
{
    private const int Reps = 64;
    private const long FirstRep = 100_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", 30);
        var workers = Option(args, "--workers", 64);
        // The offered-load phase is shorter by default: below the offered rate its backlog only has to drain.
        var pacedSeconds = Option(args, "--paced-seconds", Math.Min(seconds, 10));
        var postgres = args.Contains("--postgres");
        // --child: the webhook phases go to `salesbot serve` in a process of its own, so its memory is the host's alone.
        var child = args.Contains("--child");
        var (db, cleanup) = await CreateStoreAsync(postgres);
        await using var fake = await FakeMessengers.StartAsync();
        try
        {
            var connection = StoreConnection.Parse(db);
            await using (var seed = connection.CreateDb())
            {
                await StoreMigrator.MigrateAsync(seed, connection.Provider);
                await ReliabilityData.SeedTeamAsync(seed, "Bench", FirstRep, telegramReps: Reps);
                await seed.Database.ExecuteSqlRawAsync("CREATE TABLE bench_insert (id INTEGER PRIMARY KEY, body TEXT NOT NULL)".Replace("INTEGER PRIMARY KEY", postgres ? "BIGSERIAL PRIMARY KEY" : "INTEGER PRIMARY KEY", StringComparison.Ordinal));
            }

            var raw = ServeHost.Arguments(db, fake.BaseUrl, "http://127.0.0.1:0");
            var app = ServeVerb.BuildApp(CliArgs.Parse(["--db", db, "--urls", "http://127.0.0.1:0"]), raw);
            app.MapPost("/bench/noop", () => Results.Ok());
            var writer = new SingleWriter(connection);
            app.MapPost("/bench/insert", async (HttpRequest request) =>
            {
                using var reader = new StreamReader(request.Body);
                await writer.InsertAsync(await reader.ReadToEndAsync());
                return Results.Ok();
            });
            await app.StartAsync();
            var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            try
            {
                using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers }) { BaseAddress = new Uri(url) };
                var store = connection.Provider == StoreProvider.Postgres ? "PostgreSQL" : $"SQLite WAL synchronous={Environment.GetEnvironmentVariable("SALESBOT_SQLITE_SYNCHRONOUS") ?? "NORMAL"}";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"http: {seconds} s per phase, {workers} workers, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {store}"));

                var sample = Wire.TelegramText(1, FirstRep, 1, "logged a call with Contoso");
                var noop = await SaturateAsync(http, workers, Math.Min(seconds, 10), _ => ("/bench/noop", sample));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ceiling no-op Kestrel:             {noop:F0} req/s"));
                var insert = await SaturateAsync(http, workers, Math.Min(seconds, 10), _ => ("/bench/insert", sample));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ceiling 1 insert/request, 1 writer: {insert:F0} req/s"));

                if (child)
                {
                    // One host on the store: the in-process app was only there for the ceilings.
                    await app.StopAsync();
                }

                using var serve = child ? ChildServe.Start(db, fake.BaseUrl) : null;
                if (serve is not null)
                {
                    await serve.WaitUntilHealthyAsync();
                }

                using var hookHttp = serve is null ? null : new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers }) { BaseAddress = new Uri(serve.Url) };
                var target = hookHttp ?? http;
                var poller = new CommitPoller(connection);
                var pollTask = poller.RunAsync();
                var next = 0L;
                string Update(long i) => Wire.TelegramText(i, FirstRep + (i % Reps), i, i % 4 == 3 ? "remind me to call Kevin on Friday" : "logged a call with Contoso");

                // Saturation: as many webhook requests as the workers can push; throughput is what got committed.
                var before = poller.Count;
                var clock = Stopwatch.StartNew();
                await SaturateAsync(target, workers, seconds, _ =>
                {
                    var i = Interlocked.Increment(ref next);
                    poller.Sent(i);
                    return ("/api/telegram", Update(i));
                }, secret: true);
                await poller.WaitForAsync(next, TimeSpan.FromSeconds(120));
                var elapsed = clock.Elapsed.TotalSeconds;
                var committed = poller.Count - before;
                var saturated = poller.Latencies(before);
                var rate = committed / elapsed;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"webhook -> committed, saturated:  {rate:F0} msgs/s ({committed} in {elapsed:F1} s incl. drain), p50 {Pct(saturated, 0.5):F1} ms, p99 {Pct(saturated, 0.99):F1} ms; {rate / noop:P1} of no-op, {rate / insert:P1} of single-writer insert"));

                // Offered 1,000 a second, evenly spaced.
                before = poller.Count;
                var offered = 1000;
                var total = offered * pacedSeconds;
                clock.Restart();
                var inflight = new List<Task>(total);
                for (var k = 0; k < total; k++)
                {
                    var due = TimeSpan.FromSeconds((double)k / offered);
                    var wait = due - clock.Elapsed;
                    if (wait > TimeSpan.FromMilliseconds(1))
                    {
                        await Task.Delay(wait);
                    }

                    var i = Interlocked.Increment(ref next);
                    poller.Sent(i);
                    inflight.Add(Post(target, "/api/telegram", Update(i), secret: true));
                }

                await Task.WhenAll(inflight);
                await poller.WaitForAsync(next, TimeSpan.FromSeconds(120));
                var paced = poller.Latencies(before);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"webhook -> committed, 1,000/s offered: p50 {Pct(paced, 0.5):F1} ms, p99 {Pct(paced, 0.99):F1} ms, max {paced[^1]:F1} ms ({paced.Count} messages)"));

                poller.Stop();
                await pollTask;
                if (serve is not null)
                {
                    Console.WriteLine($"memory of the serve process alone: {serve.Memory()}");
                }

                using var self = Process.GetCurrentProcess();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"memory (host and load generator in one process): working set {self.WorkingSet64 / 1048576.0:F0} MB, peak {self.PeakWorkingSet64 / 1048576.0:F0} MB, GC heap {GC.GetTotalMemory(false) / 1048576.0:F0} MB"));
                await using var check = connection.CreateDb();
                Console.WriteLine($"store: {await check.Activities.CountAsync()} activities, {await check.Tasks.CountAsync()} tasks, {await check.Outbox.CountAsync(o => o.Kind == OutboxKind.Reply)} replies queued");
            }
            finally
            {
                if (!child)
                {
                    await app.StopAsync();
                }

                await app.DisposeAsync();
                await writer.DisposeAsync();
            }

            return 0;
        }
        finally
        {
            await cleanup();
        }
    }

    private static async Task<(string Db, Func<Task> Cleanup)> CreateStoreAsync(bool postgres)
    {
        if (!postgres)
        {
            var path = Path.Combine(Path.GetTempPath(), $"salesbot-http-{Guid.NewGuid():N}.db");
            return ($"Data Source={path}", () =>
            {
                SqliteConnection.ClearAllPools();
                foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                {
                    File.Delete(file);
                }

                return Task.CompletedTask;
            });
        }

        var server = Environment.GetEnvironmentVariable("SALESBOT_TEST_POSTGRES") is { Length: > 0 } s ? s : "Host=127.0.0.1;Username=postgres;Password=postgres";
        var name = $"salesbot_bench_{Guid.NewGuid():N}"[..36];
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        await using (var c = new NpgsqlConnection(admin))
        {
            await c.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", c);
            await create.ExecuteNonQueryAsync();
        }

        return (new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var c = new NpgsqlConnection(admin);
            await c.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", c);
            await drop.ExecuteNonQueryAsync();
        });
    }

    private static async Task<double> SaturateAsync(HttpClient http, int workers, int seconds, Func<int, (string Path, string Body)> next, bool secret = false)
    {
        var stop = Stopwatch.StartNew();
        var done = 0;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            while (stop.Elapsed.TotalSeconds < seconds)
            {
                var (path, body) = next(w);
                await Post(http, path, body, secret);
                Interlocked.Increment(ref done);
            }
        })));
        return done / stop.Elapsed.TotalSeconds;
    }

    private static async Task Post(HttpClient http, string path, string body, bool secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (secret)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", ServeHost.Secret);
        }

        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}");
        }
    }

    private static double Pct(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }

    /// <summary>`dotnet salesbot.dll serve` from this folder on a free port, Telegram webhook mode by environment variables.</summary>
    private sealed class ChildServe : IDisposable
    {
        private readonly Process _process;

        private ChildServe(Process process, string url)
        {
            _process = process;
            Url = url;
        }

        public string Url { get; }

        public static ChildServe Start(string db, string apiBaseUrl)
        {
            using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            var url = $"http://127.0.0.1:{((System.Net.IPEndPoint)listener.LocalEndpoint).Port}";
            listener.Stop();
            var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "salesbot.dll"), "serve", "--db", db, "--urls", url })
            {
                info.ArgumentList.Add(arg);
            }

            info.Environment["Telegram__BotToken"] = FakeMessengers.Token;
            info.Environment["Telegram__Mode"] = "webhook";
            info.Environment["Telegram__WebhookSecret"] = ServeHost.Secret;
            info.Environment["Telegram__WebhookUrl"] = "https://bot.example.test/api/telegram";
            info.Environment["Telegram__ApiBaseUrl"] = apiBaseUrl;
            info.Environment["Logging__LogLevel__Default"] = "Error";
            var process = Process.Start(info)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return new ChildServe(process, url);
        }

        public async Task WaitUntilHealthyAsync()
        {
            using var http = new HttpClient();
            for (var i = 0; i < 300; i++)
            {
                try
                {
                    if ((await http.GetAsync(Url + "/healthz")).IsSuccessStatusCode)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                }

                await Task.Delay(100);
            }

            throw new TimeoutException("salesbot serve did not become healthy");
        }

        /// <summary>Resident set now and at its peak, from /proc (Linux).</summary>
        public string Memory()
        {
            var status = File.ReadAllLines($"/proc/{_process.Id}/status");
            string Field(string name) => status.FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal))?[name.Length..].Trim() ?? "?";
            return $"RSS {Field("VmRSS:")}, peak {Field("VmHWM:")}";
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }

            _process.Dispose();
        }
    }

    /// <summary>The ceiling's single writer: requests queue their row, one loop inserts them one statement (one commit) each.</summary>
    private sealed class SingleWriter : IAsyncDisposable
    {
        private readonly Channel<(string Body, TaskCompletionSource Done)> _queue = Channel.CreateUnbounded<(string, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });
        private readonly Task _loop;

        public SingleWriter(StoreConnection connection) => _loop = Task.Run(async () =>
        {
            await using var db = connection.CreateDb();
            await db.Database.OpenConnectionAsync();
            var conn = db.Database.GetDbConnection();
            await using var insert = conn.CreateCommand();
            insert.CommandText = "INSERT INTO bench_insert (body) VALUES (@b)";
            var p = insert.CreateParameter();
            p.ParameterName = "@b";
            insert.Parameters.Add(p);
            await foreach (var (body, done) in _queue.Reader.ReadAllAsync())
            {
                p.Value = body;
                await insert.ExecuteNonQueryAsync();
                done.SetResult();
            }
        });

        public Task InsertAsync(string body)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _queue.Writer.TryWrite((body, done));
            return done.Task;
        }

        public async ValueTask DisposeAsync()
        {
            _queue.Writer.TryComplete();
            await _loop;
        }
    }

    /// <summary>Watches the outbox for new replies every few milliseconds: a reply row is the engine's commit of that message.</summary>
    private sealed class CommitPoller(StoreConnection connection)
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<long, long> _sentAt = new();
        private readonly List<double> _latencies = [];
        private readonly Lock _lock = new();
        private volatile bool _stop;
        private long _lastId;

        public int Count
        {
            get
            {
                lock (_lock)
                {
                    return _latencies.Count;
                }
            }
        }

        public void Sent(long messageId) => _sentAt[messageId] = Stopwatch.GetTimestamp();

        public List<double> Latencies(int from)
        {
            lock (_lock)
            {
                var list = _latencies.Skip(from).ToList();
                list.Sort();
                return list;
            }
        }

        public void Stop() => _stop = true;

        public async Task WaitForAsync(long lastMessage, TimeSpan timeout)
        {
            var deadline = Stopwatch.StartNew();
            while (_sentAt.Count > 0 && deadline.Elapsed < timeout)
            {
                await Task.Delay(20);
            }

            _ = lastMessage;
        }

        public async Task RunAsync()
        {
            await using var db = connection.CreateDb();
            while (!_stop)
            {
                var rows = await db.Outbox.AsNoTracking().Where(o => o.Id > _lastId && o.Kind == OutboxKind.Reply)
                    .OrderBy(o => o.Id).Select(o => new { o.Id, o.ReplyToMessageId }).ToListAsync();
                var now = Stopwatch.GetTimestamp();
                foreach (var row in rows)
                {
                    _lastId = row.Id;
                    // ReplyToMessageId is "chat:message"; the harness makes message ids unique.
                    var id = long.Parse(row.ReplyToMessageId![(row.ReplyToMessageId!.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture);
                    if (_sentAt.TryRemove(id, out var sent))
                    {
                        lock (_lock)
                        {
                            _latencies.Add(Stopwatch.GetElapsedTime(sent, now).TotalMilliseconds);
                        }
                    }
                }

                await Task.Delay(rows.Count == 0 ? 5 : 1);
            }
        }
    }
}
