using System.Globalization;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Features.Export;

/// <summary>
/// Reads the identity fields of exports written before identities were one table (session 6, migration 0140): the
/// same mapping the migration applies to a store, so an old export imports as the old store upgrades. The only place
/// left in Core that knows those two messengers' field names, and only because files with them exist.
/// </summary>
internal static class ExportBeforeIdentities
{
    public static IEnumerable<ChannelIdentity> IdentitiesOf(MemberExport m)
    {
        if (m.TelegramUserId is { } telegram)
        {
            var id = telegram.ToString(CultureInfo.InvariantCulture);
            yield return new ChannelIdentity { Channel = ChannelKind.Telegram, UserId = id, PrivateChatId = id };
        }

        if (m.TeamsUserId is not null || m.AadObjectId is not null || m.TeamsConversationId is not null)
        {
            yield return new ChannelIdentity
            {
                Channel = ChannelKind.Teams,
                UserId = m.TeamsUserId,
                DirectoryId = m.AadObjectId,
                PrivateChatId = m.TeamsConversationId,
                Address = m.TeamsServiceUrl is null ? null : ChannelAddress.Write(new Dictionary<string, string?> { ["serviceUrl"] = m.TeamsServiceUrl }),
                Verified = m.TeamsUserId is not null,
            };
        }
    }

    public static string? AddressOf(ChannelBindingExport b) => ChannelAddress.Write(new Dictionary<string, string?>
    {
        ["serviceUrl"] = b.ServiceUrl,
        ["tenantId"] = b.TenantId,
        ["teamId"] = b.TeamsTeamId,
    });
}
