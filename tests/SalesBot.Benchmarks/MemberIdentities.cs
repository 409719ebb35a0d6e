using System.Globalization;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Crm;

/// <summary>
/// The tests' short ways to give a member the identities the old per-messenger columns held, and to read them back
/// (Telegram: the user id, which is also the private chat; Teams: user id, Entra object id, 1:1 conversation, serviceUrl).
/// </summary>
internal static class MemberIdentities
{
    public static Member WithTelegram(this Member member, long userId)
    {
        var id = userId.ToString(CultureInfo.InvariantCulture);
        member.Identities.Add(new ChannelIdentity { Channel = ChannelKind.Telegram, UserId = id, PrivateChatId = id, Verified = true });
        return member;
    }

    public static Member WithTeams(this Member member, string? userId = null, string? aadObjectId = null, string? conversationId = null, string? serviceUrl = null)
    {
        member.Identities.Add(new ChannelIdentity
        {
            Channel = ChannelKind.Teams,
            UserId = userId,
            DirectoryId = aadObjectId,
            PrivateChatId = conversationId,
            Address = ServiceAddress(serviceUrl),
            Verified = userId is not null,
        });
        return member;
    }

    public static long? TelegramUserId(this Member member) =>
        member.IdentityOn(ChannelKind.Telegram)?.UserId is { } id ? long.Parse(id, CultureInfo.InvariantCulture) : null;

    public static string? TeamsUserId(this Member member) => member.IdentityOn(ChannelKind.Teams)?.UserId;

    public static string? AadObjectId(this Member member) => member.IdentityOn(ChannelKind.Teams)?.DirectoryId;

    public static string? TeamsConversationId(this Member member) => member.IdentityOn(ChannelKind.Teams)?.PrivateChatId;

    public static string? TeamsServiceUrl(this Member member) => ServiceUrlOf(member.IdentityOn(ChannelKind.Teams)?.Address);

    /// <summary>A Teams address holding only a serviceUrl (null for none).</summary>
    public static string? ServiceAddress(string? serviceUrl, string? tenantId = null, string? teamId = null) =>
        ChannelAddress.Write(new Dictionary<string, string?> { ["serviceUrl"] = serviceUrl, ["tenantId"] = tenantId, ["teamId"] = teamId });

    public static string? ServiceUrlOf(string? address) => ChannelAddress.Read(address).GetValueOrDefault("serviceUrl");

    public static string? ServiceUrl(this OutboxMessage row) => ServiceUrlOf(row.Address);

    public static string? ServiceUrl(this ChannelBinding binding) => ServiceUrlOf(binding.Address);

    public static string? TenantId(this ChannelBinding binding) => ChannelAddress.Read(binding.Address).GetValueOrDefault("tenantId");

    public static string? TeamsTeamId(this ChannelBinding binding) => ChannelAddress.Read(binding.Address).GetValueOrDefault("teamId");

    public static string? ServiceUrl(this IncomingMessage msg) => ServiceUrlOf(msg.Address);

    public static string? TenantId(this IncomingMessage msg) => ChannelAddress.Read(msg.Address).GetValueOrDefault("tenantId");

    public static string? TeamsTeamId(this IncomingMessage msg) => ChannelAddress.Read(msg.Address).GetValueOrDefault("teamId");
}
