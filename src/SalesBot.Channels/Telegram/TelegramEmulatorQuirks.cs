using System.Text;
using System.Text.Json.Nodes;

namespace SalesBot.Channels.Telegram;

/// <summary>
/// With <c>Telegram:Emulator</c> on (a Bot API emulator on this machine, for trying SalesBot without a token), puts right,
/// on the way back to the bot, where telegram-test-api (npm) answers unlike the Bot API: a sent message's <c>date</c> in
/// milliseconds (real: seconds), <c>answerCallbackQuery</c>'s result null (real: true), and a method it does not
/// implement (sendPhoto, setMyCommands) as HTTP 500 (read here as the 400 a refused call gets, so a digest goes as text
/// at once instead of being retried). Telegram.Bot reads answers strictly: without this every send would look failed.
/// </summary>
public sealed class TelegramEmulatorQuirks : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if ((int)response.StatusCode == 500 && text.Contains("is not supported", StringComparison.Ordinal))
        {
            response.Dispose();
            var refused = new JsonObject { ["ok"] = false, ["error_code"] = 400, ["description"] = "Bad Request: the emulator does not implement this method" };
            return new HttpResponseMessage(System.Net.HttpStatusCode.BadRequest) { Content = new StringContent(refused.ToJsonString(), Encoding.UTF8, "application/json"), RequestMessage = request };
        }

        if (Parse(text) is not JsonObject envelope || envelope["ok"]?.GetValue<bool>() != true)
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

    private static JsonNode? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
