using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Features.Administration;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversation;

/// <summary>
/// The conversation engine: sender → parse → resolve → write → reply and team posts, all in one transaction.
/// <para>
/// All messages go through one writer: <see cref="HandleAsync"/> queues the message and waits; a single loop
/// takes what is queued (up to <see cref="MaxBatch"/>), handles each message inside its own savepoint and commits
/// the batch once. SQLite allows one writer anyway; contending writers collapse under load (DESIGN.md, "Storage
/// and scale"), while one writer committing small batches pays one disk sync for many messages.
/// </para>
/// </summary>
public sealed partial class ConversationEngine : IConversationEngine, IAsyncDisposable
{
    public const int MaxBatch = 64;
    public const double MinConfidence = 0.6;
    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(15);

    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);

    private readonly IDbContextFactory<SalesBotDb> _dbs;
    private readonly IMessageParser _parser;
    private readonly TimeProvider _clock;
    private readonly IReportService? _reports;
    private readonly IServiceScopeFactory? _scopes;
    private readonly ILogger _log;
    private readonly TeamLexicons _lexicons;
    private readonly CommandRouter _router;
    private readonly Channel<Work> _queue = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    /// <param name="reports">A fixed report service (tests); otherwise one is resolved per request from <paramref name="scopes"/>, if registered.</param>
    public ConversationEngine(IDbContextFactory<SalesBotDb> dbs, IMessageParser parser, TimeProvider clock,
        IReportService? reports = null, ILogger<ConversationEngine>? log = null, IServiceScopeFactory? scopes = null)
    {
        _dbs = dbs;
        _parser = parser;
        _clock = clock;
        _reports = reports;
        _scopes = scopes;
        _log = log ?? (ILogger)NullLogger.Instance;
        _lexicons = new TeamLexicons(clock);
        _router = new CommandRouter(parser, _lexicons, reports, scopes, _log);
        _writer = Task.Run(WriteLoopAsync);
    }

    private sealed record Work(IncomingMessage Message, TaskCompletionSource Done)
    {
        /// <summary>Parsed on the sender's thread when the sender's team and its lexicon are already known, to spare the writer.</summary>
        public PreParsed? PreParsed { get; init; }
    }

    /// <summary>What the sender's thread parsed with; the writer uses the result only if both are still current.</summary>
    private sealed record PreParsed(string TimeZone, Lexicon Lexicon, ParsedCommand Command);

    /// <summary>Time zone and team of each sender seen so far: lets callers parse before queueing (the writer re-checks them).</summary>
    private readonly ConcurrentDictionary<(ChannelKind, string), (string Zone, int TeamId)> _senders = new();

    /// <summary>The team of the message being handled: a save that changes its names drops its lexicon.</summary>
    private int? _turnTeamId;

    /// <summary>
    /// Handles one message; returns once its changes, its reply and its team posts are committed. Throws only
    /// when the store itself fails (the channel should then retry); anything a user types gets an answer.
    /// </summary>
    public Task HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var work = new Work(message, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)) { PreParsed = PreParse(message) };
        if (!_queue.Writer.TryWrite(work))
        {
            throw new ObjectDisposedException(nameof(ConversationEngine));
        }

        return work.Done.Task.WaitAsync(cancellationToken);
    }

    private PreParsed? PreParse(IncomingMessage message)
    {
        if (message.Action is not null || message.IsEdit || message.Text is not { Length: > 0 and <= Texts.MaxMessageLength } text
            || !_senders.TryGetValue((message.Channel, message.SenderId), out var sender) || _lexicons.Cached(sender.TeamId) is not { } lexicon)
        {
            return null;
        }

        try
        {
            var now = MessageTime(message, _clock.GetUtcNow());
            return new PreParsed(sender.Zone, lexicon, _parser.Parse(text, TimeZoneInfo.ConvertTime(now, ZoneOf(sender.Zone)).DateTime, new ParseContext(lexicon)));
        }
        catch (Exception)
        {
            // The writer parses again and deals with the failure there.
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Work>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var work))
            {
                batch.Add(work);
            }

            try
            {
                await ProcessBatchAsync(batch);
                batch.ForEach(w => w.Done.TrySetResult());
            }
            catch (Exception ex) when (batch.Count > 1)
            {
                // One bad commit must not fail its neighbours: retry them one by one.
                _log.LogWarning(ex, "Batch of {Count} failed; retrying one by one", batch.Count);
                foreach (var work in batch)
                {
                    await ProcessAloneAsync(work);
                }
            }
            catch (Exception ex)
            {
                _log.LogError(ex, "Message could not be stored");
                batch.ForEach(w => w.Done.TrySetException(ex));
            }
        }
    }

    /// <summary>
    /// When a message happened, for the CRM (the day a call is logged on): the messenger's timestamp, but never
    /// later than the server's clock, which a client cannot set. Expiries and windows use the server's clock alone.
    /// </summary>
    private static DateTimeOffset MessageTime(IncomingMessage msg, DateTimeOffset serverNow) =>
        msg.SentAt == default || msg.SentAt > serverNow ? serverNow : msg.SentAt.ToUniversalTime();

    private async Task ProcessAloneAsync(Work work)
    {
        try
        {
            await ProcessBatchAsync([work]);
            work.Done.TrySetResult();
        }
        catch (Exception ex)
        {
            _log.LogError(ex, "Message could not be stored");
            work.Done.TrySetException(ex);
        }
    }

    private async Task ProcessBatchAsync(IReadOnlyList<Work> batch)
    {
        await using var db = await _dbs.CreateDbContextAsync();
        // Each message has its own savepoint below; EF's extra savepoint around every SaveChanges would only cost round trips.
        db.Database.AutoSavepointsEnabled = false;
        db.SavingChanges += (_, _) =>
        {
            if (_turnTeamId is { } teamId && TeamLexicons.ChangesNames(db.ChangeTracker))
            {
                _lexicons.Invalidate(teamId);
            }
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        using var rows = new PreparedRows(db);
        var prefetch = await Prefetch.LoadAsync(db, batch.Select(w => w.Message).ToList());
        foreach (var work in batch)
        {
            await transaction.CreateSavepointAsync("message");
            try
            {
                await HandleOneAsync(db, rows, work, prefetch, CancellationToken.None);
            }
            catch (Exception ex)
            {
                if (_turnTeamId is { } teamId)
                {
                    _lexicons.Invalidate(teamId);
                }

                _log.LogError(ex, "Failed on message {MessageId} from {Channel}", work.Message.MessageId, work.Message.Channel);
                await transaction.RollbackToSavepointAsync("message");
                db.ChangeTracker.Clear();
                prefetch.Invalidate();
                await ApologizeAsync(db, work.Message);
            }

            _turnTeamId = null;
            prefetch.Seen(work.Message.Channel, InboxKey(work.Message));
            db.ChangeTracker.Clear();
        }

        try
        {
            await transaction.CommitAsync();
        }
        catch
        {
            // Lexicons built inside this batch may hold names that were never committed.
            _lexicons.Clear();
            throw;
        }
    }

    private async Task ApologizeAsync(SalesBotDb db, IncomingMessage msg)
    {
        var now = _clock.GetUtcNow();
        var key = InboxKey(msg);
        if (!await db.Inbox.AnyAsync(i => i.Channel == msg.Channel && i.ExternalId == key))
        {
            db.Inbox.Add(new InboxMessage { Channel = msg.Channel, ExternalId = key, ReceivedAt = now, ProcessedAt = now });
        }

        db.Outbox.Add(Reply(msg, key, new OutgoingMessage(Texts.Apology()), null, null, now));
        await db.SaveChangesAsync();
    }

    private async Task HandleOneAsync(SalesBotDb db, PreparedRows rows, Work work, Prefetch prefetch, CancellationToken ct)
    {
        var msg = work.Message;
        var clockNow = _clock.GetUtcNow();
        var now = MessageTime(msg, clockNow);
        var key = InboxKey(msg);
        if (await prefetch.IsDuplicateAsync(db, msg.Channel, key, ct))
        {
            return;
        }

        await rows.InsertAsync(new InboxMessage { Channel = msg.Channel, ExternalId = key, ReceivedAt = clockNow, ProcessedAt = clockNow }, ct);

        var text = msg.Text ?? "";
        var found = prefetch.MemberFor(db, msg) is { } known ? new Identity.Found(known, null) : await Identity.FindAsync(db, msg, ct);
        var member = found.Member;
        if (member is null)
        {
            var code = JoinCodeIn(text);
            if (code is null && found.Problem is null && !await JoinTeam.MayTellStrangerAsync(db, msg, clockNow, ct))
            {
                // Recorded (the inbox row above) but not answered: a stranger hears how to join once an hour.
                await db.SaveChangesAsync(ct);
                return;
            }

            var answer = code is not null
                ? (await JoinTeam.HandleAsync(db, msg, null, new JoinTeam.Command(code), clockNow, ct)).Text
                : found.Problem ?? Texts.Stranger(msg.Channel.ToString());
            await db.SaveChangesAsync(ct);
            await rows.InsertAsync(Reply(msg, key, new OutgoingMessage(answer), null, null, clockNow), ct);
            return;
        }

        Identity.Refresh(member, msg);
        var team = member.Team!;
        _senders[(msg.Channel, msg.SenderId)] = (team.TimeZone, team.Id);
        _turnTeamId = team.Id;
        var turn = new Turn
        {
            Db = db,
            Rows = rows,
            Team = team,
            Member = member,
            Message = msg,
            Now = now,
            ServerNow = clockNow,
            Zone = ZoneOf(team.TimeZone),
            SourceMessageId = msg.MessageId,
            SourceText = text,
        };

        TurnResult result;
        if (text.Length > Texts.MaxMessageLength)
        {
            result = new TurnResult(ReplyPacks.For(member.Language, team.Language).TooLong(text.Length, Texts.MaxMessageLength));
        }
        else
        {
            var preParsed = work.PreParsed is { } pre && pre.TimeZone == team.TimeZone && ReferenceEquals(pre.Lexicon, _lexicons.Cached(team.Id)) ? pre.Command : null;
            result = await _router.RouteAsync(turn, text, preParsed, ct);
        }

        if (turn.Command.Intent == Intent.Undo || msg.IsEdit)
        {
            // A revert deletes created rows with set-based statements the save hook does not see.
            _lexicons.Invalidate(team.Id);
        }

        if (msg.ChatKind != ChatKind.Private && !turn.ShowsFiguresHere && (result.Privately || ShowsFigures(turn.Command.Intent)))
        {
            result = await SendPrivatelyAsync(turn, key, result, ct);
        }

        if (turn.Journal is { } journal)
        {
            result = result with { Buttons = [.. result.Buttons, new Button(ButtonWord.Undo, $"u:{journal.Id}")] };
        }

        var reply = result.ToMessage(WordsFor(turn));

        if (turn.Journal is { } sealing)
        {
            JournalChanges.Seal(sealing, db.Deals.Local);
        }

        await db.SaveChangesAsync(ct);
        if (turn.Journal is { } written)
        {
            await rows.UpdateAsync(written, ct, nameof(JournalEntry.Summary), nameof(JournalEntry.Changes));
        }

        await TeamPostWriter.WriteAsync(turn, turn.Journal is { } j ? TeamPostWriter.DedupPrefix(j.Id) : $"post:{msg.Channel}:{key}:", ct);
        await rows.InsertAsync(Reply(msg, key, reply, team.Id, member.Id, clockNow), ct);
    }

    /// <summary>A reply speaks the member's chosen language, else the message's, else the team's.</summary>
    private static LanguageReplies WordsFor(Turn turn) => ReplyPacks.For(turn.Member.Language, turn.Command.Language, turn.Team.Language);

    /// <summary>Queries made of figures: asked in a group or channel that may not see them, they go to the asker's private chat.</summary>
    private static bool ShowsFigures(Intent intent) =>
        intent is Intent.ShowPipeline or Intent.KpiDigest or Intent.ShowDeals or Intent.DealsClosing or Intent.CompareReps;

    /// <summary>The answer goes to the asker's private chat; the group hears only that it did (or where to ask).</summary>
    private static async Task<TurnResult> SendPrivatelyAsync(Turn turn, string key, TurnResult result, CancellationToken ct)
    {
        var m = turn.Member;
        var msg = turn.Message;
        (string ChatId, string? ServiceUrl)? to = msg.Channel switch
        {
            _ when !m.PrivateChatActive => null,
            ChannelKind.Telegram when m.TelegramUserId is { } id => (id.ToString(CultureInfo.InvariantCulture), null),
            ChannelKind.Teams when m.TeamsConversationId is { } conversation => (conversation, m.TeamsServiceUrl),
            _ => null,
        };
        if (to is not { } chat)
        {
            return new TurnResult(EngineTexts.AskPrivately());
        }

        await turn.Rows.InsertAsync(new OutboxMessage
        {
            Channel = msg.Channel,
            ChatId = chat.ChatId,
            ServiceUrl = chat.ServiceUrl,
            Kind = OutboxKind.Reply,
            Body = JsonSerializer.Serialize(result.ToMessage(WordsFor(turn))),
            TeamId = turn.Team.Id,
            MemberId = m.Id,
            DedupKey = $"reply:{msg.Channel}:{key}:private",
            CreatedAt = turn.ServerNow,
            NotBefore = turn.ServerNow,
        }, ct);
        return new TurnResult(EngineTexts.SentPrivately());
    }

    private static OutboxMessage Reply(IncomingMessage msg, string key, OutgoingMessage body, int? teamId, int? memberId, DateTimeOffset now) =>
        new()
        {
            Channel = msg.Channel,
            ChatId = msg.ChatId,
            ThreadId = msg.ThreadId,
            ServiceUrl = msg.ServiceUrl,
            ReplyToMessageId = msg.MessageId,
            Kind = OutboxKind.Reply,
            Body = JsonSerializer.Serialize(body),
            TeamId = teamId,
            MemberId = memberId,
            DedupKey = $"reply:{msg.Channel}:{key}",
            CreatedAt = now,
            NotBefore = now,
        };

    /// <summary>
    /// The inbox key that makes a redelivery a no-op: the message id; for an edit also the new text (each
    /// distinct edit is handled once); for a button also the button's data and who pressed it (in a group,
    /// someone else's press must not use up the owner's).
    /// </summary>
    public static string InboxKey(IncomingMessage msg)
    {
        if (msg.Action is { Length: > 0 } action)
        {
            return $"btn:{msg.ChatId}:{msg.MessageId}:{msg.SenderId}:{action}";
        }

        if (msg.IsEdit)
        {
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(msg.Text ?? "")))[..16];
            return $"edit:{msg.ChatId}:{msg.MessageId}:{hash}";
        }

        return $"msg:{msg.ChatId}:{msg.MessageId}";
    }

    public static TimeZoneInfo ZoneOf(string id) => Zones.GetOrAdd(id, static z =>
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(z);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    });

    private static string? JoinCodeIn(string text)
    {
        var m = JoinPattern().Match(text);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^\s*/?join(?:@\w+)?\s+([A-Za-z0-9]{4,12})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JoinPattern();
}
