using FuzzySharp;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Tasks;

/// <summary>"done call Kevin": marks the sender's open task that best fits the words as done.</summary>
public static class CompleteTask
{
    public sealed record Command(string Title)
    {
        public static Command? From(ParsedCommand p) => (p.Title ?? p.Notes) is { Length: > 0 } title ? new Command(title) : null;
    }

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        var open = await turn.Db.Tasks.Where(t => t.OwnerId == turn.Member.Id && t.DoneAt == null).ToListAsync(ct);
        TaskItem? task;
        if (turn.Pins.TaskId is { } pinned)
        {
            task = open.FirstOrDefault(t => t.Id == pinned);
        }
        else
        {
            var words = CompanyName.NormalizePlain(cmd.Title);
            var scored = open.Select(t => (Task: t, Score: Fuzz.TokenSetRatio(words, CompanyName.NormalizePlain(t.Title))))
                .Where(x => x.Score >= 70).OrderByDescending(x => x.Score).ToList();
            if (scored.Count > 1 && scored[0].Score - scored[1].Score < 8)
            {
                var options = scored.Take(5).Select(x => new Questions.Choice(x.Task.Id, new Said(x.Task.Title))).ToList();
                return await Questions.AskAsync(turn, turn.Command, Questions.TaskField, new WhichTaskDone(), options, ct);
            }

            task = scored.Count > 0 ? scored[0].Task : null;
        }

        if (task is null)
        {
            return new TurnResult(new NoSuchTask(cmd.Title, open.Take(5).Select(t => t.Title).ToList()));
        }

        var journal = await turn.StartJournalAsync(ct);
        JournalChanges.Add(journal, c => c.Tasks.Add(new TaskBefore(task.Id, task.DoneAt)));
        task.DoneAt = turn.Now;
        journal.Record(new WroteTaskDone(task.Title));
        return new TurnResult(new TaskDone(task.Title, open.Count - 1));
    }
}
