using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversation;

/// <summary>
/// What the writer looks up once per batch instead of once per message: which inbox keys exist already and
/// who the senders are. Only positive member hits are used (a stranger who joins mid-batch
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

        var senders = batch.Where(m => m.Channel != ChannelKind.Console && !string.IsNullOrWhiteSpace(m.SenderId))
            .Select(m => m.SenderId).Distinct().ToList();
        var members = new Dictionary<(ChannelKind, string), Member>();
        if (senders.Count > 0)
        {
            // By the (channel, user id) index; which channel goes with which id is matched below.
            var channels = batch.Select(m => m.Channel).Distinct().ToList();
            var found = await db.Members.AsNoTracking().Include(m => m.Team).Include(m => m.Identities)
                .Where(m => m.Identities.Any(i => channels.Contains(i.Channel) && i.UserId != null && senders.Contains(i.UserId)))
                .ToListAsync();
            var wanted = batch.Select(m => (m.Channel, m.SenderId)).ToHashSet();
            foreach (var m in found)
            {
                foreach (var identity in m.Identities)
                {
                    if (identity.UserId is { } user && wanted.Contains((identity.Channel, user)))
                    {
                        members[(identity.Channel, user)] = m;
                    }
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
