using System.Text.Json;

namespace SalesBot.Core.Messaging;

/// <summary>
/// The small key/value address a messenger needs besides a chat id to write there later (a service endpoint, a
/// tenant), stored as one JSON text in bindings, identities and outbox rows. Core only copies it; the messenger
/// that wrote it reads it.
/// </summary>
public static class ChannelAddress
{
    /// <summary>The values as stored; null when there is none to store.</summary>
    public static string? Write(IReadOnlyDictionary<string, string?> values)
    {
        var present = values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value);
        return present.Count == 0 ? null : JsonSerializer.Serialize(present);
    }

    /// <summary>A stored address read back; empty for null or for text that is not one (never throws).</summary>
    public static IReadOnlyDictionary<string, string?> Read(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return Empty;
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string?>>(stored) ?? Empty;
        }
        catch (JsonException)
        {
            return Empty;
        }
    }

    /// <summary><paramref name="stored"/> with <paramref name="update"/>'s present values laid over it.</summary>
    public static string? Merge(string? stored, string? update)
    {
        if (update is null)
        {
            return stored;
        }

        var merged = new Dictionary<string, string?>(Read(stored));
        foreach (var (key, value) in Read(update))
        {
            if (value is not null)
            {
                merged[key] = value;
            }
        }

        return Write(merged);
    }

    private static readonly IReadOnlyDictionary<string, string?> Empty = new Dictionary<string, string?>();
}
