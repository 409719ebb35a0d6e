using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SalesBot.Channels.Inbox;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Teams;

/// <summary>
/// Teams' part of the inbox: records authenticated activities before Teams gets its 200, so a crash after the answer
/// loses nothing and a redelivered activity (same conversation and id) is acknowledged and ignored (A9); reads them
/// back for <see cref="InboxProcessor"/> and applies installs (stored conversation references).
/// </summary>
public sealed class TeamsInbox(InboxWriter writer) : IInboxChannel
{
    public ChannelKind Channel => ChannelKind.Teams;

    /// <returns>False when this activity was recorded before (a redelivery).</returns>
    public Task<bool> RecordAsync(TeamsActivity activity, string rawJson, CancellationToken ct) =>
        writer.RecordAsync(new InboxWriter.Entry(ChannelKind.Teams, ExternalId(activity, rawJson), rawJson), ct);

    public ValueTask<IReadOnlyList<ChannelEvent>> ReadAsync(InboxMessage row, CancellationToken cancellationToken)
    {
        TeamsActivity? activity;
        try
        {
            // The endpoint recorded the activity's serviceUrl (verified or not) before the row was written.
            activity = JsonSerializer.Deserialize<TeamsActivity>(row.Payload ?? "{}", TeamsJson.Options);
        }
        catch (JsonException ex)
        {
            return ValueTask.FromResult<IReadOnlyList<ChannelEvent>>([new ChannelEvent.Ignored($"unreadable: {ex.Message}")]);
        }

        return ValueTask.FromResult(activity is null
            ? [new ChannelEvent.Ignored("empty payload")]
            : TeamsActivityMapper.MapAll(activity, row.ReceivedAt));
    }

    public Task ApplyAsync(SalesBotDb db, ChannelEvent change, InboxMessage row, CancellationToken cancellationToken) => change switch
    {
        ChannelEvent.Joined joined => TeamsInstallations.InstalledAsync(db, TeamsConversationRef.Of(joined), cancellationToken),
        ChannelEvent.Left left => TeamsInstallations.UninstalledAsync(db, TeamsConversationRef.Of(left), cancellationToken),
        _ => Task.CompletedTask,
    };

    /// <summary>Teams asks for no receipt: a card submit is answered by the reply.</summary>
    public void Acknowledge(string receipt, CancellationToken cancellationToken)
    {
    }

    /// <summary>
    /// Conversation id plus activity id. An edit reuses the edited message's id, so it is keyed by its time as
    /// well; an activity without an id is keyed by a hash of its body.
    /// </summary>
    public static string ExternalId(TeamsActivity activity, string rawJson)
    {
        var id = activity.Id is { Length: > 0 } ? activity.Id : Hash(rawJson)[..32];
        var key = $"{activity.Conversation?.Id}|{id}";
        if (activity.Type == "messageUpdate")
        {
            key += $"|edit:{activity.Timestamp?.ToUnixTimeMilliseconds() ?? 0}:{Hash(activity.Text ?? "")[..8]}";
        }

        return key.Length <= 512 ? key : Hash(key);
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
