using SalesBot.Core.Features.Undo;

namespace SalesBot.Core.Conversation.Languages;

public abstract partial class LanguageReplies
{
    public abstract string Amended(Amended amended);

    /// <summary>The channel's correction after an undo of a write whose post went out: "↩ Anna undid Contoso upgrade Negotiation → Won".</summary>
    public abstract string PostUndid(string member, string summary);

    /// <summary>The same for a channel that may not see the amounts the summary names.</summary>
    public abstract string PostUndidChangesTo(string member, IReadOnlyList<string> deals);

    public abstract string NotYoursToUndo(NotYoursToUndo o);

    // ---- What undo names: a write's facts (Conversation/Wrote.cs) ------------------------------------

    /// <summary>One write's fact: "the call with Contoso on Nov 18". Manager writes word theirs in the admin part.</summary>
    public string Wrote(Wrote w) => w switch
    {
        WroteTarget t => TargetSummary(t.Metric, t.Value, t.Period, t.Rep, t.Currency),
        WroteInvite i => InviteSummary(i.Name),
        WroteTip t => TipSummary(t.Text),
        WroteSetting s => TeamSettingSummary(s.Setting, s.Value),
        WroteHoliday h => HolidaySummary(h.Date, h.Today),
        WroteAway a => AwaySummary(a.Until, a.Today),
        WroteBack => BackSummary(),
        WroteConnect c => ConnectSummary(c.Chat),
        WroteDisconnect d => DisconnectSummary(d.Chat),
        _ => WroteRecord(w),
    };

    /// <summary>The facts of one message's writes, joined: "the call with Contoso on Nov 18 and the task \"send quote\"".</summary>
    public string WroteAll(IReadOnlyList<Wrote> facts) => string.Join(WroteAnd, facts.Select(Wrote));

    /// <summary>A rep's write: an activity, a contact, a task, a deal, a plan, a correction.</summary>
    protected abstract string WroteRecord(Wrote w);

    /// <summary>" and ".</summary>
    protected abstract string WroteAnd { get; }

    public abstract string AlreadyUndone(AlreadyUndone o);

    public abstract string NothingToUndo(NothingToUndo o);

    public abstract string AskUndoOlder(AskUndoOlder o);

    public abstract string LeftAsItWas(LeftAsItWas o);

    /// <summary>One thing that changed since a write ("Contoso upgrade is now in Won"), for <see cref="LeftAsItWas"/>.</summary>
    public abstract string ChangedSince(ChangedSince o);

    /// <summary>A created record undo kept ("the account Contoso"), for <see cref="Undone"/>.</summary>
    public abstract string KeptInUse(KeptInUse o);

    public abstract string Undone(Undone o);

    public abstract string CorrectionMissing(CorrectionMissing o);

    public abstract string NothingToCorrect(NothingToCorrect o);

    public abstract string CannotCorrect(CannotCorrect o);

    public abstract string ActivityCorrectionMissing(ActivityCorrectionMissing o);

    public abstract string ActivityCorrected(ActivityCorrected o);

    public abstract string DealCorrectionMissing(DealCorrectionMissing o);

    public abstract string DealCorrected(DealCorrected o);

    public abstract string TooOldToAmend(TooOldToAmend o);
}
