using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;

namespace SalesBot.Core.Features.Tasks;

/// <summary>"my tasks": the sender's open tasks, overdue first, then today, then what is coming.</summary>
public static class ShowTasks
{
    public sealed record Command;

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        _ = cmd;
        var tasks = await turn.Db.Tasks.AsNoTracking()
            .Where(t => t.OwnerId == turn.Member.Id && t.DoneAt == null)
            .Select(t => new TasksShown.Line(t.Title, t.Due, t.DueTime))
            .ToListAsync(ct);
        if (tasks.Count == 0)
        {
            return new TurnResult(new NoOpenTasks());
        }

        return new TurnResult(new TasksShown(turn.Today, tasks));
    }
}
