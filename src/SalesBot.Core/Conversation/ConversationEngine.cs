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
using SalesBot.Core.Features.Teams;
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
            var answer = JoinCodeIn(text) is { } code
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
            result = await RouteAsync(turn, text, preParsed, ct);
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

        var reply = result.ToMessage();
        if (turn.Journal is { } journal)
        {
            reply = reply with { Buttons = [.. reply.Buttons, new ReplyButton("Undo", $"u:{journal.Id}")] };
        }

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

    private async Task<TurnResult> RouteAsync(Turn turn, string text, ParsedCommand? preParsed, CancellationToken ct)
    {
        var msg = turn.Message;
        if (msg.Action is { Length: > 0 } action)
        {
            return await PressAsync(turn, action, ct);
        }

        string? amended = null;
        if (msg.IsEdit)
        {
            var (stop, summary) = await AmendAsync(turn, ct);
            if (stop is not null)
            {
                return stop;
            }

            amended = summary;
        }

        if (BareNumber(text) is { } number && await Questions.LatestOpenAsync(turn, ct) is { } open)
        {
            return await AnswerAsync(turn, open, number, ct);
        }

        if (EngineTexts.YesOrNo(text) is { } yes && await Questions.LatestOpenAsync(turn, ct) is { } asked && Questions.IsYesNo(asked))
        {
            return await AnswerAsync(turn, asked, yes ? 1 : 2, ct);
        }

        var context = preParsed is null ? new ParseContext(await _lexicons.GetAsync(turn.Db, turn.Team.Id, ct)) : null;
        ParsedCommand parsed;
        try
        {
            parsed = preParsed ?? _parser.Parse(text, turn.LocalNow, context!);
        }
        catch (Exception ex)
        {
            // A parser bug must not cost the member an answer; nothing is written on an unknown parse.
            _log.LogError(ex, "Parser failed");
            parsed = new ParsedCommand(Intent.Unknown, 0);
        }

        turn.Command = parsed;
        var result = await DispatchAllAsync(turn, parsed, text, ct);
        return amended is null ? result : result with { Text = $"✎ Amended (replaced {amended}). {result.Text}" };
    }

    /// <summary>
    /// Every command of a message, in order, in one turn: one journal entry (so one undo takes them all back), one
    /// reply listing each. A command that asks a question stops the rest; they resume with the answer. An unsure
    /// parse is proposed first and written only on Yes.
    /// </summary>
    private async Task<TurnResult> DispatchAllAsync(Turn turn, ParsedCommand parsed, string text, CancellationToken ct)
    {
        List<ParsedCommand> commands = [parsed with { More = null }, .. parsed.More ?? []];
        if (commands.Any(c => c.Confirm) && commands.Any(c => Writes(c.Intent)) && !turn.Pins.Confirmed)
        {
            var sure = commands.Select(c => c with { Confirm = false }).ToList();
            var proposal = sure[0] with { More = sure.Count > 1 ? sure[1..] : null };
            return await Questions.AskYesNoAsync(turn, proposal, Questions.ConfirmField, EngineTexts.Propose(sure, turn.Today),
                new Questions.Option(1, EngineTexts.Yes), EngineTexts.No, ct);
        }

        var results = new List<TurnResult>();
        var summaries = new List<string>();
        for (var i = 0; i < commands.Count; i++)
        {
            var before = turn.Journal?.Summary;
            turn.Command = commands[i] with { More = i + 1 < commands.Count ? commands[(i + 1)..] : null };
            var result = await DispatchAsync(turn, commands[i], text, ct);
            results.Add(result);
            if (turn.Journal is { } journal && (before is null || journal.Summary != before))
            {
                summaries.Add(journal.Summary);
            }

            if (Questions.Asks(result))
            {
                break;
            }
        }

        if (turn.Journal is { } written && summaries.Count > 1)
        {
            written.Summary = string.Join(" and ", summaries);
        }

        return results.Count == 1 ? results[0] : new TurnResult(string.Join('\n', results.Select(r => r.Text)))
        {
            Title = results.Select(r => r.Title).FirstOrDefault(t => t is not null),
            Details = results.SelectMany(r => r.Details).ToList(),
            Buttons = results.SelectMany(r => r.Buttons).ToList(),
        };
    }

    private static bool Writes(Intent intent) => intent.IsWrite() || intent is Intent.Correct or Intent.AddContact;

    private async Task<TurnResult> DispatchAsync(Turn turn, ParsedCommand p, string text, CancellationToken ct)
    {
        if (p.Intent.IsWrite() && p.Confidence < MinConfidence)
        {
            return new TurnResult(ReplyPacks.For(turn.Member.Language, p.Language, turn.Team.Language).LowConfidence(text));
        }

        switch (p.Intent)
        {
            case Intent.LogActivity:
                return await Features.Activities.LogActivity.HandleAsync(turn, Features.Activities.LogActivity.Command.From(p), ct);
            case Intent.CreateDeal:
                return await Features.Deals.CreateDeal.HandleAsync(turn, Features.Deals.CreateDeal.Command.From(p), ct);
            case Intent.MoveDeal when Features.Deals.MoveDealStage.From(p) is { } move:
                return await Features.Deals.MoveDealStage.HandleAsync(turn, move, ct);
            case Intent.MoveDeal:
                return new TurnResult("Which deal, and to which stage? For example: \"Contoso upgrade to proposal\". Nothing was written.");
            case Intent.UpdateDeal when Features.Deals.UpdateDeal.Command.From(p) is { } update:
                return await Features.Deals.UpdateDeal.HandleAsync(turn, update, ct);
            case Intent.UpdateDeal:
                return new TurnResult("Which deal? For example: \"Contoso upgrade amount 45k\". Nothing was written.");
            case Intent.AddTask when Features.Tasks.AddTask.Command.From(p) is { } task:
                return await Features.Tasks.AddTask.HandleAsync(turn, task, ct);
            case Intent.AddTask:
                return new TurnResult("What should I remind you of? For example: \"remind me to call Kevin on Friday\". Nothing was written.");
            case Intent.CompleteTask when Features.Tasks.CompleteTask.Command.From(p) is { } done:
                return await Features.Tasks.CompleteTask.HandleAsync(turn, done, ct);
            case Intent.CompleteTask:
                return await Features.Queries.ShowTasks.HandleAsync(turn, new Features.Queries.ShowTasks.Command(), ct);
            case Intent.SetPlan:
                return await Features.Plans.SetDailyPlan.HandleAsync(turn, Features.Plans.SetDailyPlan.Command.From(p), ct);
            case Intent.ShowPipeline:
                return await Features.Queries.ShowPipeline.HandleAsync(turn, Features.Queries.ShowPipeline.Command.From(p), ct);
            case Intent.ShowAccount when Features.Queries.ShowAccount.Command.From(p) is { } show:
                return await Features.Queries.ShowAccount.HandleAsync(turn, show, ct);
            case Intent.ShowAccount:
                return new TurnResult("Which account? For example: \"show Contoso\".");
            case Intent.ShowTasks:
                return await Features.Queries.ShowTasks.HandleAsync(turn, new Features.Queries.ShowTasks.Command(), ct);
            case Intent.Standup:
                return await WithReportsAsync("Stand-up reports are not set up on this server yet.",
                    r => r.StandupAsync(turn.Team.Id, p.Date ?? turn.Today, turn.Member.Id, ct));
            case Intent.KpiDigest:
                return await WithReportsAsync("KPI digests are not set up on this server yet.",
                    r => r.DigestAsync(turn.Team.Id, p.Week ?? IsoWeek(turn.Today), p.Scope, turn.Member.Id, ct));
            case Intent.Correct:
                return await Features.Undo.CorrectLastWrite.HandleAsync(turn, Features.Undo.CorrectLastWrite.Command.From(p), ct);
            case Intent.AddContact when Features.Accounts.AddContact.Command.From(p) is { } contact:
                return await Features.Accounts.AddContact.HandleAsync(turn, contact, ct);
            case Intent.AddContact:
                return new TurnResult("Who is the contact? For example: \"add contact: Sarah Lee, CFO at Fabrikam\". Nothing was written.");
            case Intent.ShowContacts when Features.Accounts.ShowContacts.Command.From(p) is { } contacts:
                return await Features.Accounts.ShowContacts.HandleAsync(turn, contacts, ct);
            case Intent.LastContact when Features.Activities.ShowLastContact.Command.From(p) is { } last:
                return await Features.Activities.ShowLastContact.HandleAsync(turn, last, ct);
            case Intent.ShowContacts or Intent.LastContact:
                return new TurnResult("Which account? For example: \"who's our contact at Woodgrove\".");
            case Intent.DealsClosing:
                return await Features.Deals.ShowDealsClosing.HandleAsync(turn, Features.Deals.ShowDealsClosing.Command.From(p, turn.Today), ct);
            case Intent.ShowDeals:
                return await Features.Deals.ShowClosedDeals.HandleAsync(turn, Features.Deals.ShowClosedDeals.Command.From(p, turn.Today), ct);
            case Intent.Undo:
                return await Features.Undo.UndoLastWrite.HandleAsync(turn, new Features.Undo.UndoLastWrite.Command(null), ct);
            case Intent.Help:
                return new TurnResult(ReplyPacks.For(turn.Member.Language, p.Language, turn.Team.Language).Help());
            case Intent.Connect:
                return await ConnectChannel.HandleAsync(turn, new ConnectChannel.Command(p.Argument), ct);
            case Intent.Disconnect:
                return await DisconnectChannel.HandleAsync(turn, ct);
            case Intent.Join:
                return new TurnResult((await JoinTeam.HandleAsync(turn.Db, turn.Message, turn.Member, new JoinTeam.Command(p.Argument ?? ""), turn.ServerNow, ct)).Text);
            case Intent.Invite:
                // The parser says the role in Role ("invite Bob as a manager"); it never set Notes, so every invite made a rep.
                var role = Enum.TryParse<MemberRole>(p.Role, ignoreCase: true, out var said) ? said : MemberRole.Rep;
                return await InviteMember.HandleAsync(turn, new InviteMember.Command(p.Argument ?? p.Contact ?? "", role), ct);
            case Intent.SetTarget:
                return await SetTarget.HandleAsync(turn, new SetTarget.Command(p.Argument, p.Number, p.Period), ct);
            case Intent.AddHoliday:
                return await AddHoliday.HandleAsync(turn, new AddHoliday.Command(p.Date, p.Notes ?? p.Title ?? p.Argument), ct);
            case Intent.SetAway:
                return await SetAway.HandleAsync(turn, new SetAway.Command(true, p.Date), ct);
            case Intent.SetBack:
                return await SetAway.HandleAsync(turn, new SetAway.Command(false, null), ct);
            case Intent.Choose when p.Number is { } n && await Questions.LatestOpenAsync(turn, ct) is { } open:
                return await AnswerAsync(turn, open, n, ct);
            case Intent.Choose:
                return new TurnResult("I have no open question for you right now. Type \"help\" to see what I can do.");
            default:
                var words = ReplyPacks.For(turn.Member.Language, p.Language, turn.Team.Language);
                var chat = words.ChitChat(text);
                return new TurnResult(chat.Length > 0 ? chat : words.NotUnderstood(text));
        }
    }

    /// <summary>Reports live in another area and may be scoped services: one scope per request.</summary>
    private async Task<TurnResult> WithReportsAsync(string missing, Func<IReportService, Task<OutgoingMessage>> build)
    {
        if (_reports is not null)
        {
            return FromOutgoing(await build(_reports));
        }

        if (_scopes is null)
        {
            return new TurnResult(missing);
        }

        await using var scope = _scopes.CreateAsyncScope();
        return scope.ServiceProvider.GetService<IReportService>() is { } reports ? FromOutgoing(await build(reports)) : new TurnResult(missing);
    }

    /// <summary>A button: "u:ID" undoes journal entry ID, "q:ID:N" picks option N of open question ID, "r:ID:done|tomorrow" answers a reminder.</summary>
    private async Task<TurnResult> PressAsync(Turn turn, string action, CancellationToken ct)
    {
        var parts = action.Split(':');
        if (parts is ["u", var u] && int.TryParse(u, NumberStyles.None, CultureInfo.InvariantCulture, out var journalId))
        {
            if (await SomeoneElsesAsync(turn, turn.Db.Journal.Where(j => j.Id == journalId && j.TeamId == turn.Team.Id).Select(j => j.MemberId), ct) is { } owner)
            {
                return new TurnResult($"That Undo button is {owner}'s, so I left it alone; nothing changed. Your own entries have their own Undo.");
            }

            turn.Command = new ParsedCommand(Intent.Undo, 1);
            return await Features.Undo.UndoLastWrite.HandleAsync(turn, new Features.Undo.UndoLastWrite.Command(journalId), ct);
        }

        if (parts is ["q", var q, var n] && int.TryParse(q, NumberStyles.None, CultureInfo.InvariantCulture, out var questionId)
            && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var option))
        {
            if (await SomeoneElsesAsync(turn, turn.Db.OpenQuestions.Where(x => x.Id == questionId && x.TeamId == turn.Team.Id).Select(x => x.MemberId), ct) is { } owner)
            {
                return new TurnResult($"That question was for {owner}, so I left it open for them; nothing changed.");
            }

            var open = await turn.Db.OpenQuestions.FirstOrDefaultAsync(x => x.Id == questionId && x.MemberId == turn.Member.Id, ct);
            if (open is null || open.AnsweredAt is not null || open.ExpiresAt <= turn.ServerNow)
            {
                return new TurnResult("That question is closed. Send the message again if you still need it.");
            }

            return await AnswerAsync(turn, open, option, ct);
        }

        if (parts is ["r", var r, var what] && int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var taskId))
        {
            return await Features.Tasks.ReminderButtons.PressAsync(turn, taskId, what, ct);
        }

        return new TurnResult("That button has expired. Type \"help\" to see what I can do.");
    }

    /// <summary>In a group anyone can press a button: the owner's name when it is someone else's (their press stays theirs to make).</summary>
    private static async Task<string?> SomeoneElsesAsync(Turn turn, IQueryable<int> owners, CancellationToken ct)
    {
        var owner = await owners.Select(id => (int?)id).FirstOrDefaultAsync(ct);
        return owner is { } id && id != turn.Member.Id
            ? await turn.Db.Members.Where(m => m.Id == id).Select(m => m.Name).FirstOrDefaultAsync(ct)
            : null;
    }

    private async Task<TurnResult> AnswerAsync(Turn turn, OpenQuestion open, int number, CancellationToken ct)
    {
        var options = Questions.OptionsOf(open);
        if (number < 1 || number > options.Count)
        {
            return new TurnResult($"Please answer with a number from 1 to {options.Count}.");
        }

        open.AnsweredAt = turn.ServerNow;
        var option = options[number - 1];
        if (option.Id == Questions.Cancel)
        {
            return new TurnResult(EngineTexts.NothingWritten());
        }

        var pins = open.Field switch
        {
            // A Yes to a proposal confirms what was proposed (a new name in it too); a closed deal still asks, by its id.
            Questions.ConfirmField => new Pins(Confirmed: true),
            Questions.ReopenField => new Pins(DealId: option.Id, Confirmed: true),
            Questions.AccountField when option.Id == Questions.NewRecord => new Pins(NewAccount: true),
            Questions.AccountField => new Pins(AccountId: option.Id),
            Questions.DealField => new Pins(DealId: option.Id),
            Questions.TaskField => new Pins(TaskId: option.Id),
            _ => Pins.None,
        };
        var command = Questions.CommandOf(open);
        var resumed = new Turn
        {
            Db = turn.Db,
            Rows = turn.Rows,
            Team = turn.Team,
            Member = turn.Member,
            Message = turn.Message,
            Now = turn.Now,
            ServerNow = turn.ServerNow,
            Zone = turn.Zone,
            SourceMessageId = open.SourceMessageId ?? turn.SourceMessageId,
            SourceText = turn.SourceText,
            Pins = pins,
            Command = command,
        };
        var result = open.Field == Questions.UndoField
            ? await Features.Undo.UndoLastWrite.HandleAsync(resumed, new Features.Undo.UndoLastWrite.Command(option.Id), ct)
            : await DispatchAllAsync(resumed, command, turn.SourceText, ct);
        turn.Adopt(resumed);
        return result;
    }

    /// <summary>
    /// An edited message amends what the original wrote: its journal entries are reverted (the new text is then
    /// handled as usual). Past the edit window the member is told to undo instead.
    /// </summary>
    private static async Task<(TurnResult? Stop, string? Summary)> AmendAsync(Turn turn, CancellationToken ct)
    {
        var entries = await turn.Db.Journal
            .Where(j => j.MemberId == turn.Member.Id && j.SourceMessageId == turn.Message.MessageId && j.UndoneAt == null)
            .ToListAsync(ct);
        var questions = await turn.Db.OpenQuestions
            .Where(q => q.MemberId == turn.Member.Id && q.SourceMessageId == turn.Message.MessageId && q.AnsweredAt == null)
            .ToListAsync(ct);
        questions.ForEach(q => q.AnsweredAt = turn.ServerNow);
        if (entries.Count == 0)
        {
            return (null, null);
        }

        if (entries.Any(e => turn.ServerNow - e.CreatedAt > EditWindow))
        {
            return (new TurnResult("That message is too old to amend by editing, so I left it as it was. Type \"undo\" (or press Undo) and send it again."), null);
        }

        foreach (var entry in entries)
        {
            if ((await Features.Undo.UndoLastWrite.RevertAsync(turn.Db, entry, turn.ServerNow, ct)).ChangedSince is { Count: > 0 } since)
            {
                return (new TurnResult(Features.Undo.UndoLastWrite.ChangedSinceText(since)), null);
            }

            var prefix = TeamPostWriter.DedupPrefix(entry.Id);
            await turn.Db.Outbox.Where(o => o.Kind == OutboxKind.TeamPost && o.Status == OutboxStatus.Pending && o.DedupKey != null && o.DedupKey.StartsWith(prefix))
                .ExecuteDeleteAsync(ct);
        }

        return (null, string.Join(", ", entries.Select(e => e.Summary)));
    }

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
            Body = JsonSerializer.Serialize(result.ToMessage()),
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

    private static TurnResult FromOutgoing(OutgoingMessage m) => new(m.Text) { Title = m.Title, Details = m.Details, Buttons = m.Buttons };

    private static string IsoWeek(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}";
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

    private static int? BareNumber(string text)
    {
        var t = text.Trim().TrimEnd('.', ')');
        return t.Length is > 0 and <= 2 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    [GeneratedRegex(@"^\s*/?join(?:@\w+)?\s+([A-Za-z0-9]{4,12})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JoinPattern();
}
