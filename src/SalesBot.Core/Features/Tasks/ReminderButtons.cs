using SalesBot.Core.Conversation.Outcomes;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Features.Tasks;

/// <summary>
/// The buttons of a reminder: "r:ID:done" completes task ID (undoable, like "done call Kevin"),
/// "r:ID:tomorrow" moves it to tomorrow at the same time, which reminds again then.
/// </summary>
public static class ReminderButtons
{
    public const string DoneAction = "done";
    public const string TomorrowAction = "tomorrow";

    public static string Done(int taskId) => new ReminderPress(taskId, DoneAction).Data;

    public static string Tomorrow(int taskId) => new ReminderPress(taskId, TomorrowAction).Data;

    public static async Task<TurnResult> PressAsync(Turn turn, int taskId, string action, CancellationToken ct)
    {
        var task = await turn.Db.Tasks.FirstOrDefaultAsync(t => t.Id == taskId && t.OwnerId == turn.Member.Id, ct);
        if (task is null)
        {
            return new TurnResult(new ReminderGone());
        }

        if (task.DoneAt is not null)
        {
            return new TurnResult(new TaskAlreadyDone(task.Title));
        }

        switch (action)
        {
            case DoneAction:
            {
                turn.Command = new ParsedCommand(Intent.CompleteTask, 1);
                var journal = await turn.StartJournalAsync(ct);
                JournalChanges.Add(journal, c => c.Tasks.Add(new TaskBefore(task.Id, task.DoneAt)));
                task.DoneAt = turn.Now;
                journal.Record(new WroteTaskDone(task.Title));
                return new TurnResult(new ReminderDone(task.Title));
            }

            case TomorrowAction:
            {
                var from = task.Due is { } due && due > turn.Today ? due : turn.Today;
                task.Due = from.AddDays(1);
                return new TurnResult(new TaskPostponed(task.Title, task.Due.Value, task.DueTime, turn.Today));
            }

            default:
                return new TurnResult(new ButtonExpired());
        }
    }
}
