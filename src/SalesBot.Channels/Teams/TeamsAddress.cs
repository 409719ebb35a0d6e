using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Teams;

/// <summary>
/// What Teams needs besides a conversation id to write there (A7), as the <see cref="ChannelAddress"/> Core stores on
/// bindings, identities and outbox rows without reading it: the serviceUrl every connector call goes to, the tenant,
/// and for a channel the team (to start a new thread). The keys are <see cref="TeamsConversationRef.Address"/>'s.
/// </summary>
public static class TeamsAddress
{
    public const string ServiceUrlKey = "serviceUrl";
    public const string TenantKey = "tenantId";
    public const string TeamKey = "teamId";

    public static string? Of(string? serviceUrl, string? tenantId = null, string? teamId = null) =>
        ChannelAddress.Write(new Dictionary<string, string?> { [ServiceUrlKey] = serviceUrl, [TenantKey] = tenantId, [TeamKey] = teamId });

    public static string? ServiceUrlOf(string? address) => ChannelAddress.Read(address).GetValueOrDefault(ServiceUrlKey);

    public static string? TenantOf(string? address) => ChannelAddress.Read(address).GetValueOrDefault(TenantKey);

    public static string? TeamOf(string? address) => ChannelAddress.Read(address).GetValueOrDefault(TeamKey);
}
