using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Features.Undo;
using SalesBot.Core.Conversation.Outcomes;

namespace SalesBot.Core.Features.Answers;

/// <summary>
/// "2", "yes", or a question's button: finishes the command the member started, with their choice pinned
/// (the account or deal picked, a new record, a Yes to a proposal or a guard).
/// </summary>
public static class AnswerQuestion
{
    /// <param name="Number">The option as numbered in the question, from 1.</param>
    public sealed record Command(OpenQuestion Question, int Number);

    /// <summary>Carries on with the command the question kept, as the router would have the first time.</summary>
    public delegate Task<TurnResult> Resume(Turn resumed, ParsedCommand command, CancellationToken ct);

    /// <summary>A typed answer to the member's latest open question: a bare number, or yes or no to a yes/no question.</summary>
    public static async Task<Command?> TypedAsync(Turn turn, string text, CancellationToken ct)
    {
        if (BareNumber(text) is { } number && await Questions.LatestOpenAsync(turn, ct) is { } open)
        {
            return new Command(open, number);
        }

        return YesOrNo(turn, text) is { } yes && await Questions.LatestOpenAsync(turn, ct) is { } asked && Questions.IsYesNo(asked)
            ? new Command(asked, yes ? 1 : 2)
            : null;
    }

    /// <summary>Yes or no in the words of the member's pack; English ones are understood from everyone.</summary>
    private static bool? YesOrNo(Turn turn, string text) =>
        ReplyRows.WordsFor(turn).YesOrNo(text) ?? Conversation.Languages.ReplyPacks.English.YesOrNo(text);

    /// <summary>"the second one": the parser's choice, for the latest open question.</summary>
    public static async Task<Command?> ChosenAsync(Turn turn, ParsedCommand p, CancellationToken ct) =>
        p.Number is { } n && await Questions.LatestOpenAsync(turn, ct) is { } open ? new Command(open, n) : null;

    public static TurnResult NoneOpen() => new(new NoOpenQuestion());

    /// <summary>A question's button: only the member it asked may answer, and only while it is open.</summary>
    public static async Task<TurnResult> PressAsync(Turn turn, OptionPress press, Resume resume, CancellationToken ct)
    {
        var open = await turn.Db.OpenQuestions.FirstOrDefaultAsync(x => x.Id == press.QuestionId && x.MemberId == turn.Member.Id, ct);
        if (open is null || open.AnsweredAt is not null || open.ExpiresAt <= turn.ServerNow)
        {
            return new TurnResult(new QuestionClosed());
        }

        return await HandleAsync(turn, new Command(open, press.Option), resume, ct);
    }

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, Resume resume, CancellationToken ct)
    {
        var open = cmd.Question;
        var options = Questions.OptionsOf(open);
        if (cmd.Number < 1 || cmd.Number > options.Count)
        {
            return new TurnResult(new AnswerOutOfRange(options.Count));
        }

        open.AnsweredAt = turn.ServerNow;
        var option = options[cmd.Number - 1];
        if (option.Id == Questions.Cancel)
        {
            return new TurnResult(new NothingWritten());
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
        var resumed = turn.Resume(command, pins, open.SourceMessageId);
        var result = open.Field == Questions.UndoField
            ? await UndoLastWrite.HandleAsync(resumed, new UndoLastWrite.Command(option.Id), ct)
            : await resume(resumed, command, ct);
        turn.Adopt(resumed);
        return result;
    }

    private static int? BareNumber(string text)
    {
        var t = text.Trim().TrimEnd('.', ')');
        return t.Length is > 0 and <= 2 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
