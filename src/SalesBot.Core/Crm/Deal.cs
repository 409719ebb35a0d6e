namespace SalesBot.Core.Crm;

/// <summary>An opportunity with one account, owned by one rep, moving through <see cref="DealStage"/>.</summary>
public class Deal
{
    public int Id { get; set; }
    public int TeamId { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public int OwnerId { get; set; }
    public Member? Owner { get; set; }
    public required string Name { get; set; }
    public required string NormalizedName { get; set; }
    public DealStage Stage { get; set; } = DealStage.Lead;
    public decimal? Amount { get; set; }
    public string? Currency { get; set; }
    public DateOnly? CloseDate { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset StageChangedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    /// <summary>Why it was lost, as the rep said it ("went with Salesforce"); cleared when it moves on.</summary>
    public string? LostReason { get; set; }
    public int? JournalEntryId { get; set; }

    public List<DealStageChange> StageHistory { get; set; } = [];
    public List<DealCollaborator> Collaborators { get; set; } = [];

    public bool IsOpen => !Stage.IsClosed();

    /// <summary>
    /// A new deal, owned by <paramref name="ownerId"/>, entering its first stage the way every later move enters one
    /// (a first history entry from no stage, closed at once if it starts won or lost).
    /// </summary>
    public static Deal Open(int teamId, Account account, int ownerId, string name, DealStage stage, DateTimeOffset at, int? journalEntryId = null)
    {
        var deal = new Deal
        {
            TeamId = teamId, Account = account, AccountId = account.Id, OwnerId = ownerId, Name = name,
            NormalizedName = CompanyName.NormalizePlain(name), CreatedAt = at, JournalEntryId = journalEntryId,
        };
        deal.Enter(stage, from: null, ownerId, at).JournalEntryId = journalEntryId;
        return deal;
    }

    /// <summary>
    /// The one place a deal changes stage: records who moved it and when, and closes or reopens it.
    /// Returns null when the deal is already in that stage (nothing to record).
    /// </summary>
    public DealStageChange? MoveTo(DealStage stage, int byMemberId, DateTimeOffset at) =>
        stage == Stage ? null : Enter(stage, Stage, byMemberId, at);

    /// <summary>
    /// Takes back a move (undo): the deal returns to the stage it was in, as it was in it (since when, closed when,
    /// lost why). No history entry is added: the undone move's own entry is deleted with its journal entry, so a move
    /// and its undo count as no stage move in the reports, where a second <see cref="MoveTo"/> would count two.
    /// </summary>
    public void ReturnTo(DealStage stage, DateTimeOffset enteredAt, DateTimeOffset? closedAt, string? lostReason)
    {
        Stage = stage;
        StageChangedAt = enteredAt;
        ClosedAt = stage.IsClosed() ? closedAt ?? enteredAt : null;
        LostReason = stage == DealStage.Lost ? lostReason : null;
    }

    private DealStageChange Enter(DealStage stage, DealStage? from, int byMemberId, DateTimeOffset at)
    {
        var change = new DealStageChange
        {
            DealId = Id,
            From = from,
            To = stage,
            ChangedAt = at,
            ChangedByMemberId = byMemberId,
        };
        Stage = stage;
        StageChangedAt = at;
        ClosedAt = stage.IsClosed() ? at : null;
        LostReason = stage == DealStage.Lost ? LostReason : null;
        StageHistory.Add(change);
        return change;
    }
}

/// <summary>One step of a deal's stage history. The first entry of a new deal has <see cref="From"/> null.</summary>
public class DealStageChange
{
    public int Id { get; set; }
    public int DealId { get; set; }
    public DealStage? From { get; set; }
    public DealStage To { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public int ChangedByMemberId { get; set; }
    public int? JournalEntryId { get; set; }
}

/// <summary>A colleague working a deal with its owner (team selling: a technical expert, finance, legal).</summary>
public class DealCollaborator
{
    public int DealId { get; set; }
    public int MemberId { get; set; }
    public string? Role { get; set; }
}
