using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Teams.Connector;

/// <summary>
/// The serviceUrls the bot has seen, each with a verified flag (A5). Verified means a Bot Connector token that
/// passed every check (signature, issuer, audience, msteams endorsement, tenant) named this url. The bot's own
/// token goes to verified urls only; a url seen in emulator mode is remembered (the emulator needs its
/// replies) but stays unverified, also after the host is switched to a real app id. Kept in memory and, with a
/// store, in <see cref="ChannelEndpoint"/> rows of Teams so a restart keeps what was learned.
/// </summary>
public sealed class TrustedServiceUrls(IDbContextFactory<SalesBotDb>? dbs = null, TimeProvider? clock = null)
{
    private readonly ConcurrentDictionary<string, bool> _urls = new(StringComparer.Ordinal);

    /// <summary>In memory only (tests, and what the store already holds): seen, and verified unless said otherwise.</summary>
    public void Add(string serviceUrl, bool verified = true) =>
        _urls.AddOrUpdate(Normalize(serviceUrl), verified, (_, was) => was || verified);

    public bool IsVerified(string serviceUrl) => _urls.TryGetValue(Normalize(serviceUrl), out var verified) && verified;

    public bool IsKnown(string serviceUrl) => _urls.ContainsKey(Normalize(serviceUrl));

    /// <summary>Remembers a url of an accepted activity; a verified url never becomes unverified again.</summary>
    public async Task RecordAsync(string serviceUrl, bool verified, CancellationToken ct)
    {
        var url = Normalize(serviceUrl);
        if (_urls.TryGetValue(url, out var known) && (known || !verified))
        {
            return;
        }

        if (dbs is not null)
        {
            await StoreAsync(url, verified, ct);
        }

        Add(url, verified);
    }

    public async Task<bool> IsVerifiedAsync(string serviceUrl, CancellationToken ct) =>
        IsVerified(serviceUrl) || (await FromStoreAsync(serviceUrl, ct) ?? false);

    public async Task<bool> IsKnownAsync(string serviceUrl, CancellationToken ct) =>
        IsKnown(serviceUrl) || await FromStoreAsync(serviceUrl, ct) is not null;

    /// <returns>Null when the store has never seen the url, else whether it is verified (and now in memory too).</returns>
    private async Task<bool?> FromStoreAsync(string serviceUrl, CancellationToken ct)
    {
        if (dbs is null)
        {
            return null;
        }

        var url = Normalize(serviceUrl);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var row = await db.ChannelEndpoints.AsNoTracking().Where(u => u.Channel == ChannelKind.Teams && u.Url == url).Select(u => (bool?)u.Verified).FirstOrDefaultAsync(ct);
        if (row is { } verified)
        {
            Add(url, verified);
        }

        return row;
    }

    private async Task StoreAsync(string url, bool verified, CancellationToken ct)
    {
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            await using var db = await dbs!.CreateDbContextAsync(ct);
            var row = await db.ChannelEndpoints.FirstOrDefaultAsync(u => u.Channel == ChannelKind.Teams && u.Url == url, ct);
            if (row is null)
            {
                db.ChannelEndpoints.Add(new ChannelEndpoint { Channel = ChannelKind.Teams, Url = url, Verified = verified, FirstSeenAt = now, VerifiedAt = verified ? now : null });
            }
            else if (verified && !row.Verified)
            {
                row.Verified = true;
                row.VerifiedAt = now;
            }

            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another host (or request) inserted the same url first: read it again and upgrade it if need be.
            }
        }
    }

    private static string Normalize(string serviceUrl) => serviceUrl.TrimEnd('/');
}
