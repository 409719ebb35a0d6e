using System.Globalization;
using SalesBot.Core.Crm;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Features.Export;

/// <summary>
/// The identity fields exports carried before identities were one table (session 6, migration 0140). Import reads them
/// from old files with the mapping the migration applies to a store, so an old export imports as the old store
/// upgrades; export still writes them beside <see cref="MemberExport.Identities"/> so that scripts reading an export
/// keep working. The only place left in Core that knows those two messengers' fields, and only because of the format.
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

    /// <summary>The export with the old fields filled from its <see cref="MemberExport.Identities"/>.</summary>
    public static MemberExport WithOldFields(MemberExport m)
    {
        var telegram = m.Identities?.FirstOrDefault(i => i.Channel == "telegram");
        var teams = m.Identities?.FirstOrDefault(i => i.Channel == "teams");
        return m with
        {
            TelegramUserId = long.TryParse(telegram?.UserId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null,
            TeamsUserId = teams?.UserId,
            AadObjectId = teams?.DirectoryId,
            TeamsConversationId = teams?.PrivateChatId,
            TeamsServiceUrl = ChannelAddress.Read(teams?.Address).GetValueOrDefault("serviceUrl"),
        };
    }

    public static ChannelBindingExport WithOldFields(ChannelBindingExport b)
    {
        var address = ChannelAddress.Read(b.Address);
        return b with
        {
            ServiceUrl = address.GetValueOrDefault("serviceUrl"),
            TenantId = address.GetValueOrDefault("tenantId"),
            TeamsTeamId = address.GetValueOrDefault("teamId"),
        };
    }
}
