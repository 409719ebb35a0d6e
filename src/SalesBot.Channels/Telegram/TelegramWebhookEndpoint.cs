using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Channels.Inbox;

namespace SalesBot.Channels.Telegram;

/// <summary>
/// <c>POST /api/telegram</c>: Telegram's webhook. Checks the secret header in constant time before
/// reading anything, records the update in the inbox, and only then answers 200; the conversation
/// happens afterwards in <see cref="InboxProcessor"/>. Non-2xx makes Telegram redeliver, so
/// anything we could not store gets a 5xx and a redelivered update_id is acknowledged and ignored. Past the
/// inbox's bound (<see cref="InboxBacklog"/>), or when the row is not committed within the ack timeout, the
/// answer is 503 with Retry-After at once: Telegram keeps the update and comes back.
/// </summary>
public sealed class TelegramWebhookEndpoint(IOptions<TelegramOptions> options, InboxBacklog backlog, TelegramInboxWriter inbox, ILogger<TelegramWebhookEndpoint> log)
{
    public const string Path = "/api/telegram";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var settings = options.Value;
        if (settings.EffectiveMode != TelegramMode.Webhook)
        {
            return Results.NotFound();
        }

        if (!SecretMatches(http.Request.Headers[SecretHeader].ToString(), settings.WebhookSecret))
        {
            return Results.Unauthorized();
        }

        if (await backlog.IsFullAsync(http.RequestAborted))
        {
            return backlog.ComeBackLater(http);
        }

        var body = await InboxBody.ReadAsync(http.Request, http.RequestAborted);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        long updateId;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("update_id", out var idProperty)
                || idProperty.ValueKind != JsonValueKind.Number
                || !idProperty.TryGetInt64(out var id))
            {
                return Results.BadRequest("an update needs a numeric update_id");
            }

            updateId = id;
        }
        catch (JsonException)
        {
            return Results.BadRequest("malformed JSON");
        }

        var json = Encoding.UTF8.GetString(body);
        using var ack = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        ack.CancelAfter(backlog.Options.AckTimeout);
        try
        {
            if (!await inbox.RecordAsync(new RawUpdate(updateId, json), ack.Token))
            {
                log.LogDebug("Telegram: update {UpdateId} redelivered; already recorded", updateId);
            }
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
        {
            // The store is slower than Telegram's patience: say so now. If the row lands after all, the redelivery is deduplicated.
            return backlog.ComeBackLater(http);
        }

        return Results.Ok();
    }

    /// <summary>Hashing first makes the comparison take the same time whatever the lengths.</summary>
    public static bool SecretMatches(string? presented, string expected)
    {
        if (string.IsNullOrEmpty(presented) || string.IsNullOrEmpty(expected))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }
}
