using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Channels.Telegram;

namespace SalesBot.Channels.Tests.Telegram;

/// <summary>
/// Puts right, on the way back to the bot, where telegram-test-api answers unlike the Bot API (shared PEERS.md, section 1):
/// a sent message's <c>date</c> in milliseconds (real: seconds) and <c>answerCallbackQuery</c>'s result null (real: true).
/// Telegram.Bot reads answers strictly, so without this every send to the emulator would look failed.
/// </summary>
public sealed class EmulatorQuirks : DelegatingHandler
{
    /// <summary>Adds the fix to the host's Telegram HttpClient.</summary>
    public static void AddTo(IServiceCollection services) =>
        services.AddHttpClient(TelegramBot.HttpClientName).AddHttpMessageHandler(() => new EmulatorQuirks());

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (JsonNode.Parse(text) is not JsonObject envelope || envelope["ok"]?.GetValue<bool>() != true)
        {
            response.Content = new StringContent(text, Encoding.UTF8, "application/json");
            return response;
        }

        if (envelope["result"] is null && request.RequestUri!.AbsolutePath.EndsWith("/answerCallbackQuery", StringComparison.Ordinal))
        {
            envelope["result"] = true;
        }

        Seconds(envelope["result"]);
        response.Content = new StringContent(envelope.ToJsonString(), Encoding.UTF8, "application/json");
        return response;
    }

    private static void Seconds(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (name is "date" or "edit_date" && value is JsonValue number && number.TryGetValue<long>(out var ms) && ms > 100_000_000_000)
                    {
                        obj[name] = ms / 1000;
                    }
                    else
                    {
                        Seconds(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Seconds(item);
                }

                break;
        }
    }
}
