using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesBot.Channels.Outbox;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Tests.Outbox;

/// <summary>The dispatcher on a SQLite file.</summary>
public sealed class OutboxDispatcherTests : OutboxDispatcherBehaviour
{
    protected override Task<TempStore> CreateStoreAsync() => TempStore.CreateAsync();
}

/// <summary>The same behaviour on PostgreSQL (the test server, <see cref="TestPostgres"/>).</summary>
public sealed class OutboxDispatcherOnPostgresTests : OutboxDispatcherBehaviour
{
    protected override Task<TempStore> CreateStoreAsync() => TempStore.CreatePostgresAsync();
}

public abstract class OutboxDispatcherBehaviour : IAsyncLifetime
{
    private readonly FakeClock _clock = new();
    private readonly ScriptedSender _sender = new();
    private TempStore? _maybeStore;

    private TempStore Store => _maybeStore!;

    protected abstract Task<TempStore> CreateStoreAsync();

    public async Task InitializeAsync() => _maybeStore = await CreateStoreAsync();

    public async Task DisposeAsync()
    {
        if (_maybeStore is not null)
        {
            await _maybeStore.DisposeAsync();
        }
    }

    private OutboxDispatcher Dispatcher(ChannelPacing? pacing = null) => new(
        Store, [_sender], [pacing ?? ChannelPacing.Unlimited(ChannelKind.Telegram)], new OutboxSignal(), _clock,
        Options.Create(new OutboxOptions()), NullLogger<OutboxDispatcher>.Instance);

    private async Task<OutboxMessage> AddAsync(string chatId, string text, int? bindingId = null)
    {
        await using var db = Store.CreateDbContext();
        return await OutboxRows.AddAsync(db, chatId, new OutgoingMessage(text), _clock.GetUtcNow(), bindingId: bindingId);
    }

    private async Task<OutboxMessage> RowAsync(long id)
    {
        await using var db = Store.CreateDbContext();
        return await db.Outbox.AsNoTracking().SingleAsync(o => o.Id == id);
    }

    [Fact]
    public async Task SendsPendingRowsAndRecordsTheMessengersId()
    {

        var row = await AddAsync("42", "logged a call with Contoso");

        await Dispatcher().DispatchOnceAsync(CancellationToken.None);

        Assert.Equal(["42:logged a call with Contoso"], _sender.Sent);
        var sent = await RowAsync(row.Id);
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Equal("42:1", sent.SentMessageId);
        Assert.Equal(_clock.GetUtcNow(), sent.SentAt);
    }

    [Fact]
    public async Task NeverSendsARowTwice()
    {

        await AddAsync("42", "once");
        var dispatcher = Dispatcher();

        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        await Dispatcher().DispatchOnceAsync(CancellationToken.None);

        Assert.Single(_sender.Sent);
    }

    [Fact]
    public async Task SendsEachChatsMessagesInOrderOnePerRound()
    {

        await AddAsync("42", "first");
        await AddAsync("7", "other chat");
        await AddAsync("42", "second");
        var dispatcher = Dispatcher();

        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        Assert.Equal(["42:first", "7:other chat"], _sender.Sent.Order());

        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        Assert.Equal(["42:first", "42:second"], _sender.Sent.Where(m => m.StartsWith("42:", StringComparison.Ordinal)));
        Assert.Equal(3, _sender.Sent.Count);
    }

    [Fact]
    public async Task WaitsExactlyRetryAfterAndHoldsBackTheChatsLaterMessages()
    {

        var first = await AddAsync("42", "first");
        await AddAsync("42", "second");
        await AddAsync("7", "other chat");
        _sender.Script("42", SendOutcome.Retry(TimeSpan.FromSeconds(17), "429 Too Many Requests: retry after 17"));
        var dispatcher = Dispatcher();

        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        var waiting = await RowAsync(first.Id);
        Assert.Equal(OutboxStatus.Pending, waiting.Status);
        Assert.Equal(1, waiting.Attempts);
        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromSeconds(17), waiting.NotBefore);
        Assert.Equal(["7:other chat"], _sender.Sent);

        _clock.Advance(TimeSpan.FromSeconds(16));
        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        Assert.Equal(["7:other chat"], _sender.Sent);

        _clock.Advance(TimeSpan.FromSeconds(1));
        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        Assert.Equal(["7:other chat", "42:first", "42:second"], _sender.Sent);
    }

    [Fact]
    public async Task ATooManyRequestsAnswerPausesEveryChatForASecondAtMost()
    {

        await AddAsync("42", "first");
        _sender.Script("42", SendOutcome.Retry(TimeSpan.FromSeconds(17), "429 Too Many Requests: retry after 17"));
        var dispatcher = Dispatcher();
        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        await AddAsync("7", "other chat");

        _clock.Advance(TimeSpan.FromMilliseconds(900));
        Assert.Equal(TimeSpan.FromMilliseconds(100), await dispatcher.DispatchOnceAsync(CancellationToken.None));
        Assert.Empty(_sender.Sent);

        _clock.Advance(TimeSpan.FromMilliseconds(100));
        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        Assert.Equal(["7:other chat"], _sender.Sent);
    }

    [Fact]
    public async Task RetriesWithGrowingBackoffAndSurvivesARestart()
    {

        var row = await AddAsync("42", "hello");
        _sender.Script("42", SendOutcome.Retry(null, "502 Bad Gateway"));
        _sender.Script("42", SendOutcome.Retry(null, "502 Bad Gateway"));

        await Dispatcher().DispatchOnceAsync(CancellationToken.None);
        var afterFirst = await RowAsync(row.Id);
        var firstWait = afterFirst.NotBefore - _clock.GetUtcNow();
        Assert.InRange(firstWait.TotalSeconds, 1.6, 2.4);

        _clock.Advance(firstWait);
        await Dispatcher().DispatchOnceAsync(CancellationToken.None);
        var afterSecond = await RowAsync(row.Id);
        var secondWait = afterSecond.NotBefore - _clock.GetUtcNow();
        Assert.Equal(2, afterSecond.Attempts);
        Assert.InRange(secondWait.TotalSeconds, 3.2, 4.8);
        Assert.Equal("502 Bad Gateway", afterSecond.LastError);

        // A new dispatcher (the host restarted) finds the retry in the table.
        _clock.Advance(secondWait);
        await Dispatcher().DispatchOnceAsync(CancellationToken.None);
        Assert.Equal(["42:hello"], _sender.Sent);
        Assert.Equal(OutboxStatus.Sent, (await RowAsync(row.Id)).Status);
    }

    [Fact]
    public async Task ABlockedPrivateChatIsMarkedInactiveAndItsQueueDropped()
    {

        var (_, rep, _) = await Store.SeedTeamAsync(telegramUserId: 42);
        var first = await AddAsync("42", "first");
        var second = await AddAsync("42", "second");
        _sender.Script("42", SendOutcome.Unreachable("403 Forbidden: bot was blocked by the user"));

        await Dispatcher().DispatchOnceAsync(CancellationToken.None);
        await Dispatcher().DispatchOnceAsync(CancellationToken.None);

        Assert.Empty(_sender.Sent);
        Assert.Equal(1, _sender.Calls);
        Assert.Equal(OutboxStatus.Failed, (await RowAsync(first.Id)).Status);
        Assert.Equal(OutboxStatus.Failed, (await RowAsync(second.Id)).Status);
        await using var db = Store.CreateDbContext();
        Assert.False((await db.Members.SingleAsync(m => m.Id == rep.Id)).PrivateChatActive);
    }

    [Fact]
    public async Task AKickedGroupBindingIsMarkedInactive()
    {

        var (_, rep, group) = await Store.SeedTeamAsync(telegramUserId: 42, groupChatId: "-100123");
        await AddAsync("-100123", "Anna won Contoso", bindingId: group!.Id);
        _sender.Script("-100123", SendOutcome.Unreachable("403 Forbidden: bot was kicked from the supergroup chat"));

        await Dispatcher().DispatchOnceAsync(CancellationToken.None);

        await using var db = Store.CreateDbContext();
        Assert.False((await db.ChannelBindings.SingleAsync()).IsActive);
        Assert.True((await db.Members.SingleAsync(m => m.Id == rep.Id)).PrivateChatActive);
    }

    [Fact]
    public async Task APermanentFailureOfOneMessageLeavesTheChatAlone()
    {

        var (_, _, group) = await Store.SeedTeamAsync(telegramUserId: 42, groupChatId: "-100123");
        var bad = await AddAsync("-100123", "bad markup", bindingId: group!.Id);
        await AddAsync("-100123", "fine", bindingId: group.Id);
        _sender.Script("-100123", SendOutcome.Failed("400 Bad Request: can't parse entities"));
        var dispatcher = Dispatcher();

        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        await dispatcher.DispatchOnceAsync(CancellationToken.None);

        Assert.Equal(OutboxStatus.Failed, (await RowAsync(bad.Id)).Status);
        Assert.Equal(["-100123:fine"], _sender.Sent);
        await using var db = Store.CreateDbContext();
        Assert.True((await db.ChannelBindings.SingleAsync()).IsActive);
    }

    [Fact]
    public async Task AMovedChatGetsItsBindingUpdatedAndTheMessageResent()
    {

        var (_, _, group) = await Store.SeedTeamAsync(telegramUserId: 42, groupChatId: "-4000111");
        var row = await AddAsync("-4000111", "stand-up", bindingId: group!.Id);
        _sender.Script("-4000111", SendOutcome.Moved("-1009990001", "400 Bad Request: group chat was upgraded to a supergroup chat"));
        var dispatcher = Dispatcher();

        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        await dispatcher.DispatchOnceAsync(CancellationToken.None);

        Assert.Equal(["-1009990001:stand-up"], _sender.Sent);
        Assert.Equal("-1009990001", (await RowAsync(row.Id)).ChatId);
        await using var db = Store.CreateDbContext();
        Assert.Equal("-1009990001", (await db.ChannelBindings.SingleAsync()).ChatId);
    }

    [Fact]
    public async Task PacesAChatToOneMessageASecond()
    {

        await AddAsync("42", "one");
        await AddAsync("42", "two");
        var dispatcher = Dispatcher(SalesBot.Channels.Telegram.TelegramPacing.Default);

        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        var next = await dispatcher.DispatchOnceAsync(CancellationToken.None);
        Assert.Equal(["42:one"], _sender.Sent);
        Assert.Equal(TimeSpan.FromSeconds(1), next);

        _clock.Advance(TimeSpan.FromSeconds(1));
        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        Assert.Equal(["42:one", "42:two"], _sender.Sent);
    }

    [Fact]
    public async Task TwoDispatchersRacingForTheSameRowSendItOnce()
    {

        await AddAsync("42", "contended");
        _sender.Delay = TimeSpan.FromMilliseconds(200);

        await Task.WhenAll(
            Task.Run(() => Dispatcher().DispatchOnceAsync(CancellationToken.None)),
            Task.Run(() => Dispatcher().DispatchOnceAsync(CancellationToken.None)));

        Assert.Equal(["42:contended"], _sender.Sent);
    }

    [Fact]
    public async Task ASlowChatDoesNotHoldUpTheOthers()
    {

        for (var chat = 1; chat <= 8; chat++)
        {
            await AddAsync(chat.ToString(System.Globalization.CultureInfo.InvariantCulture), "hi");
        }

        _sender.Delay = TimeSpan.FromMilliseconds(300);
        await Dispatcher().DispatchOnceAsync(CancellationToken.None);

        Assert.Equal(8, _sender.Sent.Count);
        Assert.True(_sender.MostInFlight > 1, "sends to different chats went one after another");
    }

    [Fact]
    public async Task ARowWithdrawnWhileBeingSentDoesNotStopTheDispatcher()
    {

        var withdrawn = await AddAsync("-100123", "Anna won Contoso");
        await AddAsync("42", "reply");
        _sender.BeforeSend = async message =>
        {
            if (message.Id == withdrawn.Id)
            {
                // The rep pressed Undo: the engine deletes the still-pending team post.
                await using var db = Store.CreateDbContext();
                await db.Outbox.Where(o => o.Id == withdrawn.Id).ExecuteDeleteAsync();
            }
        };

        await Dispatcher().DispatchOnceAsync(CancellationToken.None);

        Assert.Contains("42:reply", _sender.Sent);
        await using var check = Store.CreateDbContext();
        Assert.Equal(OutboxStatus.Sent, (await check.Outbox.SingleAsync()).Status);
    }

    [Fact]
    public async Task AnUnreadableBodyFailsTheRowInsteadOfBlockingTheChat()
    {

        await using (var db = Store.CreateDbContext())
        {
            db.Outbox.Add(new OutboxMessage { Channel = ChannelKind.Telegram, ChatId = "42", Body = "{not json", CreatedAt = _clock.GetUtcNow(), NotBefore = _clock.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        await AddAsync("42", "after it");
        var dispatcher = Dispatcher();
        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        await dispatcher.DispatchOnceAsync(CancellationToken.None);

        Assert.Equal(["42:after it"], _sender.Sent);
    }

    /// <summary>Answers with queued outcomes (then Sent), recording what it was asked to send.</summary>
    private sealed class ScriptedSender : IChannelSender
    {
        private readonly ConcurrentQueue<string> _sent = new();
        private int _calls;
        private int _inFlight;
        private int _mostInFlight;

        private readonly ConcurrentDictionary<string, ConcurrentQueue<SendOutcome>> _script = new();

        /// <summary>The next send to <paramref name="chatId"/> gets <paramref name="outcome"/> (later ones: Sent).</summary>
        public void Script(string chatId, SendOutcome outcome) => _script.GetOrAdd(chatId, _ => new()).Enqueue(outcome);
        public TimeSpan Delay { get; set; }
        public IReadOnlyList<string> Sent => [.. _sent];
        public int Calls => _calls;

        public ChannelKind Channel => ChannelKind.Telegram;

        public int MostInFlight => _mostInFlight;
        public Func<OutboxMessage, Task>? BeforeSend { get; set; }

        public async Task<SendOutcome> SendAsync(OutboxMessage message, OutgoingMessage body, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            if (BeforeSend is not null)
            {
                await BeforeSend(message);
            }

            var inFlight = Interlocked.Increment(ref _inFlight);
            lock (_sent)
            {
                _mostInFlight = Math.Max(_mostInFlight, inFlight);
            }

            try
            {
                if (Delay > TimeSpan.Zero)
                {
                    await Task.Delay(Delay, cancellationToken);
                }
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }

            if (_script.TryGetValue(message.ChatId, out var queue) && queue.TryDequeue(out var outcome))
            {
                return outcome;
            }

            _sent.Enqueue($"{message.ChatId}:{body.Text}");
            return SendOutcome.Sent($"{message.ChatId}:{_sent.Count}");
        }
    }
}
