using SalesBot.Core.Features.Activities;
using SalesBot.Core.Features.Help;
using SalesBot.Core.Features.Kpis;
using SalesBot.Core.Features.Plans;
using SalesBot.Core.Reports.Kpi;

namespace SalesBot.Core.Conversation.Languages;

/// <summary>Answers to questions about a period: activities, who logged nothing, KPIs, reps side by side, plans, how-to.</summary>
public abstract partial class LanguageReplies
{
    /// <summary>
    /// The intents how_to can ask about, each with its place in <see cref="Examples"/> (every pack lists its
    /// examples in the same order; a test checks they have the same count).
    /// </summary>
    private static readonly Dictionary<string, int> ExampleOfTopic = new(StringComparer.Ordinal)
    {
        ["log_activity"] = 0, ["create_deal"] = 2, ["move_deal"] = 3, ["update_deal"] = 5, ["add_task"] = 6,
        ["complete_task"] = 7, ["set_plan"] = 8, ["show_pipeline"] = 9, ["show_account"] = 11, ["show_tasks"] = 12,
        ["standup"] = 13, ["kpi_digest"] = 14, ["undo"] = 15,
    };

    /// <summary>The capability and example how_to answers for an intent's wire name; null for one without an example.</summary>
    public (string Capability, string Example)? ExampleFor(string? topic) =>
        topic is not null && ExampleOfTopic.TryGetValue(topic, out var i) && i < Examples.Count ? Examples[i] : null;

    /// <summary>A period as a sentence reads it: "yesterday", "Nov 1 – Nov 30".</summary>
    public abstract string Period(DateOnly from, DateOnly to, DateOnly today);

    /// <summary>What leads an answer that is not quite what was asked: the asker's own figures instead of others', or an unknown name.</summary>
    protected string NarrowedNote(Whose whose) =>
        whose.Unknown is { } name ? NoOneHere(name) + "\n" : whose.Narrowed ? OtherRepsFiguresGoToManagers() + "\n" : string.Empty;

    protected abstract string NoOneHere(string name);

    /// <summary>A period's counters in the digest's words, with won amounts when they may show.</summary>
    protected string CountersOf(KpiCounters c, bool showAmounts) =>
        Reports.Counters(c, showAmounts ? string.Join(", ", c.WonAmount.Select(kv => ExactMoney(kv.Key, kv.Value))) : string.Empty);

    /// <summary>One line per activity, the same in every language: "• yesterday · call · Contoso (Kevin) · Ben · notes".</summary>
    protected string ActivityLines(ActivitiesShown o) => string.Join('\n', o.Lines.Select(l => $"• {Day(l.Day, o.Today)} · {Noun(l.Type)}"
        + (l.Account is null ? "" : $" · {l.Account}") + (l.Contact is null ? "" : $" ({l.Contact})")
        + (l.Member is null ? "" : $" · {l.Member}") + (string.IsNullOrWhiteSpace(l.Notes) ? "" : $" · {l.Notes}")));

    /// <summary>One line per rep with their counters.</summary>
    protected string RepLines(PeriodKpis kpis, bool showAmounts) =>
        string.Join('\n', kpis.Reps.Select(r => $"• {r.Name}: {CountersOf(r.Counters, showAmounts)}"));

    /// <summary>A plan's items, numbered in the pack's ordinals.</summary>
    protected string PlanItems(IReadOnlyList<string> items) => string.Join('\n', items.Select((item, i) => $"{Ordinal(i + 1)} {item}"));

    public abstract string ActivitiesShown(ActivitiesShown o);

    public abstract string InactiveReps(InactiveReps o);

    public abstract string InactiveRepsAreForManagers(InactiveRepsAreForManagers o);

    public abstract string PeriodKpisShown(PeriodKpisShown o);

    public abstract string RepsCompared(RepsCompared o);

    public abstract string WhichRepsToCompare(WhichRepsToCompare o);

    public abstract string PlanShown(PlanShown o);

    public abstract string HowToShown(HowToShown o);
}
