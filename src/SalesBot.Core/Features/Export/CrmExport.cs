namespace SalesBot.Core.Features.Export;

// The export document (shared/contracts/cli.md, "export"). Serialized with snake_case names.

public sealed record CrmExport(
    IReadOnlyList<TeamExport> Teams,
    IReadOnlyList<MemberExport> Members,
    IReadOnlyList<AccountExport> Accounts,
    IReadOnlyList<ContactExport> Contacts,
    IReadOnlyList<DealExport> Deals,
    IReadOnlyList<ActivityExport> Activities,
    IReadOnlyList<TaskExport> Tasks,
    IReadOnlyList<PlanExport> Plans,
    IReadOnlyList<TargetExport> Targets);

public sealed record TeamExport(string Name, string TimeZone, string Currency, string StandupTime, string WorkingDays, string Visibility);

public sealed record MemberExport(string Name, string Team, string Role, string Status, long? TelegramUserId, string? AadObjectId);

public sealed record AccountExport(string Name, string Team);

public sealed record ContactExport(string Name, string? Account, string Team);

public sealed record DealExport(
    string Name, string Team, string Account, string Owner, string Stage, decimal? Amount, string? Currency,
    DateOnly? CloseDate, DateTimeOffset CreatedAt, IReadOnlyList<StageChangeExport> StageHistory);

public sealed record StageChangeExport(string? From, string To, DateTimeOffset At, string By);

public sealed record ActivityExport(
    string Type, string Member, string Team, string? Account, string? Contact, string? Deal,
    DateOnly HappenedOn, DateTimeOffset RecordedAt, string? Notes, IReadOnlyList<string> Participants);

public sealed record TaskExport(string Title, string Owner, string Team, DateOnly? Due, DateTimeOffset? DoneAt);

public sealed record PlanExport(string Member, string Team, DateOnly Date, IReadOnlyList<string> Items);

public sealed record TargetExport(string Team, string Metric, string Period, decimal Value);
