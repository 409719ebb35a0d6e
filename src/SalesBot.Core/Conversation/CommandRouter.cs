using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Crm;
using SalesBot.Core.Features.Administration;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversation;

/// <summary>
/// What a message asks for, and who handles it: a button press, an answer to an open question, an edit, or the
/// parsed commands of the text (with the team's lexicon), each dispatched to its feature. Runs inside the single
/// writer's turn; it owns no state but the team lexicons it is given.
/// </summary>
internal sealed class CommandRouter(IMessageParser parser, TeamLexicons lexicons, IReportService? reports, IServiceScopeFactory? scopes, ILogger log)
{
    private readonly IMessageParser _parser = parser;
    private readonly TeamLexicons _lexicons = lexicons;
    private readonly IReportService? _reports = reports;
    private readonly IServiceScopeFactory? _scopes = scopes;
    private readonly ILogger _log = log;

    public async Task<TurnResult> RouteAsync(Turn turn, string text, ParsedCommand? preParsed, CancellationToken ct)
    {
        var msg = turn.Message;
        if (msg.Action is { Length: > 0 } action)
        {
            return await PressAsync(turn, action, ct);
        }

        string? amended = null;
        if (msg.IsEdit)
        {
            var (stop, summary) = await Features.Undo.AmendEditedMessage.HandleAsync(turn, ct);
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
        return amended is null ? result : result with { Outcome = new Features.Undo.Amended(amended, result.Outcome) };
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

        return results.Count == 1 ? results[0] : new TurnResult(new Together(results.Select(r => r.Outcome).ToList()))
        {
            Title = results.Select(r => r.Title).FirstOrDefault(t => t is not null),
            Details = results.SelectMany(r => r.Details).ToList(),
            Buttons = results.SelectMany(r => r.Buttons).ToList(),
        };
    }

    private static bool Writes(Intent intent) => intent.IsWrite() || intent is Intent.Correct or Intent.AddContact;

    private async Task<TurnResult> DispatchAsync(Turn turn, ParsedCommand p, string text, CancellationToken ct)
    {
        if (p.Intent.IsWrite() && p.Confidence < ConversationEngine.MinConfidence)
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
            case Intent.SetTeamSetting:
                return await SetTeamSetting.HandleAsync(turn, SetTeamSetting.Command.From(p), ct);
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

    private static TurnResult FromOutgoing(OutgoingMessage m) => new(m.Text)
    {
        Title = m.Title is null ? null : new Said(m.Title),
        Details = m.Details.Select(d => (Outcome)new Said(d)).ToList(),
        Buttons = m.Buttons.Select(b => new Button(new Said(b.Label), b.Data)).ToList(),
    };

    private static string IsoWeek(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}";
    }

    private static int? BareNumber(string text)
    {
        var t = text.Trim().TrimEnd('.', ')');
        return t.Length is > 0 and <= 2 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
