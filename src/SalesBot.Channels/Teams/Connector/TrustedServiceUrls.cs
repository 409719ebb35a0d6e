using System.Collections.Concurrent;

namespace SalesBot.Channels.Teams.Connector;

/// <summary>
/// The serviceUrls seen on authenticated activities. The bot's token goes only to these (A5): an
/// activity cannot trick the bot into sending its credentials to a host of the sender's choosing.
/// </summary>
public sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, bool> _urls = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string serviceUrl) => _urls.TryAdd(Normalize(serviceUrl), true);

    public bool Contains(string serviceUrl) => _urls.ContainsKey(Normalize(serviceUrl));

    private static string Normalize(string serviceUrl) => serviceUrl.TrimEnd('/');
}
