using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Channels.Inbox;

namespace SalesBot.Channels.Telegram;

/// <summary>
/// <c>POST /api/telegram</c>: Telegram's webhook. Checks the secret header in constant time before
/// reading anything, records the update in the inbox, and only then answers 200; the conversation
/// happens afterwards in <see cref="TelegramInboxProcessor"/>. Non-2xx makes Telegram redeliver, so
/// anything we could not store gets a 5xx and a redelivered update_id is acknowledged and ignored. Past the
/// inbox's bound (<see cref="InboxBacklog"/>), or when the row is not committed within the ack timeout, the
/// answer is 503 with Retry-After at once: Telegram keeps the update and comes back.
/// </summary>
public static class TelegramWebhookEndpoint
{
    public const string Path = "/api/telegram";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public static async Task<IResult> HandleAsync(HttpContext http, IOptions<TelegramOptions> options, ILoggerFactory logs)
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

        var backlog = http.RequestServices.GetRequiredService<InboxBacklog>();
        if (await backlog.IsFullAsync(http.RequestAborted))
        {
            return backlog.ComeBackLater(http);
        }

        if (http.Request.ContentLength > settings.MaxWebhookBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var body = await ReadLimitedAsync(http.Request.Body, settings.MaxWebhookBodyBytes, http.RequestAborted);
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
        var inbox = http.RequestServices.GetRequiredService<TelegramInboxWriter>();
        using var ack = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        ack.CancelAfter(backlog.Options.AckTimeout);
        try
        {
            if (!await inbox.RecordAsync(new RawUpdate(updateId, json), ack.Token))
            {
                logs.CreateLogger(typeof(TelegramWebhookEndpoint)).LogDebug("Telegram: update {UpdateId} redelivered; already recorded", updateId);
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

    private static async Task<byte[]?> ReadLimitedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
