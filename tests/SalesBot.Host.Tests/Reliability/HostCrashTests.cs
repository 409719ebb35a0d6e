using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using Xunit.Abstractions;
using static SalesBot.Host.Tests.Reliability.ReliabilityData;

namespace SalesBot.Host.Tests.Reliability;

/// <summary>
/// `salesbot serve` as a real child process, Telegram webhook mode from environment variables, is killed with
/// SIGKILL while 2,000 updates arrive from senders that retry until they get a 200, then started again on the
/// same store: every update is recorded once and handled once (one activity and one reply each, none doubled).
/// </summary>
public class HostCrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Reps = 20;
    private const int UpdatesPerRep = 100;
    private const long FirstRep = 9001;
    private TestStore _store = null!;
    private FakeMessengers _fake = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.SqliteAsync();
        _fake = await FakeMessengers.StartAsync();
        await using var db = _store.CreateDb();
        await SeedTeamAsync(db, "North", FirstRep, telegramReps: Reps);
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task UpdatesSurviveAKillNineOfTheHostExactlyOnce()
    {
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(10) };
        var acknowledged = 0;
        var host = ServeProcess.Start(_store.Db, _fake.BaseUrl, baseUrl);
        try
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(4));
            var senders = Enumerable.Range(0, Reps).Select(rep => Task.Run(async () =>
            {
                for (var k = 1; k <= UpdatesPerRep; k++)
                {
                    var update = Wire.TelegramText(((rep + 1) * 10_000) + k, FirstRep + rep, k, $"logged a call with Contoso about item {k}");
                    while (true)
                    {
                        stop.Token.ThrowIfCancellationRequested();
                        try
                        {
                            using var response = await ServeHost.PostTelegramAsync(http, update);
                            if (response.StatusCode == HttpStatusCode.OK)
                            {
                                Interlocked.Increment(ref acknowledged);
                                break;
                            }
                        }
                        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                        {
                            // The host is down or restarting: Telegram would redeliver, and so do we.
                        }

                        await Task.Delay(50, stop.Token);
                    }
                }
            })).ToList();

            await Wire.EventuallyAsync(() => Task.FromResult(Volatile.Read(ref acknowledged) >= Reps * UpdatesPerRep / 2), "half the updates to be acknowledged", TimeSpan.FromMinutes(2));
            host.Kill();
            output.WriteLine($"killed after {Volatile.Read(ref acknowledged)} acknowledged updates");
            host = ServeProcess.Start(_store.Db, _fake.BaseUrl, baseUrl);
            await Task.WhenAll(senders);

            await Wire.EventuallyAsync(async () =>
            {
                await using var db = _store.CreateDb();
                return await AllProcessedAsync(db) && await Replies(db).CountAsync() >= Reps * UpdatesPerRep;
            }, "every update to be handled after the restart", TimeSpan.FromMinutes(3));
        }
        finally
        {
            host.Kill();
        }

        await using var check = _store.CreateDb();
        var expected = Enumerable.Range(0, Reps).SelectMany(rep => Enumerable.Range(1, UpdatesPerRep).Select(k => (((rep + 1) * 10_000) + k).ToString(CultureInfo.InvariantCulture)));
        var recorded = (await Received(check, ChannelKind.Telegram).Select(r => r.ExternalId).ToListAsync())
            .Select(UpdateIdOf).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), recorded.Order(StringComparer.Ordinal));
        Assert.Equal(Reps * UpdatesPerRep, await check.Activities.CountAsync());
        Assert.Equal(Reps * UpdatesPerRep, await Replies(check).CountAsync());
        var perMember = await check.Activities.GroupBy(a => a.MemberId).Select(g => g.Count()).ToListAsync();
        Assert.All(perMember, c => Assert.Equal(UpdatesPerRep, c));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>`dotnet salesbot.dll serve` from the test's output folder, configured the way an operator would: environment variables.</summary>
    private sealed class ServeProcess
    {
        private readonly Process _process;
        private bool _killed;

        private ServeProcess(Process process) => _process = process;

        public static ServeProcess Start(string db, string apiBaseUrl, string url)
        {
            var info = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = Path.GetTempPath(),
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "salesbot.dll"), "serve", "--db", db, "--urls", url })
            {
                info.ArgumentList.Add(arg);
            }

            info.Environment["Telegram__BotToken"] = FakeMessengers.Token;
            info.Environment["Telegram__Mode"] = "webhook";
            info.Environment["Telegram__WebhookSecret"] = ServeHost.Secret;
            info.Environment["Telegram__WebhookUrl"] = "https://bot.example.test/api/telegram";
            info.Environment["Telegram__ApiBaseUrl"] = apiBaseUrl;
            info.Environment["Teams__AppId"] = "";
            info.Environment["Teams__Emulator"] = "true";
            info.Environment["Logging__LogLevel__Default"] = "Warning";
            var process = Process.Start(info) ?? throw new InvalidOperationException("could not start salesbot serve");
            // Drain the pipes so a chatty host never blocks on a full one.
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return new ServeProcess(process);
        }

        /// <summary>SIGKILL: no shutdown hooks, no flushing; what is committed is all that survives.</summary>
        public void Kill()
        {
            if (_killed)
            {
                return;
            }

            _killed = true;
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }

            _process.Dispose();
        }
    }
}
