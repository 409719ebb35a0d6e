using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesBot.Channels.Teams;

/// <summary>
/// The Bot Framework activity, limited to the fields SalesBot reads or writes (PROTOCOLS.md A2).
/// Unknown fields are ignored on the way in and never written on the way out.
/// </summary>
public sealed record TeamsActivity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }
    public string? Locale { get; init; }
    public string? ReplyToId { get; init; }
    /// <summary>Card submit data (message) or invoke payload; any JSON.</summary>
    public JsonElement? Value { get; init; }
    public string? Name { get; init; }
    /// <summary>installationUpdate: add, remove, add-upgrade, remove-upgrade.</summary>
    public string? Action { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    /// <summary>messageReaction: what was added to or taken from the message <see cref="ReplyToId"/> names.</summary>
    public IReadOnlyList<MessageReaction>? ReactionsAdded { get; init; }
    public IReadOnlyList<MessageReaction>? ReactionsRemoved { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public TeamsChannelData? ChannelData { get; init; }
}

/// <summary>One reaction of a messageReaction activity: its type ("like", "heart", "laugh", ...).</summary>
public sealed record MessageReaction
{
    public string? Type { get; init; }
}

public sealed record ChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
}

public sealed record ConversationAccount
{
    public string? Id { get; init; }
    /// <summary>personal, groupChat or channel.</summary>
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public bool? IsGroup { get; init; }
    public string? Name { get; init; }
}

/// <summary>Only mentions are read; other entity types (clientInfo, ...) pass through untouched.</summary>
public sealed record Entity
{
    public string? Type { get; init; }
    public ChannelAccount? Mentioned { get; init; }
    public string? Text { get; init; }
}

public sealed record Attachment
{
    public required string ContentType { get; init; }
    public required JsonElement Content { get; init; }
}

public sealed record TeamsChannelData
{
    public string? EventType { get; init; }
    public TeamsIdName? Tenant { get; init; }
    public TeamsIdName? Team { get; init; }
    public TeamsIdName? Channel { get; init; }
    public TeamsChannelSettings? Settings { get; init; }
}

public sealed record TeamsIdName
{
    public string? Id { get; init; }
    public string? Name { get; init; }
}

public sealed record TeamsChannelSettings
{
    public TeamsIdName? SelectedChannel { get; init; }
}

/// <summary>What the connector answers for a send, reply or update.</summary>
public sealed record ResourceResponse
{
    public string? Id { get; init; }
}

/// <summary>Body of <c>POST /v3/conversations</c> (A7).</summary>
public sealed record ConversationParameters
{
    public bool IsGroup { get; init; }
    public ChannelAccount? Bot { get; init; }
    public IReadOnlyList<ChannelAccount>? Members { get; init; }
    public string? TenantId { get; init; }
    public OutgoingActivity? Activity { get; init; }
    public TeamsChannelData? ChannelData { get; init; }
}

public sealed record ConversationResourceResponse
{
    public string? Id { get; init; }
    public string? ActivityId { get; init; }
    public string? ServiceUrl { get; init; }
}

/// <summary>An activity the bot sends: a message with text and, usually, one Adaptive Card.</summary>
public sealed record OutgoingActivity
{
    public string Type { get; init; } = "message";
    /// <summary>Set only on update (PUT): the activity being replaced.</summary>
    public string? Id { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }
    public string? ReplyToId { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public string? Summary { get; init; }
}

/// <summary>One JSON shape for the wire: camelCase, nulls left out.</summary>
public static class TeamsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
