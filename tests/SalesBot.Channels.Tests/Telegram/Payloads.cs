using System.Text.Json;
using SalesBot.Channels.Telegram;

namespace SalesBot.Channels.Tests.Telegram;

/// <summary>Recorded update JSON in the shapes of core.telegram.org/bots/api (Telegram/Payloads/*.json).</summary>
public static class Payloads
{
    /// <summary>The bot the recorded updates were addressed to.</summary>
    public static readonly TelegramBotIdentity Bot = new(7012345678, "SalesBotDemoBot");

    public static string Json(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Telegram", "Payloads", name + ".json"));

    public static TelegramUpdate Update(string name) =>
        JsonSerializer.Deserialize<TelegramUpdate>(Json(name), TelegramJson.Options) ?? throw new InvalidOperationException(name);
}
