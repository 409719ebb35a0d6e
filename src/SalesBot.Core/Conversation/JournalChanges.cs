using System.Text.Json;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Conversation;

/// <summary>
/// The before-values of what one write updated (created rows are found by their JournalEntryId).
/// Stored as JSON in <see cref="JournalEntry.Changes"/>; undo puts these values back.
/// </summary>
public sealed record JournalChanges
{
    public List<DealBefore> Deals { get; init; } = [];
    /// <summary>The same deals as the write left them: undo restores only the fields that differ, and only while they still hold these values.</summary>
    public List<DealBefore> DealsAfter { get; init; } = [];
    public List<TaskBefore> Tasks { get; init; } = [];
    public List<PlanBefore> Plans { get; init; } = [];
    public List<ActivityBefore> Activities { get; init; } = [];

    // Manager writes (Features/Administration/RevertManagerWrites.cs puts these back).
    public List<TeamSettingBefore> TeamSettings { get; init; } = [];
    public List<MemberBefore> Members { get; init; } = [];
    public List<TargetBefore> Targets { get; init; } = [];
    public List<BindingBefore> Bindings { get; init; } = [];
    /// <summary>Unused join codes an invite revoked (only a member's newest code works): undo gives them back.</summary>
    public List<JoinCodeBefore> RevokedCodes { get; init; } = [];

    public static JournalChanges Read(JournalEntry entry) =>
        string.IsNullOrEmpty(entry.Changes) ? new JournalChanges() : JsonSerializer.Deserialize<JournalChanges>(entry.Changes) ?? new JournalChanges();

    /// <summary>Records what the write left on each deal it changed (called once the turn's handlers are done).</summary>
    public static void Seal(JournalEntry entry, IEnumerable<Deal> tracked)
    {
        var changes = Read(entry);
        if (changes.Deals.Count == 0)
        {
            return;
        }

        var deals = tracked.ToDictionary(d => d.Id);
        changes.DealsAfter.Clear();
        changes.DealsAfter.AddRange(changes.Deals.Select(d => d.Id).Distinct().Where(deals.ContainsKey).Select(id => DealBefore.Of(deals[id])));
        entry.Changes = JsonSerializer.Serialize(changes);
    }

    public static void Add(JournalEntry entry, Action<JournalChanges> change)
    {
        var changes = Read(entry);
        change(changes);
        entry.Changes = JsonSerializer.Serialize(changes);
    }
}

public sealed record DealBefore(int Id, string Name, DealStage Stage, decimal? Amount, string? Currency, DateOnly? CloseDate,
    DateTimeOffset StageChangedAt, DateTimeOffset? ClosedAt, string? LostReason = null)
{
    public static DealBefore Of(Deal d) => new(d.Id, d.Name, d.Stage, d.Amount, d.Currency, d.CloseDate, d.StageChangedAt, d.ClosedAt, d.LostReason);
}

/// <summary>What a correction changed on a logged activity.</summary>
public sealed record ActivityBefore(int Id, int? AccountId, int? ContactId, DateOnly HappenedOn);

public sealed record TaskBefore(int Id, DateTimeOffset? DoneAt);

public sealed record PlanBefore(int Id, List<string> Items, DateTimeOffset UpdatedAt, int? JournalEntryId);

/// <summary>One team setting as a manager's write found it and left it, in set_team_setting's words ("standup_time", "09:00").</summary>
public sealed record TeamSettingBefore(int TeamId, string Setting, string Before, string After);

/// <summary>A member's away state before "away" or "back", and after it.</summary>
public sealed record MemberBefore(int Id, MemberStatus Status, DateOnly? AwayUntil, MemberStatus AfterStatus, DateOnly? AfterAwayUntil);

/// <summary>A target's value before a manager changed it.</summary>
public sealed record TargetBefore(int Id, decimal Value, int? SetByMemberId, DateTimeOffset SetAt, int? JournalEntryId, decimal After);

/// <summary>A channel binding as /connect changed it or /disconnect removed it: undo restores it.</summary>
public sealed record BindingBefore(int TeamId, ChannelKind Channel, string ChatId, string? ThreadId, string? Address,
    string? Title, bool IsActive, int? BoundByMemberId, DateTimeOffset BoundAt, int? JournalEntryId, bool Removed)
{
    public static BindingBefore Of(ChannelBinding b, bool removed) => new(b.TeamId, b.Channel, b.ChatId, b.ThreadId, b.Address,
        b.Title, b.IsActive, b.BoundByMemberId, b.BoundAt, b.JournalEntryId, removed);
}

/// <summary>An unused join code as an invite found it before revoking it.</summary>
public sealed record JoinCodeBefore(int TeamId, string Code, int? MemberId, MemberRole Role, int? CreatedByMemberId, DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt, bool Relink, int? JournalEntryId)
{
    public static JoinCodeBefore Of(JoinCode j) => new(j.TeamId, j.Code, j.MemberId, j.Role, j.CreatedByMemberId, j.CreatedAt, j.ExpiresAt, j.Relink, j.JournalEntryId);

    public JoinCode ToCode() => new()
    {
        TeamId = TeamId, Code = Code, MemberId = MemberId, Role = Role, CreatedByMemberId = CreatedByMemberId, CreatedAt = CreatedAt,
        ExpiresAt = ExpiresAt, Relink = Relink, JournalEntryId = JournalEntryId,
    };
}
