using System.Text.Json;
using System.Text.Json.Serialization;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Conversation;

/// <summary>
/// What one write did, as facts kept on its journal entry (<see cref="JournalEntry.Facts"/>), so undo, correct and
/// amend name it in the reader's language: "the call with Contoso on Nov 18", "rozmowa z Orlen (17 lis)". The
/// entry's <see cref="JournalEntry.Summary"/> keeps the English line for logs and for entries from before.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(WroteActivity), "activity")]
[JsonDerivedType(typeof(WroteContact), "contact")]
[JsonDerivedType(typeof(WroteTask), "task")]
[JsonDerivedType(typeof(WroteTaskDone), "task_done")]
[JsonDerivedType(typeof(WroteDeal), "deal")]
[JsonDerivedType(typeof(WroteStageMove), "stage_move")]
[JsonDerivedType(typeof(WroteDealUpdate), "deal_update")]
[JsonDerivedType(typeof(WroteDealCorrection), "deal_correction")]
[JsonDerivedType(typeof(WroteActivityCorrection), "activity_correction")]
[JsonDerivedType(typeof(WrotePlan), "plan")]
[JsonDerivedType(typeof(WroteTarget), "target")]
[JsonDerivedType(typeof(WroteInvite), "invite")]
[JsonDerivedType(typeof(WroteSetting), "setting")]
[JsonDerivedType(typeof(WroteHoliday), "holiday")]
[JsonDerivedType(typeof(WroteAway), "away")]
[JsonDerivedType(typeof(WroteBack), "back")]
[JsonDerivedType(typeof(WroteConnect), "connect")]
[JsonDerivedType(typeof(WroteDisconnect), "disconnect")]
[JsonDerivedType(typeof(WroteTip), "tip")]
public abstract record Wrote : Outcome
{
    public override string Render(LanguageReplies words) => words.Wrote(this);
}

/// <param name="With">The account, else the contact, it was with.</param>
public sealed record WroteActivity(ActivityType Type, string? With, DateOnly On, string? NewAccount) : Wrote;

public sealed record WroteContact(string Contact, string? NewAccount) : Wrote;

public sealed record WroteTask(string Task) : Wrote;

public sealed record WroteTaskDone(string Task) : Wrote;

public sealed record WroteDeal(string Deal, string? NewAccount) : Wrote;

public sealed record WroteStageMove(string Deal, DealStage From, DealStage To) : Wrote;

/// <param name="Amount">The new amount as the chat could see it then; null with <paramref name="AmountChanged"/> when it could not.</param>
public sealed record WroteDealUpdate(string Deal, bool AmountChanged, Figure? Amount, DateOnly? Close, DealStage? From, DealStage? To, DateOnly Today) : Wrote;

public sealed record WroteDealCorrection(string Deal, bool AmountChanged, Figure? Amount, DealStage? Stage, DateOnly? Close, DateOnly Today) : Wrote;

public sealed record WroteActivityCorrection(ActivityType Type, string? Account, string? Contact, DateOnly? Day, DateOnly Today) : Wrote;

/// <param name="Replaced">Today's plan was set before (undo puts the earlier one back).</param>
public sealed record WrotePlan(bool Replaced) : Wrote;

/// <param name="Rep">The rep the target is for; null for the team's. <paramref name="Currency"/> is a won-amount target's.</param>
public sealed record WroteTarget(string Metric, decimal Value, TargetPeriod Period, string? Rep = null, string? Currency = null) : Wrote;

public sealed record WroteInvite(string Name) : Wrote;

/// <summary>A tip shared with the team (Features/Tips/ShareTip).</summary>
public sealed record WroteTip(string Text) : Wrote;

public sealed record WroteSetting(string Setting, string Value) : Wrote;

public sealed record WroteHoliday(DateOnly Date, DateOnly Today) : Wrote;

public sealed record WroteAway(DateOnly? Until, DateOnly Today) : Wrote;

public sealed record WroteBack : Wrote;

public sealed record WroteConnect(string? Chat) : Wrote;

public sealed record WroteDisconnect(string? Chat) : Wrote;

/// <summary>
/// What one or more journal entries did, as a reply names it: their facts in the reader's pack, or, for an entry
/// written before facts were kept, the English line it has. Entries are joined with a comma, as they always were.
/// </summary>
public sealed record WriteSummary(IReadOnlyList<WriteSummary.Entry> Entries) : Outcome
{
    /// <param name="Facts">Empty for an entry from before facts were kept.</param>
    public sealed record Entry(IReadOnlyList<Wrote> Facts, string Text);

    public static WriteSummary Of(JournalEntry entry) => Of([entry]);

    public static WriteSummary Of(IEnumerable<JournalEntry> entries) => new(entries.Select(e => new Entry(Read(e.Facts), e.Summary)).ToList());

    /// <summary>A summary already written as text (an entry's English line), shown as it is.</summary>
    public static WriteSummary Text(string text) => new([new Entry([], text)]);

    public override string Render(LanguageReplies words) =>
        string.Join(", ", Entries.Select(e => e.Facts.Count == 0 ? e.Text : words.WroteAll(e.Facts)));

    public static string Write(IReadOnlyList<Wrote> facts) => JsonSerializer.Serialize(facts);

    public static IReadOnlyList<Wrote> Read(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<Wrote>>(json) ?? [];
}
