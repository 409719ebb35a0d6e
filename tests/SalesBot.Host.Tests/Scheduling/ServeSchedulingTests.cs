using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Conversation;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using SalesBot.Core.Scheduling;
using SalesBot.Core.Tests.Support;
using SalesBot.Host.Cli;
using TestStore = SalesBot.Core.Tests.Support.TestStore;

namespace SalesBot.Host.Tests.Scheduling;

/// <summary>The real `serve` host on a SQLite file: Quartz, the catch-up and the ledger together, across a restart.</summary>
public class ServeSchedulingTests : IAsyncLifetime
{
    private TestStore _store = null!;

    public async Task InitializeAsync() => _store = await MigratedStore.CreateAsync();

    public Task DisposeAsync()
    {
        _store.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task StandupMissedWhileDownGoesOutLateOnceAndNotAgainAfterARestart()
    {
        // The stand-up was ten minutes ago, every day, in UTC: as if the host had been down over it.
        var due = DateTimeOffset.UtcNow.AddMinutes(-10);
        using (var db = _store.CreateDbContext())
        {
            var s = new Seed(db);
            var team = s.Team(zone: "UTC", standup: due.ToString("HH:mm", CultureInfo.InvariantCulture));
            team.WorkingDays = WorkWeek.MondayToFriday | WorkWeek.Saturday | WorkWeek.Sunday;
            db.SaveChanges();
            s.Member(team, "Anna", telegram: 5001);
            s.Channel(team, "-100321");
        }

        await RunServeUntilAsync(() => Standups().Count > 0);
        var first = Assert.Single(Standups());
        Assert.Contains("(late: the host was down at", JsonSerializer.Deserialize<OutgoingMessage>(first.Body)!.Title, StringComparison.Ordinal);

        // Up again: the catch-up at start finds the stand-up in the ledger and posts nothing.
        await RunServeUntilAsync(() => true, TimeSpan.FromSeconds(4));
        Assert.Single(Standups());
        using var check = _store.CreateDbContext();
        Assert.Single(check.ScheduledPosts.Where(p => p.Kind == ScheduledPostKind.Standup && p.IsLate));
    }

    [Fact]
    public async Task ServeRegistersTheReportServiceTheEngineAnswersWith()
    {
        int teamId, managerId;
        using (var db = _store.CreateDbContext())
        {
            var w = new NorthwindWeek(db);
            (teamId, managerId) = (w.Team.Id, w.Marta.Id);
        }

        string[] args = ["--db", _store.ConnectionString, "--urls", "http://127.0.0.1:0"];
        await using var app = ServeVerb.BuildApp(CliArgs.Parse(args), args);
        using var scope = app.Services.CreateScope();
        var reports = scope.ServiceProvider.GetRequiredService<IReportService>();

        var digest = await reports.DigestAsync(teamId, "2026-W47", "team", managerId, CancellationToken.None);

        Assert.StartsWith("Team: 3 meetings, 3 calls, 1 email, 1 demo, 1 visit (10 activities)", digest.Text, StringComparison.Ordinal);
    }

    private List<OutboxMessage> Standups()
    {
        using var db = _store.CreateDbContext();
        return db.Outbox.Where(o => o.Kind == OutboxKind.Standup).ToList();
    }

    private async Task RunServeUntilAsync(Func<bool> done, TimeSpan? atLeast = null)
    {
        string[] args = ["--db", _store.ConnectionString, "--urls", "http://127.0.0.1:0"];
        await using var app = ServeVerb.BuildApp(CliArgs.Parse(args), args);
        await app.StartAsync();
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!done() && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }

            if (atLeast is { } wait)
            {
                await Task.Delay(wait);
            }
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
