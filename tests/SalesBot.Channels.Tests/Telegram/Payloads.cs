using SalesBot.Channels.Telegram;
using Telegram.Bot.Types;

namespace SalesBot.Channels.Tests.Telegram;

/// <summary>Recorded update JSON in the shapes of core.telegram.org/bots/api (Telegram/Payloads/*.json).</summary>
public static class Payloads
{
    /// <summary>The bot the recorded updates were addressed to.</summary>
    public static readonly TelegramBotIdentity Bot = new(7012345678, "SalesBotDemoBot");

    public static string Json(string name) => System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Telegram", "Payloads", name + ".json"));

    public static Update Update(string name) => TelegramBot.ReadUpdate(Json(name)) ?? throw new InvalidOperationException(name);
}
