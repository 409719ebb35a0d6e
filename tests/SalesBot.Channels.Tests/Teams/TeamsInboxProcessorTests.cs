using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Channels.Tests.Teams.Auth;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Tests.Teams;

/// <summary>The inbox between Teams' 200 and the engine: nothing acknowledged is lost, one bad row blocks nothing.</summary>
public sealed class TeamsInboxProcessorTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> EmulatorMode = new() { ["Emulator"] = "true" };
    private TempStore _store = null!;

    public async Task InitializeAsync() => _store = await TempStore.CreateAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task KeepsAnAcknowledgedMessageUntilAHostWithAnEngineProcessesItAfterARestart()
    {
        await using (var first = await BotHost.StartAsync(_store, EmulatorMode, engine: _ => { }))
        {
            using var message = await BotFrameworkTokenValidatorTests.PostAsync(first.BaseUrl, null, Repo.Payload("playground-personal-message.json"));
            using var install = await BotFrameworkTokenValidatorTests.PostAsync(first.BaseUrl, null, Repo.Payload("playground-installation-update-add.json"));
            Assert.Equal(HttpStatusCode.OK, message.StatusCode);

            // The install behind the waiting message is not held up by it.
            await Eventually.GetAsync(async () =>
            {
                await using var db = _store.Db();
                return await db.Outbox.FirstOrDefaultAsync(o => o.Kind == OutboxKind.Notice);
            }, "the greeting while no engine is there");
        }

        await using (var db = _store.Db())
        {
            Assert.Null((await db.Inbox.SingleAsync(i => i.Payload!.Contains("logged a call"))).ProcessedAt);
            Assert.False(await db.Outbox.AnyAsync(o => o.Kind == OutboxKind.Reply));
        }

        await using var second = await BotHost.StartAsync(_store, EmulatorMode);

        var reply = await Eventually.GetAsync(async () =>
        {
            await using var db = _store.Db();
            return await db.Outbox.FirstOrDefaultAsync(o => o.Kind == OutboxKind.Reply);
        }, "the reply after the restart");
        Assert.Contains("echo: logged a call with Contoso", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandsAReactionOnTheBotsPostToTheReactionSinkWithoutAnEngine()
    {
        var sink = new RecordingReactionSink();
        await using var bot = await BotHost.StartAsync(_store, EmulatorMode, services => services.AddSingleton<IReactionSink>(sink));

        using var response = await BotFrameworkTokenValidatorTests.PostAsync(bot.BaseUrl, null, Repo.Payload("teams-message-reaction.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.GetAsync(() => Task.FromResult(sink.Received.Count == 2 ? "both" : null), "the two reactions at the sink");
        Assert.Equal([("like", true), ("heart", false)], sink.Received.Select(r => (r.Reaction, r.Added)));
        Assert.All(sink.Received, r => Assert.Equal("1763286100000", r.MessageId));
        await Eventually.GetAsync(async () =>
        {
            await using var db = _store.Db();
            return await db.Inbox.AnyAsync(i => i.ProcessedAt == null) ? null : "processed";
        }, "the reaction row done");
    }

    [Fact]
    public async Task FinishesAReactionRowWhenNothingCountsReactions()
    {
        await using var bot = await BotHost.StartAsync(_store, EmulatorMode);

        using var response = await BotFrameworkTokenValidatorTests.PostAsync(bot.BaseUrl, null, Repo.Payload("teams-message-reaction.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = await Eventually.GetAsync(async () =>
        {
            await using var db = _store.Db();
            return await db.Inbox.FirstOrDefaultAsync(i => i.ProcessedAt != null);
        }, "the reaction row done");
        Assert.Equal(0, row.Attempts);
        Assert.Null(row.DeadLetteredAt);
    }

    /// <summary>The test double of the tips capability's port: what it was handed, in order.</summary>
    private sealed class RecordingReactionSink : IReactionSink
    {
        private readonly List<IncomingReaction> _received = [];

        public IReadOnlyList<IncomingReaction> Received
        {
            get
            {
                lock (_received)
                {
                    return [.. _received];
                }
            }
        }

        public Task HandleAsync(IncomingReaction reaction, CancellationToken cancellationToken)
        {
            lock (_received)
            {
                _received.Add(reaction);
            }

            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task GivesUpOnAFailingRowAfterThreeAttemptsWithoutHoldingUpTheNextMessage()
    {
        await using var bot = await BotHost.StartAsync(_store, EmulatorMode, services => services.AddScoped<IConversationEngine, FailOnBoomEngine>());
        var boom = Repo.Payload("playground-personal-message.json").Replace("logged a call with Contoso", "boom", StringComparison.Ordinal);
        var fine = Repo.Payload("playground-personal-message.json").Replace("4032fbb8-3bdf-437c-aef7-19b72b90c877", "second-message", StringComparison.Ordinal);

        using (await BotFrameworkTokenValidatorTests.PostAsync(bot.BaseUrl, null, boom))
        using (await BotFrameworkTokenValidatorTests.PostAsync(bot.BaseUrl, null, fine))
        {
        }

        await Eventually.GetAsync(async () =>
        {
            await using var db = _store.Db();
            return await db.Outbox.FirstOrDefaultAsync();
        }, "the second message answered");
        await Eventually.GetAsync(async () =>
        {
            await using var db = _store.Db();
            return await db.Inbox.AnyAsync(i => i.ProcessedAt == null) ? null : "all processed";
        }, "the failing row given up", 20_000);
        Assert.Equal(3, FailOnBoomEngine.Failures);
        await using var check = _store.Db();
        var dead = await check.Inbox.SingleAsync(i => i.DeadLetteredAt != null);
        Assert.Equal(3, dead.Attempts);
        Assert.Contains("the engine failed", dead.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandsWaitingMessagesToTheEngineInArrivalOrderAsOneBatch()
    {
        var texts = Enumerable.Range(1, 30).Select(i => $"message {i:00}").ToList();
        await using (var first = await BotHost.StartAsync(_store, EmulatorMode, engine: _ => { }))
        {
            foreach (var (text, i) in texts.Select((t, i) => (t, i)))
            {
                var payload = Repo.Payload("playground-personal-message.json")
                    .Replace("logged a call with Contoso", text, StringComparison.Ordinal)
                    .Replace("4032fbb8-3bdf-437c-aef7-19b72b90c877", $"ordered-{i}", StringComparison.Ordinal);
                using var response = await BotFrameworkTokenValidatorTests.PostAsync(first.BaseUrl, null, payload);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }

        RecordingEngine.Seen.Clear();
        await using var second = await BotHost.StartAsync(_store, EmulatorMode, services => services.AddScoped<IConversationEngine, RecordingEngine>());
        await Eventually.GetAsync(async () =>
        {
            await using var db = _store.Db();
            return await db.Inbox.AnyAsync(i => i.ProcessedAt == null) ? null : "all processed";
        }, "the waiting messages processed");

        Assert.Equal(texts, RecordingEngine.Seen);
        await using var check = _store.Db();
        Assert.Single(await check.Inbox.Where(i => i.Payload!.Contains("message ")).Select(i => i.ProcessedAt).Distinct().ToListAsync());
    }

    private sealed class RecordingEngine : IConversationEngine
    {
        public static readonly System.Collections.Concurrent.ConcurrentQueue<string> Seen = new();

        public Task HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
        {
            Seen.Enqueue(message.Text ?? "");
            return Task.CompletedTask;
        }
    }

    private sealed class FailOnBoomEngine(SalesBotDb db, TimeProvider clock) : IConversationEngine
    {
        public static int Failures;

        public Task HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
        {
            if (message.Text == "boom")
            {
                Interlocked.Increment(ref Failures);
                throw new InvalidOperationException("the engine failed");
            }

            return new EchoEngine(db, clock).HandleAsync(message, cancellationToken);
        }
    }
}
