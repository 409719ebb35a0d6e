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
            lines.Add($"Zaległe ({overdue.Count}):");
            lines.AddRange(overdue.Take(10).Select(t => $"• {t.Title} (termin: {Ago(t.Due!.Value, today)})"));
        }

        if (dueToday.Count > 0)
        {
            lines.Add($"Dziś ({dueToday.Count}):");
            lines.AddRange(dueToday.Take(10).Select(t => $"• {t.Title}" + (t.At is { } time ? $" o {Clock(time)}" : "")));
        }

        if (later.Count > 0)
        {
            lines.Add($"Wkrótce ({later.Count}):");
            lines.AddRange(later.Take(10).Select(t => $"• {t.Title} ({Day(t.Due!.Value, today)})"));
        }

        if (undated.Count > 0)
        {
            lines.Add($"Bez daty ({undated.Count}):");
            lines.AddRange(undated.Take(10).Select(t => $"• {t.Title}"));
        }

        return string.Join('\n', lines);
    }

    public override string? TasksShownTitle(TasksShown o)
    {
        var overdue = o.Tasks.Count(t => t.Due < o.Today);
        return $"Twoje zadania: {Quantity(Counted.OpenTask, o.Tasks.Count)}" + (overdue > 0 ? $", zaległe: {overdue}" : "");
    }

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
