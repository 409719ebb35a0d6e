using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Features.Accounts;
using SalesBot.Core.Features.Activities;
using SalesBot.Core.Features.Deals;
using SalesBot.Core.Features.Plans;
using SalesBot.Core.Features.Answers;
using SalesBot.Core.Features.Tasks;
using SalesBot.Core.Features.Administration;
using SalesBot.Core.Features.Undo;
using SalesBot.Core.Messaging;
using SalesBot.Core.Conversation.Outcomes;

namespace SalesBot.Core.Conversation;

/// <summary>
/// What a message asks for, and who handles it: a button press, an answer to an open question, an edit, or the
/// parsed commands of the text (with the team's lexicon), each dispatched to its feature. Each feature reads its
/// command from the parse (<c>From</c>) and says what it needs when an argument is missing. Runs inside the single
/// writer's turn; it owns no state but the team lexicons it is given.
/// </summary>
internal sealed class CommandRouter(IMessageParser parser, TeamLexicons lexicons, IReportService? reports, ILogger log)
{
    public async Task<TurnResult> RouteAsync(Turn turn, string text, ParsedCommand? preParsed, CancellationToken ct)
    {
        var msg = turn.Message;
        if (msg.Action is { Length: > 0 } action)
        {
            return await PressAsync(turn, action, ct);
        }

        WriteSummary? amended = null;
        if (msg.IsEdit)
        {
            var (stop, summary) = await AmendEditedMessage.HandleAsync(turn, ct);
            if (stop is not null)
            {
                return stop;
            }

            amended = summary;
        }

        if (await AnswerQuestion.TypedAsync(turn, text, ct) is { } answer)
        {
            return await AnswerQuestion.HandleAsync(turn, answer, DispatchAllAsync, ct);
        }

        var parsed = preParsed ?? Parse(text, turn.LocalNow, new ParseContext(await lexicons.GetAsync(turn.Db, turn.Team.Id, ct)));
        turn.Command = parsed;
        var result = await DispatchAllAsync(turn, parsed, ct);
        return amended is null ? result : result with { Outcome = new Amended(amended, result.Outcome) };
    }

    /// <summary>A parser bug must not cost the member an answer; nothing is written on an unknown parse.</summary>
    public ParsedCommand Parse(string text, DateTime localNow, ParseContext context)
    {
        try
        {
            return parser.Parse(text, localNow, context);
        }
        catch (Exception ex)
        {
            log.LogError(ex, "Parser failed");
            return new ParsedCommand(Intent.Unknown, 0);
        }
    }

    /// <summary>
    /// Every command of a message, in order, in one turn: one journal entry (so one undo takes them all back), one
    /// reply listing each. A command that asks a question stops the rest; they resume with the answer. An unsure
    /// parse is proposed first and written only on Yes.
    /// </summary>
    private async Task<TurnResult> DispatchAllAsync(Turn turn, ParsedCommand parsed, CancellationToken ct)
    {
        List<ParsedCommand> commands = [parsed with { More = null }, .. parsed.More ?? []];
        if (commands.Any(c => c.Confirm) && commands.Any(c => Writes(c.Intent)) && !turn.Pins.Confirmed)
        {
            var sure = commands.Select(c => c with { Confirm = false }).ToList();
            var proposal = sure[0] with { More = sure.Count > 1 ? sure[1..] : null };
            return await Questions.AskYesNoAsync(turn, proposal, Questions.ConfirmField, new Proposed(sure, turn.Today), 1,
                ButtonWord.Yes, ButtonWord.No, ct);
        }

        var results = new List<TurnResult>();
        var facts = new List<Wrote>();
        for (var i = 0; i < commands.Count; i++)
        {
            var before = turn.Journal?.Facts;
            turn.Command = commands[i] with { More = i + 1 < commands.Count ? commands[(i + 1)..] : null };
            var result = await DispatchAsync(turn, commands[i], ct);
            results.Add(result);
            if (turn.Journal is { Facts: { } now } && now != before)
            {
                facts.AddRange(WriteSummary.Read(now));
            }

            if (Questions.Asks(result))
            {
                break;
            }
        }

        if (turn.Journal is { } written && facts.Count > 1)
        {
            written.Record(facts);
        }

        return results.Count == 1 ? results[0] : new TurnResult(new Together(results.Select(r => r.Outcome).ToList()))
        {
            Title = results.Select(r => r.Title).FirstOrDefault(t => t is not null),
            Details = results.SelectMany(r => r.Details).ToList(),
            Buttons = results.SelectMany(r => r.Buttons).ToList(),
        };
    }

    private static bool Writes(Intent intent) => intent.IsWrite() || intent is Intent.Correct or Intent.AddContact;

    private async Task<TurnResult> DispatchAsync(Turn turn, ParsedCommand p, CancellationToken ct)
    {
        if (p.Intent.IsWrite() && p.Confidence < ConversationEngine.MinConfidence)
        {
            return new TurnResult(new UnsureOfWrite(turn.SourceText));
        }

        return p.Intent switch
        {
            Intent.LogActivity => await LogActivity.HandleAsync(turn, LogActivity.Command.From(p), ct),
            Intent.CreateDeal => await CreateDeal.HandleAsync(turn, CreateDeal.Command.From(p), ct),
            Intent.MoveDeal => MoveDealStage.From(p) is { } move ? await MoveDealStage.HandleAsync(turn, move, ct) : MoveDealStage.Missing(),
            Intent.UpdateDeal => UpdateDeal.Command.From(p) is { } update ? await UpdateDeal.HandleAsync(turn, update, ct) : UpdateDeal.Missing(),
            Intent.AddTask => AddTask.Command.From(p) is { } task ? await AddTask.HandleAsync(turn, task, ct) : AddTask.Missing(),
            Intent.CompleteTask when CompleteTask.Command.From(p) is { } done => await CompleteTask.HandleAsync(turn, done, ct),
            Intent.CompleteTask or Intent.ShowTasks => await ShowTasks.HandleAsync(turn, new ShowTasks.Command(), ct),
            Intent.SetPlan => await SetDailyPlan.HandleAsync(turn, SetDailyPlan.Command.From(p), ct),
            Intent.ShowPipeline => await ShowPipeline.HandleAsync(turn, ShowPipeline.Command.From(p), ct),
            Intent.ShowAccount => ShowAccount.Command.From(p) is { } show ? await ShowAccount.HandleAsync(turn, show, ct) : ShowAccount.Missing(),
            Intent.Standup => await ReportAsync(new ReportsMissing(Standup: true), r => r.StandupAsync(turn.Team.Id, p.Date ?? turn.Today, turn.Member.Id, ct)),
            Intent.KpiDigest when Features.Kpis.ShowPeriodKpis.Command.From(p) is { } period => await Features.Kpis.ShowPeriodKpis.HandleAsync(turn, period, ct),
            Intent.KpiDigest => await ReportAsync(new ReportsMissing(Standup: false),
                r => r.DigestAsync(turn.Team.Id, p.Week ?? Crm.IsoWeek.Of(turn.Today).ToString(), p.Scope, turn.Member.Id, ct)),
            Intent.Correct => await CorrectLastWrite.HandleAsync(turn, CorrectLastWrite.Command.From(p), ct),
            Intent.AddContact => AddContact.Command.From(p) is { } contact ? await AddContact.HandleAsync(turn, contact, ct) : AddContact.Missing(),
            Intent.ShowContacts => ShowContacts.Command.From(p) is { } at ? await ShowContacts.HandleAsync(turn, at, ct) : ShowContacts.Missing(),
            Intent.LastContact => ShowLastContact.Command.From(p) is { } last ? await ShowLastContact.HandleAsync(turn, last, ct) : ShowLastContact.Missing(),
            Intent.DealsClosing => await ShowDealsClosing.HandleAsync(turn, ShowDealsClosing.Command.From(p, turn.Today), ct),
            Intent.ShowDeals => await ShowClosedDeals.HandleAsync(turn, ShowClosedDeals.Command.From(p, turn.Today), ct),
            Intent.Undo => await UndoLastWrite.HandleAsync(turn, new UndoLastWrite.Command(null), ct),
            Intent.Help => new TurnResult(new HelpShown()),
            Intent.Connect => await ConnectChannel.HandleAsync(turn, ConnectChannel.Command.From(p), ct),
            Intent.Disconnect => await DisconnectChannel.HandleAsync(turn, ct),
            Intent.Join => new TurnResult((await JoinTeam.HandleAsync(turn.Db, turn.Message, turn.Member, JoinTeam.Command.From(p) ?? new(""), turn.ServerNow, ct)).Reply),
            Intent.Invite => await InviteMember.HandleAsync(turn, InviteMember.Command.From(p), ct),
            Intent.SetTarget => await SetTarget.HandleAsync(turn, SetTarget.Command.From(p), ct),
            Intent.AddHoliday => await AddHoliday.HandleAsync(turn, AddHoliday.Command.From(p), ct),
            Intent.SetAway or Intent.SetBack => await SetAway.HandleAsync(turn, SetAway.Command.From(p), ct),
            Intent.ShowActivities => await Features.Activities.ShowActivities.HandleAsync(turn, Features.Activities.ShowActivities.Command.From(p), ct),
            Intent.WhoInactive => await Features.Activities.ShowInactiveReps.HandleAsync(turn, Features.Activities.ShowInactiveReps.Command.From(p), ct),
            Intent.CompareReps => await Features.Kpis.CompareReps.HandleAsync(turn, Features.Kpis.CompareReps.Command.From(p), ct),
            Intent.ShowPlan => await Features.Plans.ShowPlan.HandleAsync(turn, Features.Plans.ShowPlan.Command.From(p), ct),
            Intent.HowTo => Features.Help.ShowHowTo.Handle(Features.Help.ShowHowTo.Command.From(p)),
            Intent.SetLanguage when Features.Preferences.SetLanguage.Command.From(p) is { } language => Features.Preferences.SetLanguage.Handle(turn, language),
            Intent.SetTeamSetting => await SetTeamSetting.HandleAsync(turn, SetTeamSetting.Command.From(p), ct),
            Intent.ShareTip => await Features.Tips.ShareTip.HandleAsync(turn, Features.Tips.ShareTip.Command.From(p), ct),
            Intent.BestTips => await Features.Tips.ShowBestTips.HandleAsync(turn, ct),
            Intent.Choose => await AnswerQuestion.ChosenAsync(turn, p, ct) is { } chosen
                ? await AnswerQuestion.HandleAsync(turn, chosen, DispatchAllAsync, ct)
                : AnswerQuestion.NoneOpen(),
            _ => new TurnResult(new NotUnderstood(turn.SourceText)),
        };
    }

    private async Task<TurnResult> ReportAsync(Outcome missing, Func<IReportService, Task<OutgoingMessage>> build) =>
        reports is null ? new TurnResult(missing) : FromOutgoing(await build(reports));

    /// <summary>A button press (<see cref="ButtonAction"/>). In a group anyone can press; a press on someone else's button leaves it to them.</summary>
    private async Task<TurnResult> PressAsync(Turn turn, string action, CancellationToken ct)
    {
        switch (ButtonAction.Read(action))
        {
            case UndoPress undo:
                if (await SomeoneElsesAsync(turn, turn.Db.Journal.Where(j => j.Id == undo.JournalEntryId && j.TeamId == turn.Team.Id).Select(j => j.MemberId), ct) is { } owner)
                {
                    return new TurnResult(new OthersButton(owner, Undo: true));
                }

                turn.Command = new ParsedCommand(Intent.Undo, 1);
                return await UndoLastWrite.HandleAsync(turn, new UndoLastWrite.Command(undo.JournalEntryId), ct);
            case OptionPress option:
                if (await SomeoneElsesAsync(turn, turn.Db.OpenQuestions.Where(x => x.Id == option.QuestionId && x.TeamId == turn.Team.Id).Select(x => x.MemberId), ct) is { } asked)
                {
                    return new TurnResult(new OthersButton(asked, Undo: false));
                }

                return await AnswerQuestion.PressAsync(turn, option, DispatchAllAsync, ct);
            case ReminderPress reminder:
                return await ReminderButtons.PressAsync(turn, reminder.TaskId, reminder.What, ct);
            default:
                return new TurnResult(new ButtonExpired());
        }
    }

    private static async Task<string?> SomeoneElsesAsync(Turn turn, IQueryable<int> owners, CancellationToken ct)
    {
        var owner = await owners.Select(id => (int?)id).FirstOrDefaultAsync(ct);
        return owner is { } id && id != turn.Member.Id
            ? await turn.Db.Members.Where(m => m.Id == id).Select(m => m.Name).FirstOrDefaultAsync(ct)
            : null;
    }

    /// <summary>A report arrives worded by the report area: its parts are passed on as they are.</summary>
    private static TurnResult FromOutgoing(OutgoingMessage m) => new(new ReportShown(m))
    {
        Details = m.Details.Select(d => (Outcome)new Said(d)).ToList(),
        Buttons = m.Buttons.Select(b => new Button(new Said(b.Label), b.Data)).ToList(),
    };
}
