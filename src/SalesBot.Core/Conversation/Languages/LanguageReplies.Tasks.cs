using SalesBot.Core.Features.Tasks;

namespace SalesBot.Core.Conversation.Languages;

/// <summary>The groups of a task list, in the order they are shown.</summary>
public enum TaskGroup { Overdue, Today, ComingUp, Undated }

public abstract partial class LanguageReplies
{
    public abstract string TaskAdded(TaskAdded o);

    public abstract string WhichTaskDone(WhichTaskDone o);

    public abstract string NoSuchTask(NoSuchTask o);

    public abstract string TaskDone(TaskDone o);

    public abstract string ReminderGone(ReminderGone o);

    public abstract string TaskAlreadyDone(TaskAlreadyDone o);

    public abstract string ReminderDone(ReminderDone o);

    public abstract string TaskPostponed(TaskPostponed o);


    public abstract string NoOpenTasks(NoOpenTasks o);

    /// <summary>A task list shows this many tasks of each group.</summary>
    public const int ListedPerTaskGroup = 10;

    /// <summary>Overdue first (oldest first), then today's (by time), coming up (by day), and undated; the layout is every pack's.</summary>
    public string TasksShown(TasksShown o)
    {
        var today = o.Today;
        var lines = new List<string>();
        void Group(TaskGroup group, IEnumerable<TasksShown.Line> tasks, Func<TasksShown.Line, string> detail)
        {
            var list = tasks.ToList();
            if (list.Count > 0)
            {
                lines.Add(TaskGroupHeading(group, list.Count));
                lines.AddRange(list.Take(ListedPerTaskGroup).Select(t => $"• {t.Title}{detail(t)}"));
            }
        }

        Group(TaskGroup.Overdue, o.Tasks.Where(t => t.Due < today).OrderBy(t => t.Due), t => $" ({TaskWasDue(t.Due!.Value, today)})");
        Group(TaskGroup.Today, o.Tasks.Where(t => t.Due == today).OrderBy(t => t.At), t => t.At is { } time ? " " + TaskAt(time) : "");
        Group(TaskGroup.ComingUp, o.Tasks.Where(t => t.Due > today).OrderBy(t => t.Due), t => $" ({Day(t.Due!.Value, today)})");
        Group(TaskGroup.Undated, o.Tasks.Where(t => t.Due is null), _ => "");
        return string.Join('\n', lines);
    }

    /// <summary>"Overdue (3):".</summary>
    protected abstract string TaskGroupHeading(TaskGroup group, int count);

    /// <summary>"due 2 days ago".</summary>
    protected abstract string TaskWasDue(DateOnly due, DateOnly today);

    /// <summary>"at 14:00".</summary>
    protected abstract string TaskAt(TimeOnly time);

    public abstract string? TasksShownTitle(TasksShown o);
}
