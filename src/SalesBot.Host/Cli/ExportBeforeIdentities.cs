using System.Globalization;
using System.Text.Json;
using SalesBot.Core.Features.Export;
using SalesBot.Core.Messaging;

namespace SalesBot.Host.Cli;

/// <summary>
/// The identity fields exports carried before identities were one table (session 6, migration 0140), kept at the
/// file's edge so that Core's export format names no messenger. Import turns them into identities and addresses with
/// the mapping the migration applies to a store, so an old export imports as the old store upgrades; export still
/// writes them beside the identities so that scripts reading an export keep working. A messenger added since has none.
/// </summary>
internal static class ExportBeforeIdentities
{
    private const string TelegramUserId = "telegram_user_id";
    private const string AadObjectId = "aad_object_id";
    private const string TeamsUserId = "teams_user_id";
    private const string TeamsConversationId = "teams_conversation_id";
    private const string TeamsServiceUrl = "teams_service_url";
    private const string ServiceUrl = "service_url";
    private const string TenantId = "tenant_id";
    private const string TeamsTeamId = "teams_team_id";

    /// <summary>The export with the old fields filled from its identities and addresses (only an export with identities has them).</summary>
    public static CrmExport WithOldFields(CrmExport export) => export with
    {
        Teams = export.Teams.Select(t => t with { ChannelBindings = t.ChannelBindings?.Select(WithOldFields).ToList() }).ToList(),
        Members = export.Members.Select(WithOldFields).ToList(),
    };

    /// <summary>An export as import reads it: a member without identities gets them from the old fields, a binding without an address too.</summary>
    public static CrmExport FromOldFields(CrmExport export) => export with
    {
        Teams = export.Teams?.Select(t => t with { ChannelBindings = t.ChannelBindings?.Select(FromOldFields).ToList() }).ToList()!,
        Members = export.Members?.Select(FromOldFields).ToList()!,
    };

    private static MemberExport WithOldFields(MemberExport m)
    {
        var telegram = m.Identities?.FirstOrDefault(i => i.Channel == "telegram");
        var teams = m.Identities?.FirstOrDefault(i => i.Channel == "teams");
        return m with
        {
            Extra = With(m.Extra, new Dictionary<string, object?>
            {
                [TelegramUserId] = long.TryParse(telegram?.UserId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null,
                [AadObjectId] = teams?.DirectoryId,
                [TeamsUserId] = teams?.UserId,
                [TeamsConversationId] = teams?.PrivateChatId,
                [TeamsServiceUrl] = ChannelAddress.Read(teams?.Address).GetValueOrDefault("serviceUrl"),
            }),
        };
    }

    private static ChannelBindingExport WithOldFields(ChannelBindingExport b)
    {
        var address = ChannelAddress.Read(b.Address);
        return b with
        {
            Extra = With(b.Extra, new Dictionary<string, object?>
            {
                [ServiceUrl] = address.GetValueOrDefault("serviceUrl"),
                [TenantId] = address.GetValueOrDefault("tenantId"),
                [TeamsTeamId] = address.GetValueOrDefault("teamId"),
            }),
        };
    }

    private static MemberExport FromOldFields(MemberExport m)
    {
        if (m.Identities is not null || m.Extra is not { } old)
        {
            return m;
        }

        var identities = new List<IdentityExport>();
        if (Number(old, TelegramUserId) is { } telegram)
        {
            // A Telegram user's private chat with the bot has the user's id.
            var id = telegram.ToString(CultureInfo.InvariantCulture);
            identities.Add(new IdentityExport("telegram", id, PrivateChatId: id));
        }

        var (user, aad, chat, url) = (Text(old, TeamsUserId), Text(old, AadObjectId), Text(old, TeamsConversationId), Text(old, TeamsServiceUrl));
        if (user is not null || aad is not null || chat is not null)
        {
            identities.Add(new IdentityExport("teams", user, aad, chat,
                url is null ? null : ChannelAddress.Write(new Dictionary<string, string?> { ["serviceUrl"] = url }), Verified: user is not null));
        }

        return m with { Identities = identities };
    }

    private static ChannelBindingExport FromOldFields(ChannelBindingExport b) =>
        b.Address is not null || b.Extra is not { } old
            ? b
            : b with
            {
                Address = ChannelAddress.Write(new Dictionary<string, string?>
                {
                    ["serviceUrl"] = Text(old, ServiceUrl),
                    ["tenantId"] = Text(old, TenantId),
                    ["teamId"] = Text(old, TeamsTeamId),
                }),
            };

    /// <summary>The extra fields with the present ones of <paramref name="values"/> added (absent ones are left out, as before).</summary>
    private static Dictionary<string, JsonElement>? With(Dictionary<string, JsonElement>? extra, Dictionary<string, object?> values)
    {
        var present = values.Where(v => v.Value is not null).ToList();
        if (present.Count == 0)
        {
            return extra;
        }

        var merged = extra is null ? [] : new Dictionary<string, JsonElement>(extra);
        foreach (var (key, value) in present)
        {
            merged[key] = JsonSerializer.SerializeToElement(value);
        }

        return merged;
    }

    private static string? Text(Dictionary<string, JsonElement> old, string key) =>
        old.TryGetValue(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static long? Number(Dictionary<string, JsonElement> old, string key) =>
        old.TryGetValue(key, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) ? n : null;
}
