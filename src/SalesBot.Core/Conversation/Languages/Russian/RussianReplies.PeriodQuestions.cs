using SalesBot.Core.Features.Activities;
using SalesBot.Core.Features.Help;
using SalesBot.Core.Features.Kpis;
using SalesBot.Core.Features.Plans;

namespace SalesBot.Core.Conversation.Languages.Russian;

public sealed partial class RussianReplies
{
    public override string Period(DateOnly from, DateOnly to, DateOnly today) =>
        from == to ? Day(from, today) : $"{from.ToString("d MMM", Ru)} – {to.ToString(to.Year == today.Year ? "d MMM" : "d MMM yyyy", Ru)}";

    protected override string NoOneHere(string name) => $"В команде нет никого по имени {name}; вот ваши.";

    private static string Whom(Whose whose) => whose.Kind switch
    {
        WhoseKind.Member => whose.Name!,
        WhoseKind.Team => "команда",
        _ => "вы",
    };

    public override string ActivitiesShown(ActivitiesShown o)
    {
        var period = Period(o.From, o.To, o.Today);
        if (o.Total == 0)
        {
            return NarrowedNote(o.Whose) + $"Записанных активностей нет ({Whom(o.Whose)}, {period}).";
        }

        var more = o.Total > o.Lines.Count ? $"\n…и ещё {o.Total - o.Lines.Count}." : "";
        return NarrowedNote(o.Whose) + $"Активности ({Whom(o.Whose)}, {period}): {o.Total}\n" + ActivityLines(o) + more;
    }

    public override string InactiveReps(InactiveReps o)
    {
        var period = Period(o.From, o.To, o.Today);
        var text = o.Names.Count == 0 ? $"Каждый менеджер по продажам что-то записал ({period})." : $"Ничего не записали ({period}): {string.Join(", ", o.Names)}.";
        return o.Away.Count == 0 ? text : text + $" Отсутствуют: {string.Join(", ", o.Away)}.";
    }

    public override string InactiveRepsAreForManagers(InactiveRepsAreForManagers o) =>
        "Кто ничего не записал, видят менеджеры. Спросите «что я сделал на этой неделе», чтобы увидеть свои.";

    public override string PeriodKpisShown(PeriodKpisShown o)
    {
        var period = Period(o.Kpis.From, o.Kpis.To, o.Today);
        if (o.Whose.Kind != WhoseKind.Team)
        {
            return NarrowedNote(o.Whose) + $"KPI ({Whom(o.Whose)}, {period}): {CountersOf(o.Kpis.Totals, o.ShowAmounts)}";
        }

        return $"KPI команды ({period}): {CountersOf(o.Kpis.Totals, o.ShowAmounts)}\n"
            + RepLines(o.Kpis, o.ShowAmounts);
    }

    public override string RepsCompared(RepsCompared o) =>
        $"{string.Join(" и ", o.Kpis.Reps.Select(r => r.Name))}, {Period(o.Kpis.From, o.Kpis.To, o.Today)}:\n"
        + RepLines(o.Kpis, showAmounts: true);

    public override string WhichRepsToCompare(WhichRepsToCompare o) =>
        (o.Unknown is { } name ? $"В команде нет никого по имени {name}. " : "") + "Кого сравнить? Например: «сравни Хлою и Бена за прошлый месяц».";

    public override string PlanShown(PlanShown o)
    {
        var day = Day(o.Date, o.Today);
        if (o.Items.Count == 0)
        {
            return NarrowedNote(o.Whose) + (o.Whose.Kind == WhoseKind.Member
                ? $"У {o.Whose.Name} нет плана ({day})."
                : $"Плана ({day}) пока нет. Например: «{Examples[8].Example}».");
        }

        var whose = o.Whose.Kind == WhoseKind.Member ? $"План: {o.Whose.Name}" : "Ваш план";
        return NarrowedNote(o.Whose) + $"{whose} ({day}):\n" + PlanItems(o.Items);
    }

    public override string HowToShown(HowToShown o) => ExampleFor(o.Topic) is { } e ? $"Чтобы {e.Capability}, напишите, например: «{e.Example}»." : Help();
}
