using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using SalesBot.Channels.Inbox;
using SalesBot.Core.Crm;

namespace SalesBot.Channels.Teams;

/// <summary>
/// Records authenticated activities in the inbox before Teams gets its 200, so a crash after the answer
/// loses nothing and a redelivered activity (same conversation and id) is acknowledged and ignored (A9).
/// </summary>
public sealed class TeamsInbox(InboxWriter writer, InboxBacklog backlog)
{
    /// <summary>The inbox column holds 100,000 characters; a larger activity is stored as the fields we read.</summary>
    private const int MaxPayloadChars = 100_000;

    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Completes when something was recorded since the last call (or on the processor's own timeout).</summary>
    public ValueTask<bool> WaitForWorkAsync(CancellationToken ct) => _signal.Reader.WaitToReadAsync(ct);

    public void ClearSignal() => _signal.Reader.TryRead(out _);

    /// <returns>False when this activity was recorded before (a redelivery).</returns>
    public async Task<bool> RecordAsync(TeamsActivity activity, string rawJson, CancellationToken ct)
    {
        var payload = rawJson.Length <= MaxPayloadChars ? rawJson : JsonSerializer.Serialize(activity, TeamsJson.Options);
        if (!await writer.RecordAsync(new InboxWriter.Entry(ChannelKind.Teams, ExternalId(activity, rawJson), payload), ct))
        {
            return false;
        }

        backlog.Added(1);
        _signal.Writer.TryWrite(true);
        return true;
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
