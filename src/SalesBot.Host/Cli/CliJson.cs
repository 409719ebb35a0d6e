using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesBot.Host.Cli;

/// <summary>The JSON every verb prints: snake_case names, ISO dates, readable non-ASCII, nulls kept (a field that is null was not set).</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static void Write<T>(TextWriter stdout, T value) => stdout.WriteLine(JsonSerializer.Serialize(value, Options));
}
