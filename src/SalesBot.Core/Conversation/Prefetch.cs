using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversation;

/// <summary>
/// What the writer looks up once per batch instead of once per message: which inbox keys exist already and
/// who the Telegram and Teams senders are. Only positive member hits are used (a stranger who joins mid-batch
/// is looked up afresh), and a failed message drops the member cache, since its changes were rolled back.
/// </summary>
internal sealed class Prefetch
{
    private readonly HashSet<(ChannelKind, string)>? _keys;
    private readonly HashSet<(ChannelKind, string)> _seen = [];
    private Dictionary<(ChannelKind, string), Member> _members;

    private Prefetch(HashSet<(ChannelKind, string)>? keys, Dictionary<(ChannelKind, string), Member> members)
    {
        _keys = keys;
        _members = members;
    }

    public static async Task<Prefetch> LoadAsync(SalesBotDb db, IReadOnlyList<IncomingMessage> batch)
    {
        if (batch.Count == 1)
        {
            // One message: its own two indexed lookups are cheaper than the set queries.
            return new Prefetch(null, []);
        }

        var seen = new HashSet<(ChannelKind, string)>();
        foreach (var channel in batch.GroupBy(m => m.Channel))
        {
            // By channel and key: the unique index's order, so this is one index probe per key, not a scan of the inbox.
            var keys = channel.Select(InboxKeys.Of).Distinct().ToList();
            var existing = await db.Inbox.AsNoTracking().Where(i => i.Channel == channel.Key && keys.Contains(i.ExternalId))
                .Select(i => i.ExternalId).ToListAsync();
            seen.UnionWith(existing.Select(key => (channel.Key, key)));
        }

        var telegramIds = batch.Where(m => m.Channel == ChannelKind.Telegram)
            .Select(m => long.TryParse(m.SenderId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : (long?)null)
            .OfType<long>().Distinct().ToList();
        var teamsIds = batch.Where(m => m.Channel == ChannelKind.Teams).Select(m => m.SenderId).Distinct().ToList();
        var members = new Dictionary<(ChannelKind, string), Member>();
        if (telegramIds.Count > 0 || teamsIds.Count > 0)
        {
            var found = await db.Members.AsNoTracking().Include(m => m.Team)
                .Where(m => (m.TelegramUserId != null && telegramIds.Contains(m.TelegramUserId.Value)) || (m.TeamsUserId != null && teamsIds.Contains(m.TeamsUserId)))
                .ToListAsync();
            foreach (var m in found)
            {
                if (m.TelegramUserId is { } t)
                {
                    members[(ChannelKind.Telegram, t.ToString(CultureInfo.InvariantCulture))] = m;
                }

                if (m.TeamsUserId is { } u)
                {
                    members[(ChannelKind.Teams, u)] = m;
                }
            }
        }

        return new Prefetch(seen, members);
    }

    /// <summary>
    /// Whether the key was in the inbox when the batch began or came earlier in this batch. The writer is the only one
    /// inserting inbox rows here; another host racing on PostgreSQL meets the unique index instead.
    /// </summary>
    public async Task<bool> IsDuplicateAsync(SalesBotDb db, ChannelKind channel, string key, CancellationToken ct) =>
        _seen.Contains((channel, key)) || (_keys is null ? await HotQueries.InboxHas(db, channel, key, ct) : _keys.Contains((channel, key)));

    public void Seen(ChannelKind channel, string key) => _seen.Add((channel, key));

    /// <summary>The sender as a tracked member of <paramref name="db"/>, or null to look them up the usual way.</summary>
    public Member? MemberFor(SalesBotDb db, IncomingMessage msg)
    {
        if (!_members.TryGetValue((msg.Channel, msg.SenderId), out var member))
        {
            return null;
        }

        db.Attach(member);
        return member;
    }

    public void Invalidate() => _members = [];
}
