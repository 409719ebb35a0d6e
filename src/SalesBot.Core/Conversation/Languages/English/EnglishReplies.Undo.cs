using SalesBot.Core.Crm;
using System.Globalization;
using Humanizer;
using SalesBot.Core.Features.Undo;

namespace SalesBot.Core.Conversation.Languages.English;

public sealed partial class EnglishReplies
{
    public override string Amended(Amended a) => $"✎ Amended (replaced {a.Replaced.Render(this)}). {a.Then.Render(this)}";

    public override string PostUndid(string member, string summary) => $"↩ {member} undid {summary}";

    public override string PostUndidChangesTo(string member, IReadOnlyList<string> deals) => $"↩ {member} undid the changes to {string.Join(", ", deals)}";

    public override string NotYoursToUndo(NotYoursToUndo o) => "That entry isn't yours to undo, or it no longer exists. Nothing changed.";

    public override string AlreadyUndone(AlreadyUndone o) => $"Already undone: {o.Summary.Render(this)}.";

    public override string NothingToUndo(NothingToUndo o) => "There is nothing of yours to undo.";

    public override string AskUndoOlder(AskUndoOlder o) =>
        $"The last thing I wrote for you was {o.Summary.Render(this)}, {(o.Ago < TimeSpan.FromMinutes(1) ? "just now" : o.Ago.Humanize(precision: 1, culture: EnUs, minUnit: Humanizer.Localisation.TimeUnit.Minute) + " ago")}. Undo it?";

    public override string LeftAsItWas(LeftAsItWas o) =>
        $"I left it as it was: since then {string.Join("; ", o.ChangedSince.Select(c => c.Render(this)))}. Change it by hand if it is still wrong.";

    public override string Undone(Undone o) =>
        $"↩ Undone: {o.Summary.Render(this)}." + (o.Kept.Count > 0 ? $" Kept {string.Join(", ", o.Kept.Select(k => k.Render(this)))}: later entries use it." : "");

    public override string CorrectionMissing(CorrectionMissing o) =>
        "What should I correct? For example: \"no wait, that was Fabrikam\" or \"oops I meant 35k\". Nothing was written.";

    public override string NothingToCorrect(NothingToCorrect o) => "There is nothing of yours to correct.";

    public override string CannotCorrect(CannotCorrect o) => $"I can't correct {o.Summary.Render(this)} that way. Type \"undo\" and send it again. Nothing was written.";

    public override string ActivityCorrectionMissing(ActivityCorrectionMissing o) =>
        "Your last entry was an activity: I can correct its account, contact or day. Nothing was written.";

    public override string ActivityCorrected(ActivityCorrected o) =>
        $"✎ Corrected: the {Noun(o.Type)} is now {string.Join(", ", ActivityChanges(o))}.";

    public override string DealCorrectionMissing(DealCorrectionMissing o) =>
        $"Your last entry was about {o.Deal}: I can correct its amount, stage or close date. Nothing was written.";

    public override string DealCorrected(DealCorrected o)
    {
        var said = new List<string>();
        if (o.AmountChanged)
        {
            said.Add(o.Amount is { } amount ? $"amount {Money(amount)}" : "amount changed");
        }

        if (o.Stage is { } stage)
        {
            said.Add($"stage {Stage(stage)}");
        }

        if (o.CloseDate is { } close)
        {
            said.Add($"closing {Day(close, o.Today)}");
        }

        return $"✎ Corrected {o.Deal}: {string.Join(", ", said)}.";
    }

    public override string TooOldToAmend(TooOldToAmend o) =>
        "That message is too old to amend by editing, so I left it as it was. Type \"undo\" (or press Undo) and send it again.";

    private IEnumerable<string> ActivityChanges(ActivityCorrected o)
    {
        if (o.Account is not null)
        {
            yield return $"with {o.Account}";
        }

        if (o.Contact is not null)
        {
            yield return $"with {o.Contact}";
        }

        if (o.Day is { } day)
        {
            yield return Day(day, o.Today);
        }
    }

    public override string ChangedSince(ChangedSince o) => o switch
    {
        DealRenamed r => $"the deal was renamed {r.Name}",
        DealStageNow s => $"{s.Deal} is now in {Stage(s.Stage)}",
        DealAmountChangedAgain a => $"{a.Deal}'s amount was changed again",
        DealCloseDateNow c => $"{c.Deal}'s close date is now {(c.Date is { } d ? d.ToString("MMM d", CultureInfo.InvariantCulture) : "not set")}",
        SettingBecame s => $"{s.Setting} became {s.Value}",
        MemberStatusAgain m => $"{m.Member} is {m.Status.ToString().ToLowerInvariant()} again",
        TargetBecame t => $"the target became {t.Value.ToString("0.##", CultureInfo.InvariantCulture)}",
        ChatConnectedAgain => "the chat was connected again",
        _ => "the chat was disconnected",
    };

    public override string KeptInUse(KeptInUse o) => o.Kind switch
    {
        KeptKind.Account => $"the account {o.Name}",
        KeptKind.Contact => $"the contact {o.Name}",
        KeptKind.Deal => $"the deal {o.Name}",
        KeptKind.Member => $"the member {o.Name}",
        _ => $"the join code {o.Name}, already used",
    };

    protected override string WroteAnd => " and ";

    protected override string WroteRecord(Wrote w) => w switch
    {
        WroteActivity a => $"the {Noun(a.Type)}{(a.With is { } with ? $" with {with}" : "")} on {a.On.ToString("MMM d", CultureInfo.InvariantCulture)}"
            + AndNewAccount(a.NewAccount),
        WroteContact c => $"the contact {c.Contact}" + AndNewAccount(c.NewAccount),
        WroteTask t => $"the task \"{t.Task}\"",
        WroteTaskDone t => $"marking \"{t.Task}\" done",
        WroteDeal d => $"the new deal {d.Deal}" + AndNewAccount(d.NewAccount),
        WroteStageMove m => $"{m.Deal} {Stage(m.From)} → {Stage(m.To)}",
        WroteDealUpdate u => $"the change to {u.Deal} ({string.Join(", ", Said(u))})",
        WroteDealCorrection c => $"the correction to {c.Deal} ({string.Join(", ", Said(c))})",
        WroteActivityCorrection c => $"the correction of the {Noun(c.Type)} ({string.Join(", ", Said(c))})",
        WrotePlan p => p.Replaced ? "the new plan for today (the earlier one is back)" : "today's plan",
        _ => w.GetType().Name,
    };

    private static string AndNewAccount(string? account) => account is null ? "" : $" and the new account {account}";

    private string AmountSaid(Replies.Figure? amount) => amount is { } shown ? $"amount {Money(shown)}" : "amount changed";

    private IEnumerable<string> Said(WroteDealUpdate u)
    {
        if (u.AmountChanged)
        {
            yield return AmountSaid(u.Amount);
        }

        if (u.Close is { } close)
        {
            yield return $"closing {Day(close, u.Today)}";
        }

        if (u.From is { } from && u.To is { } to)
        {
            yield return $"{Stage(from)} → {Stage(to)}";
        }
    }

    private IEnumerable<string> Said(WroteDealCorrection c)
    {
        if (c.AmountChanged)
        {
            yield return AmountSaid(c.Amount);
        }

        if (c.Stage is { } stage)
        {
            yield return $"stage {Stage(stage)}";
        }

        if (c.Close is { } close)
        {
            yield return $"closing {Day(close, c.Today)}";
        }
    }

    private IEnumerable<string> Said(WroteActivityCorrection c)
    {
        if (c.Account is not null)
        {
            yield return $"with {c.Account}";
        }

        if (c.Contact is not null)
        {
            yield return $"with {c.Contact}";
        }

        if (c.Day is { } day)
        {
            yield return Day(day, c.Today);
        }
    }
}
