using System.Collections.Concurrent;
using SalesBot.Core.Reports.Calendar;

namespace SalesBot.Core.Conversation;

/// <summary>Teams' time zones, looked up once per id: every message needs its team's, and the lookup reads the zone database.</summary>
public static class Zones
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Found = new(StringComparer.Ordinal);

    /// <summary>The zone of an IANA id; UTC for an id that no longer resolves, so the team is still answered.</summary>
    public static TimeZoneInfo Of(string id) => Found.GetOrAdd(id, TimeZones.FindOrUtc);
}
