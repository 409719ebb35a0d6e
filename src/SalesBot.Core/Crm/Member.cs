namespace SalesBot.Core.Crm;

/// <summary>
/// A person on a team, linked to their messenger identities. A message from an identity that no
/// member carries writes nothing: that is what keeps strangers out of a team's CRM.
/// </summary>
public class Member
{
    public int Id { get; set; }
    public int TeamId { get; set; }
    public Team? Team { get; set; }
    public required string Name { get; set; }
    public required string NormalizedName { get; set; }
    public MemberRole Role { get; set; } = MemberRole.Rep;
    public MemberStatus Status { get; set; } = MemberStatus.Active;
    /// <summary>Last day away, inclusive; no prompts or nags until the day after.</summary>
    public DateOnly? AwayUntil { get; set; }
    /// <summary>The language the member asked the bot to answer in ("/lang pl"); null follows the message and the team.</summary>
    public string? Language { get; set; }

    /// <summary>How each messenger knows this person: at most one row per messenger.</summary>
    public List<ChannelIdentity> Identities { get; set; } = [];
    /// <summary>This member's identity on <paramref name="channel"/>, if any.</summary>
    public ChannelIdentity? IdentityOn(ChannelKind channel) => Identities.FirstOrDefault(i => i.Channel == channel);

    /// <summary>
    /// Where the bot writes to this member first (plan prompts, reminders): the identity with a known private chat,
    /// the messengers in the order <see cref="ChannelKind"/> lists them; null when blocked or unknown.
    /// </summary>
    public ChannelIdentity? PrivateChat() => PrivateChatActive
        ? Identities.Where(i => i.PrivateChatId is not null).OrderBy(i => i.Channel).FirstOrDefault()
        : null;

    /// <summary>False once a messenger said the person blocked the bot: no more private sends.</summary>
    public bool PrivateChatActive { get; set; } = true;
    public DateTimeOffset JoinedAt { get; set; }
    /// <summary>The manager's invite that added this member: undo removes them while they have not joined.</summary>
    public int? JournalEntryId { get; set; }

    public bool IsManager => Role == MemberRole.Manager;

    public bool IsAwayOn(DateOnly day) =>
        Status == MemberStatus.Away && (AwayUntil is null || day <= AwayUntil.Value);
}

/// <summary>A one-time code a manager hands out so a colleague can link their messenger identity ("/join K7P2QX").</summary>
public class JoinCode
{
    public int Id { get; set; }
    public int TeamId { get; set; }
    public required string Code { get; set; }
    /// <summary>The member the code links; null makes a new member from the sender's display name.</summary>
    public int? MemberId { get; set; }
    public MemberRole Role { get; set; } = MemberRole.Rep;
    public int? CreatedByMemberId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    /// <summary>The manager said "relink": the code may move an already linked member to the identity that joins.</summary>
    public bool Relink { get; set; }
    /// <summary>The invite that made it: undo withdraws an unused code.</summary>
    public int? JournalEntryId { get; set; }
}
