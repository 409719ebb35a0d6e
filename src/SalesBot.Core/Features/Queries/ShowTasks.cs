using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Replies;

namespace SalesBot.Core.Features.Queries;

/// <summary>"my tasks": the sender's open tasks, overdue first, then today, then what is coming.</summary>
public static class ShowTasks
{
    public sealed record Command;

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        _ = cmd;
        var tasks = await turn.Db.Tasks.AsNoTracking()
            .Where(t => t.OwnerId == turn.Member.Id && t.DoneAt == null)
            .Select(t => new { t.Title, t.Due, t.DueTime })
            .ToListAsync(ct);
        if (tasks.Count == 0)
        {
            return new TurnResult("No open tasks. Add one: \"remind me to call Kevin on Friday\".");
        }

        var today = turn.Today;
        var overdue = tasks.Where(t => t.Due < today).OrderBy(t => t.Due).ToList();
        var dueToday = tasks.Where(t => t.Due == today).OrderBy(t => t.DueTime).ToList();
        var later = tasks.Where(t => t.Due > today).OrderBy(t => t.Due).ToList();
        var undated = tasks.Where(t => t.Due is null).ToList();

        var lines = new List<string>();
        if (overdue.Count > 0)
        {
            lines.Add($"Overdue ({overdue.Count}):");
            lines.AddRange(overdue.Take(10).Select(t => $"• {t.Title} (due {Format.Ago(t.Due!.Value, today)})"));
        }

        if (dueToday.Count > 0)
        {
            lines.Add($"Today ({dueToday.Count}):");
            lines.AddRange(dueToday.Take(10).Select(t => $"• {t.Title}" + (t.DueTime is { } time ? $" at {time:HH:mm}" : "")));
        }

        if (later.Count > 0)
        {
            lines.Add($"Coming up ({later.Count}):");
            lines.AddRange(later.Take(10).Select(t => $"• {t.Title} ({Format.Day(t.Due!.Value, today)})"));
        }

        if (undated.Count > 0)
        {
            lines.Add($"No date ({undated.Count}):");
            lines.AddRange(undated.Take(10).Select(t => $"• {t.Title}"));
        }

        return new TurnResult(string.Join('\n', lines)) { Title = new Said($"Your tasks: {Format.Quantity("open task", tasks.Count)}" + (overdue.Count > 0 ? $", {overdue.Count} overdue" : "")) };
    }
}
