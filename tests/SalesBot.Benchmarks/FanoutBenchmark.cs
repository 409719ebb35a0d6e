using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using SalesBot.Host.Cli;
using SalesBot.Host.Data;
using SalesBot.Host.Tests.Reliability;

namespace SalesBot.Benchmarks;

/// <summary>
/// The morning stand-up fan-out: 1,000 teams' stand-ups queued at once in the outbox of a real `serve` host, sent to a
/// local fake Telegram that enforces 30 messages a second overall and 20 a minute per group, answering 429 with
/// retry_after. Prints the time until the last stand-up is delivered (floor: 1,000 / 30 = 33.3 s) and the 429 count.
/// <c>dotnet run -c Release --project tests/SalesBot.Benchmarks -- fanout [--teams 1000]</c>
/// </summary>
public static class FanoutBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var i = Array.IndexOf(args, "--teams");
        var teams = i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : 1000;
        var path = Path.Combine(Path.GetTempPath(), $"salesbot-fanout-{Guid.NewGuid():N}.db");
        var db = $"Data Source={path}";
        await using var fake = await FakeMessengers.StartAsync();
        fake.OverallPerSecond = 30;
        fake.GroupPerMinute = 20;
        try
        {
            var connection = StoreConnection.Parse(db);
            await using (var seed = connection.CreateDb())
            {
                await StoreMigrator.MigrateAsync(seed, connection.Provider);
                var now = DateTimeOffset.UtcNow;
                for (var t = 0; t < teams; t++)
                {
                    var team = new Team { Name = $"Team {t}", NormalizedName = $"team {t}", TimeZone = "UTC" };
                    seed.Teams.Add(team);
                    await seed.SaveChangesAsync();
                    var binding = new ChannelBinding { TeamId = team.Id, Channel = ChannelKind.Telegram, ChatId = $"-100{1_000_000 + t}", IsActive = true };
                    seed.ChannelBindings.Add(binding);
                    await seed.SaveChangesAsync();
                    seed.Outbox.Add(new OutboxMessage
                    {
                        Channel = ChannelKind.Telegram, ChatId = binding.ChatId, Kind = OutboxKind.Standup, TeamId = team.Id, BindingId = binding.Id,
                        Body = JsonSerializer.Serialize(new OutgoingMessage($"Stand-up for Team {t}: 3 calls, 2 meetings, 1 deal won. Due today: 4 tasks.")),
                        DedupKey = $"standup:{team.Id}:bench", CreatedAt = now, NotBefore = now,
                    });
                }

                await seed.SaveChangesAsync();
            }

            var raw = ServeHost.Arguments(db, fake.BaseUrl);
            var app = ServeVerb.BuildApp(CliArgs.Parse(["--db", db, "--urls", "http://127.0.0.1:0"]), raw);
            var clock = Stopwatch.StartNew();
            await app.StartAsync();
            try
            {
                while (fake.Delivered.Count < teams && clock.Elapsed < TimeSpan.FromMinutes(10))
                {
                    await Task.Delay(50);
                }

                var elapsed = clock.Elapsed.TotalSeconds;
                var floor = teams / 30.0;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"fanout: {fake.Delivered.Count} of {teams} stand-ups delivered in {elapsed:F1} s (floor {floor:F1} s, {elapsed / floor:F2}x), {fake.Rejected429} answered 429"));
            }
            finally
            {
                await app.StopAsync();
                await app.DisposeAsync();
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
}
