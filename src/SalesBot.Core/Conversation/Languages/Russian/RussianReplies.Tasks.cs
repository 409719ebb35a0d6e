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

    public override string TasksShown(TasksShown o)
    {
        var today = o.Today;
        var overdue = o.Tasks.Where(t => t.Due < today).OrderBy(t => t.Due).ToList();
        var dueToday = o.Tasks.Where(t => t.Due == today).OrderBy(t => t.At).ToList();
        var later = o.Tasks.Where(t => t.Due > today).OrderBy(t => t.Due).ToList();
        var undated = o.Tasks.Where(t => t.Due is null).ToList();
        var lines = new List<string>();
        if (overdue.Count > 0)
        {
            lines.Add($"Просрочено ({overdue.Count}):");
            lines.AddRange(overdue.Take(10).Select(t => $"• {t.Title} (срок: {Ago(t.Due!.Value, today)})"));
        }

        if (dueToday.Count > 0)
        {
            lines.Add($"Сегодня ({dueToday.Count}):");
            lines.AddRange(dueToday.Take(10).Select(t => $"• {t.Title}" + (t.At is { } time ? $" в {Clock(time)}" : "")));
        }

        if (later.Count > 0)
        {
            lines.Add($"Скоро ({later.Count}):");
            lines.AddRange(later.Take(10).Select(t => $"• {t.Title} ({Day(t.Due!.Value, today)})"));
        }

        if (undated.Count > 0)
        {
            lines.Add($"Без даты ({undated.Count}):");
            lines.AddRange(undated.Take(10).Select(t => $"• {t.Title}"));
        }

        return string.Join('\n', lines);
    }

    public override string? TasksShownTitle(TasksShown o)
    {
        var overdue = o.Tasks.Count(t => t.Due < o.Today);
        return $"Ваши задачи: {Quantity(Counted.OpenTask, o.Tasks.Count)}" + (overdue > 0 ? $", просрочено: {overdue}" : "");
    }

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
