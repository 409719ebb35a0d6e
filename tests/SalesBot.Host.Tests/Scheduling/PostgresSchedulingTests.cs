using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;
using SalesBot.Core.Reports.Calendar;
using SalesBot.Core.Reports.Kpi;
using SalesBot.Core.Reports.Standup;
using SalesBot.Core.Scheduling;
using SalesBot.Core.Tests.Support;
using SalesBot.Host.Data;
using SalesBot.Host.Scheduling;

namespace SalesBot.Host.Tests.Scheduling;

public class PostgresSchedulingTests
{
    private sealed class Factory(StoreConnection connection) : IDbContextFactory<SalesBotDb>
    {
        public SalesBotDb CreateDbContext() => connection.CreateDb();
    }

    [Fact]
    public async Task PublishersRacingOnPostgresPostTheStandupOnce()
    {
        await using var pg = await PostgresTestDatabase.CreateAsync();

        var factory = new Factory(pg.Connection);
        int teamId;
        using (var db = factory.CreateDbContext())
        {
            teamId = new NorthwindWeek(db).Team.Id;
        }

        var clock = new FakeClock(Seed.Local("Europe/Warsaw", "2026-11-23T09:30"));
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
            new PublishScheduledPost(factory, clock, new ScheduledPostOptions())
                .PublishAsync(teamId, ScheduledPostKind.Standup, new DateOnly(2026, 11, 23), CancellationToken.None))));

        Assert.Equal(1, outcomes.Count(o => o == PublishOutcome.Posted));
        Assert.Equal(5, outcomes.Count(o => o == PublishOutcome.AlreadyPosted));
        using var check = factory.CreateDbContext();
        Assert.Single(check.Outbox.Where(o => o.Kind == OutboxKind.Standup));
        Assert.Single(check.ScheduledPosts.Where(p => p.Kind == ScheduledPostKind.Standup));
    }

    [Fact]
    public async Task HandCountedWeekGivesTheSameDigestAndStandupOnPostgres()
    {
        await using var pg = await PostgresTestDatabase.CreateAsync();

        using var db = pg.Connection.CreateDb();
        var week = new NorthwindWeek(db);
        IsoWeek.TryParse("2026-W47", out var w47);

        var d = KpiBuilder.Build((await KpiLoader.LoadAsync(db, week.Team.Id, w47, new DateOnly(2026, 11, 25), CancellationToken.None))!);
        var standup = StandupBuilder.Build((await StandupLoader.LoadAsync(db, week.Team.Id, new DateOnly(2026, 11, 23), CancellationToken.None))!, new DateOnly(2026, 11, 23));

        var t = d.Totals;
        Assert.Equal((3, 3, 1, 1, 10), (t.Meetings, t.Calls, t.Emails, t.Demos, t.Activities));
        Assert.Equal((2, 1, 1, 3, 1), (t.DealsCreated, t.DealsWon, t.DealsLost, t.StageMoves, t.TasksDone));
        Assert.Equal(30000m, t.WonAmount["EUR"]);
        Assert.Equal((3, 5000m, 1), (d.Pipeline.OpenDeals, d.Pipeline.ByStage["lead"].Amount["EUR"], d.StaleDeals.Count));
        Assert.Equal(4.2m, d.AvgDaysToWin);
        Assert.Equal(
            "Anna Kowalska: 1 call, 1 note · won Contoso upgrade · plan: Call Kevin (+2) · 1 due today, 1 overdue",
            StandupMessage.Line(standup.Reps[0], showAmounts: false));
    }

    [Fact]
    public async Task TwoClusteredHostsPostTheStandupOnce()
    {
        await using var pg = await PostgresTestDatabase.CreateAsync();

        // A team whose stand-up was a minute ago, every day of the week, in UTC: the first catch-up of either host posts it.
        var now = DateTimeOffset.UtcNow;
        var factory = new Factory(pg.Connection);
        using (var db = factory.CreateDbContext())
        {
            var s = new Seed(db);
            var team = s.Team(zone: "UTC", standup: now.AddMinutes(-1).ToString("HH:mm", CultureInfo.InvariantCulture), created: "2026-01-01T00:00");
            team.WorkingDays = WorkWeek.MondayToFriday | WorkWeek.Saturday | WorkWeek.Sunday;
            team.PlanPromptMinutesBefore = 0;
            db.SaveChanges();
            s.Member(team, "Anna", telegram: 4001);
            s.Channel(team, "-100123");
            s.Channel(team, "19:abc@thread.tacv2", ChannelKind.Teams);
        }

        var hosts = new[] { BuildHost(pg.Connection), BuildHost(pg.Connection) };
        try
        {
            await Task.WhenAll(hosts.Select(h => h.StartAsync()));
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && Count(factory, OutboxKind.Standup) == 0)
            {
                await Task.Delay(250);
            }

            // Give the second host every chance to post again: its catch-up runs at start and every minute.
            await Task.Delay(TimeSpan.FromSeconds(5));
            Assert.Equal(2, Count(factory, OutboxKind.Standup));
            await using var connection = new NpgsqlConnection(pg.Connection.ConnectionString);
            await connection.OpenAsync();
            await using var nodes = new NpgsqlCommand("SELECT COUNT(*) FROM qrtz_scheduler_state", connection);
            Assert.Equal(2L, (long)(await nodes.ExecuteScalarAsync())!);
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.StopAsync();
                host.Dispose();
            }
        }
    }

    private static int Count(Factory factory, OutboxKind kind)
    {
        using var db = factory.CreateDbContext();
        return db.Outbox.Count(o => o.Kind == kind);
    }

    private static IHost BuildHost(StoreConnection connection)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Scheduling:GraceWindow"] = "03:00:00" });
        builder.Services.AddLogging();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSalesBotStore(connection);
        builder.Services.AddScheduling(builder.Configuration, connection);
        return builder.Build();
    }
}
