using SalesBot.Core.Features.Activities;
using SalesBot.Core.Features.Help;
using SalesBot.Core.Features.Kpis;
using SalesBot.Core.Features.Plans;

namespace SalesBot.Core.Conversation.Languages.Polish;

public sealed partial class PolishReplies
{
    public override string Period(DateOnly from, DateOnly to, DateOnly today) =>
        from == to ? Day(from, today) : $"{from.ToString("d MMM", Pl)} – {to.ToString(to.Year == today.Year ? "d MMM" : "d MMM yyyy", Pl)}";

    protected override string NoOneHere(string name) => $"W zespole nie ma nikogo o imieniu {name}; oto Twoje.";

    private static string Whom(Whose whose) => whose.Kind switch
    {
        WhoseKind.Member => whose.Name!,
        WhoseKind.Team => "zespół",
        _ => "Ty",
    };

    public override string ActivitiesShown(ActivitiesShown o)
    {
        var period = Period(o.From, o.To, o.Today);
        if (o.Total == 0)
        {
            return NarrowedNote(o.Whose) + $"Brak zapisanych aktywności ({Whom(o.Whose)}, {period}).";
        }

        var more = o.Total > o.Lines.Count ? $"\n…i jeszcze {o.Total - o.Lines.Count}." : "";
        return NarrowedNote(o.Whose) + $"Aktywności ({Whom(o.Whose)}, {period}): {o.Total}\n" + ActivityLines(o) + more;
    }

    public override string InactiveReps(InactiveReps o)
    {
        var period = Period(o.From, o.To, o.Today);
        var text = o.Names.Count == 0 ? $"Każdy handlowiec coś zapisał ({period})." : $"Nic nie zapisali ({period}): {string.Join(", ", o.Names)}.";
        return o.Away.Count == 0 ? text : text + $" Nieobecni: {string.Join(", ", o.Away)}.";
    }

    public override string InactiveRepsAreForManagers(InactiveRepsAreForManagers o) =>
        "Kto nic nie zapisał, widzą menedżerowie. Zapytaj „co zrobiłem w tym tygodniu”, żeby zobaczyć swoje.";

    public override string PeriodKpisShown(PeriodKpisShown o)
    {
        var period = Period(o.Kpis.From, o.Kpis.To, o.Today);
        if (o.Whose.Kind != WhoseKind.Team)
        {
            return NarrowedNote(o.Whose) + $"KPI ({Whom(o.Whose)}, {period}): {CountersOf(o.Kpis.Totals, o.ShowAmounts)}";
        }

        return $"KPI zespołu ({period}): {CountersOf(o.Kpis.Totals, o.ShowAmounts)}\n"
            + RepLines(o.Kpis, o.ShowAmounts);
    }

    public override string RepsCompared(RepsCompared o) =>
        $"{string.Join(" vs ", o.Kpis.Reps.Select(r => r.Name))}, {Period(o.Kpis.From, o.Kpis.To, o.Today)}:\n"
        + RepLines(o.Kpis, showAmounts: true);

    public override string WhichRepsToCompare(WhichRepsToCompare o) =>
        (o.Unknown is { } name ? $"W zespole nie ma nikogo o imieniu {name}. " : "") + "Których handlowców? Na przykład: „porównaj Chloe i Bena za zeszły miesiąc”.";

    public override string PlanShown(PlanShown o)
    {
        var day = Day(o.Date, o.Today);
        if (o.Items.Count == 0)
        {
            return NarrowedNote(o.Whose) + (o.Whose.Kind == WhoseKind.Member
                ? $"{o.Whose.Name} nie ma planu na {day}."
                : $"Nie masz jeszcze planu na {day}. Na przykład: „{Examples[8].Example}”.");
        }

        var whose = o.Whose.Kind == WhoseKind.Member ? $"Plan: {o.Whose.Name}" : "Twój plan";
        return NarrowedNote(o.Whose) + $"{whose} ({day}):\n" + PlanItems(o.Items);
    }

    public override string HowToShown(HowToShown o) => ExampleFor(o.Topic) is { } e ? $"Aby {e.Capability}, napisz na przykład: „{e.Example}”." : Help();
}
