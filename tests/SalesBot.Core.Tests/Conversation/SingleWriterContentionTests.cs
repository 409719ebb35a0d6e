using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Extensions.Logging;
using SalesBot.Core.Conversation;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;
using SalesBot.Core.Tests.Support;

namespace SalesBot.Core.Tests.Conversation;

/// <summary>
/// Two hosts on one PostgreSQL: a message of a batch can meet the other writer's locks (a deadlock aborted by the
/// server, a serialization failure, a key it just took). Trying again inside the batch's transaction would meet them
/// again, since the earlier messages still hold their rows; the writer gives the batch back and writes its messages
/// one by one, so each is written once and nothing is logged as an error. The store is a real SQLite file; only the
/// failure itself is simulated, with the SQLSTATE PostgreSQL sends.
/// </summary>
public sealed class SingleWriterContentionTests : IDisposable
{
    private readonly TestStore _store = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentDictionary<string, int> _calls = new();

    public void Dispose() => _store.Dispose();

    [Theory]
    [InlineData("40P01")] // deadlock detected
    [InlineData("40001")] // serialization failure
    [InlineData("23505")] // unique violation: the other writer took the key a moment ago
    [InlineData("55P03")] // lock not available
    public async Task AMessageThatMeetsAnotherWriterInABatchIsWrittenOnceWithItsNeighbours(string sqlState)
    {
        var (started, gate) = (new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        await using var writer = NewWriter(async (batch, work) =>
        {
            var text = work.Message.Text;
            var call = _calls.AddOrUpdate(text, 1, (_, n) => n + 1);
            if (text == "hold")
            {
                started.TrySetResult();
                await gate.Task;
            }

            batch.Db.Inbox.Add(new InboxMessage { Channel = ChannelKind.Telegram, ExternalId = $"written:{text}", ReceivedAt = DateTimeOffset.UnixEpoch });
            await batch.Db.SaveChangesAsync();
            if (text == "second" && call == 1)
            {
                throw new ServerSaid(sqlState);
            }
        });

        // The first message holds the loop (in a batch of its own), so the next three wait in the queue and are taken as one batch.
        var hold = writer.WriteAsync(Work("hold"), CancellationToken.None);
        await started.Task;
        var batch = new[] { "first", "second", "third" }.Select(t => writer.WriteAsync(Work(t), CancellationToken.None)).ToList();
        gate.SetResult();
        await hold;
        await Task.WhenAll(batch);

        await using var db = _store.CreateDbContext();
        var written = db.Inbox.Where(i => i.ExternalId.StartsWith("written:")).Select(i => i.ExternalId).OrderBy(i => i).ToList();
        Assert.Equal(["written:first", "written:hold", "written:second", "written:third"], written);
        Assert.Empty(db.Outbox.ToList()); // no apology
        Assert.Empty(_errors);
        Assert.Equal(2, _calls["first"]); // rolled back with its batch, then written alone
        Assert.Equal(2, _calls["second"]);
    }

    [Fact]
    public async Task AMessageAloneThatMeetsAnotherWriterIsTriedAgainAfterItsSavepoint()
    {
        await using var writer = NewWriter(async (batch, work) =>
        {
            var call = _calls.AddOrUpdate(work.Message.Text, 1, (_, n) => n + 1);
            batch.Db.Inbox.Add(new InboxMessage { Channel = ChannelKind.Telegram, ExternalId = "written:alone", ReceivedAt = DateTimeOffset.UnixEpoch });
            await batch.Db.SaveChangesAsync();
            if (call < 3)
            {
                throw new ServerSaid("40P01");
            }
        });

        await writer.WriteAsync(Work("alone"), CancellationToken.None);

        await using var db = _store.CreateDbContext();
        Assert.Equal(1, db.Inbox.Count(i => i.ExternalId == "written:alone"));
        Assert.Empty(db.Outbox.ToList());
        Assert.Equal(3, _calls["alone"]);
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task AFailureNoOtherWriterCausesIsAnsweredWithAnApologyAndKeepsItsNeighbours()
    {
        var (started, gate) = (new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        await using var writer = NewWriter(async (batch, work) =>
        {
            if (work.Message.Text == "hold")
            {
                started.TrySetResult();
                await gate.Task;
            }

            batch.Db.Inbox.Add(new InboxMessage { Channel = ChannelKind.Telegram, ExternalId = $"written:{work.Message.Text}", ReceivedAt = DateTimeOffset.UnixEpoch });
            await batch.Db.SaveChangesAsync();
            if (work.Message.Text == "broken")
            {
                throw new InvalidOperationException("a bug, not a race");
            }
        });

        var hold = writer.WriteAsync(Work("hold"), CancellationToken.None);
        await started.Task;
        var batch = new[] { "before", "broken", "after" }.Select(t => writer.WriteAsync(Work(t), CancellationToken.None)).ToList();
        gate.SetResult();
        await hold;
        await Task.WhenAll(batch);

        await using var db = _store.CreateDbContext();
        var written = db.Inbox.Where(i => i.ExternalId.StartsWith("written:")).Select(i => i.ExternalId).OrderBy(i => i).ToList();
        Assert.Equal(["written:after", "written:before", "written:hold"], written);
        Assert.Single(db.Outbox.ToList()); // the apology for "broken"
        Assert.Single(_errors);
    }

    [Theory]
    [InlineData("40P01", true)]
    [InlineData("40001", true)]
    [InlineData("23505", true)]
    [InlineData("55P03", true)]
    [InlineData("23502", false)] // not null violation: our bug, retrying cannot help
    [InlineData("42P01", false)] // undefined table
    public void ContentionIsReadFromTheProviderNeutralSqlState(string sqlState, bool contention)
    {
        Assert.Equal(contention, SingleWriter.IsContention(new ServerSaid(sqlState)));
        Assert.Equal(contention, SingleWriter.IsContention(new InvalidOperationException("wrapped", new ServerSaid(sqlState))));
    }

    private SingleWriter NewWriter(Func<Batch, Work, Task> handle) =>
        new(_store, new TeamLexicons(TimeProvider.System), TimeProvider.System, new ErrorsOnly(_errors), handle);

    private static Work Work(string text) =>
        new(new IncomingMessage(ChannelKind.Telegram, "42", ChatKind.Private, "42", "Rep", text, $"42:{text}", DateTimeOffset.UnixEpoch), null);

    /// <summary>What Npgsql's PostgresException carries that the writer reads: the SQLSTATE.</summary>
    private sealed class ServerSaid(string sqlState) : DbException($"SQLSTATE {sqlState}")
    {
        public override string SqlState => sqlState;
    }

    private sealed class ErrorsOnly(ConcurrentQueue<string> sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                sink.Enqueue(formatter(state, exception));
            }
        }
    }
}
