using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Undo;

/// <summary>
/// Something that changed on a record after a write, so undo left the write in place ("Contoso upgrade is now in
/// Won"). Facts only; each pack words them (<see cref="LanguageReplies.ChangedSince"/>).
/// </summary>
public abstract record ChangedSince : Outcome
{
    public override string Render(LanguageReplies words) => words.ChangedSince(this);
}

public sealed record DealRenamed(string Name) : ChangedSince;

public sealed record DealStageNow(string Deal, DealStage Stage) : ChangedSince;

public sealed record DealAmountChangedAgain(string Deal) : ChangedSince;

public sealed record DealCloseDateNow(string Deal, DateOnly? Date) : ChangedSince;

/// <summary>A team setting holds another value now, in set_team_setting's words ("standup_time", "09:30").</summary>
public sealed record SettingBecame(string Setting, string Value) : ChangedSince;

public sealed record MemberStatusAgain(string Member, MemberStatus Status) : ChangedSince;

public sealed record TargetBecame(decimal Value) : ChangedSince;

public sealed record ChatConnectedAgain : ChangedSince;

public sealed record ChatDisconnected : ChangedSince;
