using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversation;

/// <summary>
/// The conversation engine: sender → parse → resolve → write → reply and team posts, all in one transaction.
/// Every message goes through the <see cref="SingleWriter"/> (decision 0010); <see cref="CommandRouter"/> decides
/// what the message asks for and which feature answers it.
/// </summary>
public sealed class ConversationEngine : IConversationEngine, IAsyncDisposable
{
    public const double MinConfidence = 0.6;
    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(15);

    private readonly IMessageParser _parser;
    private readonly TimeProvider _clock;
    private readonly TeamLexicons _lexicons;
    private readonly CommandRouter _router;
    private readonly SingleWriter _writer;

    /// <summary>Time zone and team of each sender seen so far: lets callers parse before queueing (the writer re-checks them).</summary>
    private readonly ConcurrentDictionary<(ChannelKind, string), (string Zone, int TeamId)> _senders = new();

    /// <param name="reports">Answers "standup" and KPI questions; without one the engine says reports are not set up.</param>
    public ConversationEngine(IDbContextFactory<SalesBotDb> dbs, IMessageParser parser, TimeProvider clock,
        IReportService? reports = null, ILogger<ConversationEngine>? log = null)
    {
        var logger = log ?? (ILogger)NullLogger.Instance;
        _parser = parser;
        _clock = clock;
        _lexicons = new TeamLexicons(clock);
        _router = new CommandRouter(parser, _lexicons, reports, logger);
        _writer = new SingleWriter(dbs, _lexicons, clock, logger, HandleOneAsync);
    }

    /// <summary>
    /// Handles one message; returns once its changes, its reply and its team posts are committed. Throws only
    /// when the store itself fails (the channel should then retry); anything a user types gets an answer.
    /// </summary>
    public Task HandleAsync(IncomingMessage message, CancellationToken cancellationToken) =>
        _writer.WriteAsync(new Work(message, PreParse(message)), cancellationToken);

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    /// <summary>Parsed on the sender's thread when the sender's team and its lexicon are already known, to spare the writer.</summary>
    private PreParsed? PreParse(IncomingMessage message)
    {
        if (message.Action is not null || message.IsEdit || message.Text is not { Length: > 0 and <= Texts.MaxMessageLength } text
            || !_senders.TryGetValue((message.Channel, message.SenderId), out var sender) || _lexicons.Cached(sender.TeamId) is not { } lexicon)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(MessageTime(message, _clock.GetUtcNow()), Zones.Of(sender.Zone)).DateTime;
        return new PreParsed(sender.Zone, lexicon, _router.Parse(text, local, new ParseContext(lexicon)));
    }

    /// <summary>
    /// When a message happened, for the CRM (the day a call is logged on): the messenger's timestamp, but never
    /// later than the server's clock, which a client cannot set. Expiries and windows use the server's clock alone.
    /// </summary>
    private static DateTimeOffset MessageTime(IncomingMessage msg, DateTimeOffset serverNow) =>
        msg.SentAt == default || msg.SentAt > serverNow ? serverNow : msg.SentAt.ToUniversalTime();

    private async Task HandleOneAsync(Batch batch, Work work)
    {
        var (db, rows, msg, ct) = (batch.Db, batch.Rows, work.Message, CancellationToken.None);
        var clockNow = _clock.GetUtcNow();
        if (await batch.Prefetch.IsDuplicateAsync(db, msg.Channel, InboxKeys.Of(msg), ct))
        {
            return;
        }

        await rows.InsertAsync(new InboxMessage { Channel = msg.Channel, ExternalId = InboxKeys.Of(msg), ReceivedAt = clockNow, ProcessedAt = clockNow }, ct);
        var text = msg.Text ?? "";
        var found = batch.Prefetch.MemberFor(db, msg) is { } known ? new Identity.Found(known, null) : await Identity.FindAsync(db, msg, ct);
        if (found.Member is not { } member)
        {
            // Strangers are parsed like everyone (a join code in any pack's words), with no team's names to read.
            var parsed = text.Length <= Texts.MaxMessageLength ? _router.Parse(text, clockNow.UtcDateTime, ParseContext.None) : new ParsedCommand(Intent.Unknown, 0);
            if (await Strangers.AnswerAsync(db, msg, found.Problem, parsed, clockNow, ct) is { } answer)
            {
                await rows.InsertAsync(ReplyRows.To(msg, new OutgoingMessage(answer), null, null, clockNow), ct);
            }

            return;
        }

        Identity.Refresh(member, msg);
        var team = member.Team!;
        _senders[(msg.Channel, msg.SenderId)] = (team.TimeZone, team.Id);
        batch.TeamId = team.Id;
        var turn = new Turn
        {
            Db = db, Rows = rows, Team = team, Member = member, Message = msg, Now = MessageTime(msg, clockNow), ServerNow = clockNow,
            Zone = Zones.Of(team.TimeZone), SourceMessageId = msg.MessageId, SourceText = text,
        };

        var preParsed = work.PreParsed is { } pre && pre.TimeZone == team.TimeZone && ReferenceEquals(pre.Lexicon, _lexicons.Cached(team.Id)) ? pre.Command : null;
        var result = text.Length > Texts.MaxMessageLength
            ? new TurnResult(new Outcomes.MessageTooLong(text.Length, Texts.MaxMessageLength))
            : await _router.RouteAsync(turn, text, preParsed, ct);
        if (turn.Command.Intent == Intent.Undo || msg.IsEdit)
        {
            // A revert deletes created rows with set-based statements the save hook does not see.
            _lexicons.Invalidate(team.Id);
        }

        if (ReplyRows.GoesPrivately(turn, result))
        {
            result = await ReplyRows.SendPrivatelyAsync(turn, result, ct);
        }

        if (turn.Journal is { } journal)
        {
            result = result with { Buttons = [.. result.Buttons, new Button(ButtonWord.Undo, new UndoPress(journal.Id).Data)] };
            JournalChanges.Seal(journal, db.Deals.Local);
        }

        var reply = result.ToMessage(ReplyRows.WordsFor(turn));

        await db.SaveChangesAsync(ct);
        if (turn.Journal is { } written)
        {
            await rows.UpdateAsync(written, ct, nameof(JournalEntry.Summary), nameof(JournalEntry.Facts), nameof(JournalEntry.Changes));
        }

        await TeamPostWriter.WriteAsync(turn, ct);
        await rows.InsertAsync(ReplyRows.To(msg, reply, team.Id, member.Id, clockNow), ct);
    }
}
