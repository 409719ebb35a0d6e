using System.Globalization;
using SalesBot.Core.Features.Tasks;

namespace SalesBot.Core.Conversation.Languages.Russian;

public sealed partial class RussianReplies
{
    public override string TaskAdded(TaskAdded o) =>
        $"✓ Задача: {o.Task}" + (o.Due is { } d ? $", срок {Day(d, o.Today)}" + (o.At is { } t ? $" {Clock(t)}" : "") : "")
        + $". У вас {Quantity(Counted.OpenTask, o.Open)}.";

    public override string WhichTaskDone(WhichTaskDone o) => "Какая задача выполнена?";

    public override string NoSuchTask(NoSuchTask o) =>
        $"Нет открытой задачи, похожей на «{o.Words}», поэтому ничего не изменилось. "
        + (o.Open.Count == 0 ? "Открытых задач нет." : "Ваши открытые задачи: " + string.Join("; ", o.Open) + ".");

    public override string TaskDone(TaskDone o) =>
        $"✓ Готово: {o.Task}. " + (o.Left == 0 ? "Открытых задач больше нет." : $"Осталось: {Quantity(Counted.OpenTask, o.Left)}.");

    public override string ReminderGone(ReminderGone o) => "Этого напоминания больше нет.";

    public override string TaskAlreadyDone(TaskAlreadyDone o) => $"Уже выполнено: {o.Task}.";

    public override string ReminderDone(ReminderDone o) => $"✓ Готово: {o.Task}.";

    public override string TaskPostponed(TaskPostponed o) =>
        $"✓ Перенесено на {Day(o.Due, o.Today)}" + (o.At is { } t ? $" {Clock(t)}" : "") + $": {o.Task}.";


    public override string NoOpenTasks(NoOpenTasks o) => "Открытых задач нет. Добавьте: «напомни позвонить Кевину в пятницу».";

    protected override string TaskGroupHeading(TaskGroup group, int count) => group switch
    {
        TaskGroup.Overdue => $"Просрочено ({count}):",
        TaskGroup.Today => $"Сегодня ({count}):",
        TaskGroup.ComingUp => $"Скоро ({count}):",
        _ => $"Без даты ({count}):",
    };

    protected override string TaskWasDue(DateOnly due, DateOnly today) => $"срок: {Ago(due, today)}";

    protected override string TaskAt(TimeOnly time) => $"в {Clock(time)}";

    public override string? TasksShownTitle(TasksShown o)
    {
        var overdue = o.Tasks.Count(t => t.Due < o.Today);
        return $"Ваши задачи: {Quantity(Counted.OpenTask, o.Tasks.Count)}" + (overdue > 0 ? $", просрочено: {overdue}" : "");
    }

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
