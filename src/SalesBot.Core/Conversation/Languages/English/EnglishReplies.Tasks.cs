using System.Globalization;
using SalesBot.Core.Features.Tasks;

namespace SalesBot.Core.Conversation.Languages.English;

public sealed partial class EnglishReplies
{
    public override string TaskAdded(TaskAdded o) =>
        $"✓ Task: {o.Task}" + (o.Due is { } d ? $", due {Day(d, o.Today)}" + (o.At is { } t ? $" {Clock(t)}" : "") : "")
        + $". You have {Quantity(Counted.OpenTask, o.Open)}.";

    public override string WhichTaskDone(WhichTaskDone o) => "Which task is done?";

    public override string NoSuchTask(NoSuchTask o) =>
        $"I found no open task like \"{o.Words}\", so nothing changed. "
        + (o.Open.Count == 0 ? "You have no open tasks." : "Your open tasks: " + string.Join("; ", o.Open) + ".");

    public override string TaskDone(TaskDone o) =>
        $"✓ Done: {o.Task}. " + (o.Left == 0 ? "No open tasks left." : $"{Quantity(Counted.OpenTask, o.Left)} left.");

    public override string ReminderGone(ReminderGone o) => "That reminder is no longer there.";

    public override string TaskAlreadyDone(TaskAlreadyDone o) => $"Already done: {o.Task}.";

    public override string ReminderDone(ReminderDone o) => $"✓ Done: {o.Task}.";

    public override string TaskPostponed(TaskPostponed o) =>
        $"✓ Moved to {Day(o.Due, o.Today)}" + (o.At is { } t ? $" {Clock(t)}" : "") + $": {o.Task}.";


    public override string NoOpenTasks(NoOpenTasks o) => "No open tasks. Add one: \"remind me to call Kevin on Friday\".";

    protected override string TaskGroupHeading(TaskGroup group, int count) => group switch
    {
        TaskGroup.Overdue => $"Overdue ({count}):",
        TaskGroup.Today => $"Today ({count}):",
        TaskGroup.ComingUp => $"Coming up ({count}):",
        _ => $"No date ({count}):",
    };

    protected override string TaskWasDue(DateOnly due, DateOnly today) => $"due {Ago(due, today)}";

    protected override string TaskAt(TimeOnly time) => $"at {Clock(time)}";

    public override string? TasksShownTitle(TasksShown o)
    {
        var overdue = o.Tasks.Count(t => t.Due < o.Today);
        return $"Your tasks: {Quantity(Counted.OpenTask, o.Tasks.Count)}" + (overdue > 0 ? $", {overdue} overdue" : "");
    }

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
