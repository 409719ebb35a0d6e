using System.Globalization;
using SalesBot.Core.Features.Tasks;

namespace SalesBot.Core.Conversation.Languages.Polish;

public sealed partial class PolishReplies
{
    public override string TaskAdded(TaskAdded o) =>
        $"✓ Zadanie: {o.Task}" + (o.Due is { } d ? $", termin {Day(d, o.Today)}" + (o.At is { } t ? $" {Clock(t)}" : "") : "")
        + $". Masz {Quantity(Counted.OpenTask, o.Open)}.";

    public override string WhichTaskDone(WhichTaskDone o) => "Które zadanie jest zrobione?";

    public override string NoSuchTask(NoSuchTask o) =>
        $"Nie ma otwartego zadania podobnego do „{o.Words}”, więc nic się nie zmieniło. "
        + (o.Open.Count == 0 ? "Nie masz otwartych zadań." : "Twoje otwarte zadania: " + string.Join("; ", o.Open) + ".");

    public override string TaskDone(TaskDone o) =>
        $"✓ Zrobione: {o.Task}. " + (o.Left == 0 ? "Nie ma już otwartych zadań." : $"Zostało: {Quantity(Counted.OpenTask, o.Left)}.");

    public override string ReminderGone(ReminderGone o) => "Tego przypomnienia już nie ma.";

    public override string TaskAlreadyDone(TaskAlreadyDone o) => $"Już zrobione: {o.Task}.";

    public override string ReminderDone(ReminderDone o) => $"✓ Zrobione: {o.Task}.";

    public override string TaskPostponed(TaskPostponed o) =>
        $"✓ Przeniesiono na {Day(o.Due, o.Today)}" + (o.At is { } t ? $" {Clock(t)}" : "") + $": {o.Task}.";


    public override string NoOpenTasks(NoOpenTasks o) => "Brak otwartych zadań. Dodaj: „przypomnij mi zadzwonić do Kevina w piątek”.";

    protected override string TaskGroupHeading(TaskGroup group, int count) => group switch
    {
        TaskGroup.Overdue => $"Zaległe ({count}):",
        TaskGroup.Today => $"Dziś ({count}):",
        TaskGroup.ComingUp => $"Wkrótce ({count}):",
        _ => $"Bez daty ({count}):",
    };

    protected override string TaskWasDue(DateOnly due, DateOnly today) => $"termin: {Ago(due, today)}";

    protected override string TaskAt(TimeOnly time) => $"o {Clock(time)}";

    public override string? TasksShownTitle(TasksShown o)
    {
        var overdue = o.Tasks.Count(t => t.Due < o.Today);
        return $"Twoje zadania: {Quantity(Counted.OpenTask, o.Tasks.Count)}" + (overdue > 0 ? $", zaległe: {overdue}" : "");
    }

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
