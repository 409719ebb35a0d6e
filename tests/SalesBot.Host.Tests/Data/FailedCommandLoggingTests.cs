using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Host.Data;

namespace SalesBot.Host.Tests.Data;

/// <summary>
/// Two hosts racing for one row make one insert fail, which the caller expects and handles. EF would log that failure
/// at Error on its own before throwing; the store logs it as a warning so an operator's Error alerts mean a real fault.
/// </summary>
public class FailedCommandLoggingTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task ALostInsertRaceIsAWarningNotAnError(StoreProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        int teamId;
        await using (var seed = store.CreateDb())
        {
            var team = new Team { Name = "Race", NormalizedName = "race" };
            seed.Teams.Add(team);
            await seed.SaveChangesAsync();
            teamId = team.Id;
            seed.Accounts.Add(new Account { TeamId = teamId, Name = "Fabrikam", NormalizedName = "fabrikam" });
            await seed.SaveChangesAsync();
        }

        var logged = new ConcurrentQueue<(LogLevel Level, string Line)>();
        using var logs = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new Everything(logged)));
        var options = new DbContextOptionsBuilder<SalesBotDb>().UseLoggerFactory(logs);
        store.Connection.Configure(options);
        await using var db = new SalesBotDb(options.Options);
        db.Accounts.Add(new Account { TeamId = teamId, Name = "FABRIKAM", NormalizedName = "fabrikam" });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.DoesNotContain(logged, l => l.Level >= LogLevel.Error);
        Assert.Contains(logged, l => l.Level == LogLevel.Warning && l.Line.StartsWith("Microsoft.EntityFrameworkCore.Database.Command", StringComparison.Ordinal));
        Assert.Contains(logged, l => l.Level == LogLevel.Warning && l.Line.StartsWith("Microsoft.EntityFrameworkCore.Update", StringComparison.Ordinal));
    }

    private sealed class Everything(ConcurrentQueue<(LogLevel, string)> sink) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(sink, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<(LogLevel, string)> sink, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                sink.Enqueue((logLevel, $"{category}: {formatter(state, exception)}"));
        }
    }
}
