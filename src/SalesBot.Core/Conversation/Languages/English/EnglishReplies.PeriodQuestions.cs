using SalesBot.Core.Features.Activities;
using SalesBot.Core.Features.Help;
using SalesBot.Core.Features.Kpis;
using SalesBot.Core.Features.Plans;

namespace SalesBot.Core.Conversation.Languages.English;

public sealed partial class EnglishReplies
{
    public override string Period(DateOnly from, DateOnly to, DateOnly today) =>
        from == to ? Day(from, today)
        : from.Year == to.Year && to.Year == today.Year ? $"{from.ToString("MMM d", EnUs)} – {to.ToString("MMM d", EnUs)}"
        : $"{from.ToString("MMM d yyyy", EnUs)} – {to.ToString("MMM d yyyy", EnUs)}";

    protected override string NoOneHere(string name) => $"No one called {name} on the team; here are yours.";

    private static string Possessive(Whose whose) => whose.Kind switch
    {
        WhoseKind.Member => $"{whose.Name}'s",
        WhoseKind.Team => "The team's",
        _ => "Your",
    };

    public override string ActivitiesShown(ActivitiesShown o)
    {
        var what = o.Type is { } type ? NounOf(CountedOf(type)) + "s" : "activities";
        var period = Period(o.From, o.To, o.Today);
        if (o.Total == 0)
        {
            var who = o.Whose.Kind switch { WhoseKind.Member => o.Whose.Name, WhoseKind.Team => "the team", _ => "you" };
            return NarrowedNote(o.Whose) + $"No {what} logged by {who} {(o.From == o.To ? "" : "between ")}{period}.";
        }

        var more = o.Total > o.Lines.Count ? $"\n…and {o.Total - o.Lines.Count} more." : "";
        return NarrowedNote(o.Whose) + $"{Possessive(o.Whose)} {what} {period}: {o.Total}\n" + ActivityLines(o) + more;
    }

    public override string InactiveReps(InactiveReps o)
    {
        var period = Period(o.From, o.To, o.Today);
        var text = o.Names.Count == 0 ? $"Every rep logged something {period}." : $"Nothing logged {period}: {string.Join(", ", o.Names)}.";
        return o.Away.Count == 0 ? text : text + $" Away: {string.Join(", ", o.Away)}.";
    }

    public override string InactiveRepsAreForManagers(InactiveRepsAreForManagers o) =>
        "Who logged nothing is for managers. Ask \"what did I do this week\" for yours.";

    public override string PeriodKpisShown(PeriodKpisShown o)
    {
        var period = Period(o.Kpis.From, o.Kpis.To, o.Today);
        if (o.Whose.Kind != WhoseKind.Team)
        {
            return NarrowedNote(o.Whose) + $"{Possessive(o.Whose)} KPIs {period}: {CountersOf(o.Kpis.Totals, o.ShowAmounts)}";
        }

        return $"Team KPIs {period}: {CountersOf(o.Kpis.Totals, o.ShowAmounts)}\n"
            + RepLines(o.Kpis, o.ShowAmounts);
    }

    public override string RepsCompared(RepsCompared o) =>
        $"{string.Join(" vs ", o.Kpis.Reps.Select(r => r.Name))}, {Period(o.Kpis.From, o.Kpis.To, o.Today)}:\n"
        + RepLines(o.Kpis, showAmounts: true);

    public override string WhichRepsToCompare(WhichRepsToCompare o) =>
        (o.Unknown is { } name ? $"No one called {name} on the team. " : "") + "Which reps? For example: \"compare Chloe and Ben last month\".";

    public override string PlanShown(PlanShown o)
    {
        var day = Day(o.Date, o.Today);
        var whose = o.Whose.Kind == WhoseKind.Member ? $"{o.Whose.Name}'s plan" : "Your plan";
        if (o.Items.Count == 0)
        {
            return NarrowedNote(o.Whose) + (o.Whose.Kind == WhoseKind.Member
                ? $"{o.Whose.Name} has no plan for {day}."
                : $"You have no plan for {day} yet. For example: \"{Examples[8].Example}\".");
        }

        return NarrowedNote(o.Whose) + $"{whose} for {day}:\n" + PlanItems(o.Items);
    }

    public override string HowToShown(HowToShown o) => ExampleFor(o.Topic) is { } e ? $"To {e.Capability}, write for example: \"{e.Example}\"." : Help();
}
