using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesBot.Core.Features.Export;

// The export document (docs/cli.md, "export"), serialized with snake_case names, and what `import` reads back.
// Records refer to each other by name within their team (team, member, account names are unique there); deals
// and contacts, whose names need not be unique, also carry a "key" (their position in the export) that activities
// and tasks refer to. Messenger identities (member ids, chat ids) are present only in an export made with
// --with-identities; null fields of that kind are left out.

public sealed record CrmExport(
    IReadOnlyList<TeamExport> Teams,
    IReadOnlyList<MemberExport> Members,
    IReadOnlyList<AccountExport> Accounts,
    IReadOnlyList<ContactExport> Contacts,
    IReadOnlyList<DealExport> Deals,
    IReadOnlyList<ActivityExport> Activities,
    IReadOnlyList<TaskExport> Tasks,
    IReadOnlyList<PlanExport> Plans,
    IReadOnlyList<TargetExport> Targets)
{
    /// <summary>1: the document's shape; import refuses one it does not know.</summary>
    public int FormatVersion { get; init; } = 1;

    public bool WithIdentities { get; init; }
}

public sealed record TeamExport(
    string Name, string TimeZone, string Currency, string StandupTime, string WorkingDays, string Visibility,
    string? Language = null, string? DigestDay = null, string? DigestTime = null, int? PlanPromptMinutesBefore = null,
    string? ChannelEvents = null, bool? ShowAmountsInChannel = null, string? QuietHoursStart = null, string? QuietHoursEnd = null,
    DateTimeOffset? CreatedAt = null, IReadOnlyList<HolidayExport>? Holidays = null, IReadOnlyList<ChannelBindingExport>? ChannelBindings = null,
    bool? DigestInChannel = null);

public sealed record HolidayExport(DateOnly Date, string? Name);

/// <summary>A chat the team's posts go to; its chat id and the messenger's address only with --with-identities.</summary>
public sealed record ChannelBindingExport(
    string Channel, string? Title, bool IsActive, DateTimeOffset BoundAt, string? BoundBy,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ChatId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ThreadId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Address = null)
{
    /// <summary>Fields this format does not name: what exports before session 6 carried instead of <see cref="Address"/>,
    /// which the CLI reads and writes at the file's edge.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

/// <summary>A member's identity on one messenger (<see cref="Crm.ChannelIdentity"/>), only with --with-identities.</summary>
public sealed record IdentityExport(
    string Channel,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? UserId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DirectoryId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PrivateChatId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Address = null,
    bool Verified = false);

/// <summary>A member; their identities (<see cref="Identities"/>) only with --with-identities.</summary>
public sealed record MemberExport(
    string Name, string Team, string Role, string Status,
    DateOnly? AwayUntil = null, DateTimeOffset? JoinedAt = null, bool? PrivateChatActive = null,
    string? Language = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<IdentityExport>? Identities = null)
{
    /// <summary>Fields this format does not name: the per-messenger ids exports before session 6 carried instead of
    /// <see cref="Identities"/>, which the CLI reads and writes at the file's edge.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

public sealed record AccountExport(string Name, string Team, DateTimeOffset? CreatedAt = null, string? CreatedBy = null);

public sealed record ContactExport(string Name, string? Account, string Team, int Key = 0, string? Email = null, string? Phone = null, DateTimeOffset? CreatedAt = null, string? Role = null);

public sealed record DealExport(
    string Name, string Team, string Account, string Owner, string Stage, decimal? Amount, string? Currency,
    DateOnly? CloseDate, DateTimeOffset CreatedAt, IReadOnlyList<StageChangeExport> StageHistory,
    int Key = 0, DateTimeOffset? StageChangedAt = null, DateTimeOffset? ClosedAt = null, IReadOnlyList<CollaboratorExport>? Collaborators = null, string? LostReason = null);

public sealed record StageChangeExport(string? From, string To, DateTimeOffset At, string By);

public sealed record CollaboratorExport(string Member, string? Role);

public sealed record ActivityExport(
    string Type, string Member, string Team, string? Account, string? Contact, string? Deal,
    DateOnly HappenedOn, DateTimeOffset RecordedAt, string? Notes, IReadOnlyList<string> Participants,
    int? ContactKey = null, int? DealKey = null, string? HappenedAt = null, string? SourceText = null);

public sealed record TaskExport(
    string Title, string Owner, string Team, DateOnly? Due, DateTimeOffset? DoneAt,
    string? DueTime = null, string? Account = null, int? DealKey = null, DateTimeOffset? CreatedAt = null);

public sealed record PlanExport(string Member, string Team, DateOnly Date, IReadOnlyList<string> Items, DateTimeOffset? UpdatedAt = null);

/// <param name="Rep">The rep the target is for; absent for the team's target (every rep).</param>
public sealed record TargetExport(string Team, string Metric, string Period, decimal Value, string? SetBy = null, DateTimeOffset? SetAt = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Rep = null);
