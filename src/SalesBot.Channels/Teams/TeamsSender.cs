using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Channels.Outbox;
using SalesBot.Channels.Teams.Connector;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Teams;

/// <summary>
/// Sends an outbox row to Teams. Picks the connector call from the row: update when it edits, a new
/// 1:1 chat for a user id ("29:..."), a new channel thread for stand-ups and digests, a reply when it
/// answers a message, else a plain send. Translates the connector's answer into a <see cref="SendOutcome"/>
/// (A7, A8) and keeps to about 7 messages a second per conversation.
/// </summary>
public sealed class TeamsSender(
    TeamsConnectorClient connector,
    TrustedServiceUrls trusted,
    IDbContextFactory<SalesBotDb> dbs,
    IOptions<TeamsOptions> options,
    TimeProvider clock,
    ILogger<TeamsSender> log) : IChannelSender
{
    /// <summary>Teams allows 7 sends per second per conversation (A8); a little under that.</summary>
    public static readonly TimeSpan PerConversationInterval = TimeSpan.FromMilliseconds(150);

    private readonly Dictionary<string, DateTimeOffset> _nextSlot = new(StringComparer.Ordinal);

    public ChannelKind Channel => ChannelKind.Teams;

    public async Task<SendOutcome> SendAsync(OutboxMessage message, OutgoingMessage body, CancellationToken cancellationToken)
    {
        var serviceUrl = TeamsAddress.ServiceUrlOf(message.Address);
        if (string.IsNullOrEmpty(serviceUrl))
        {
            return new SendOutcome(SendStatus.Permanent) { Error = "no serviceUrl for this Teams conversation" };
        }

        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            // No retry can make a "file://" or a non-URL answer (the emulator trusts whatever a local caller sends).
            return new SendOutcome(SendStatus.Permanent) { Error = $"serviceUrl {serviceUrl} is not an http(s) URL" };
        }

        var o = options.Value;
        if (!o.IsEnabled)
        {
            return new SendOutcome(SendStatus.Permanent) { Error = "Teams is off (no Teams:AppId, no Teams:Emulator)" };
        }

        // With a real app id every call carries the bot's token: only to a url a Bot Connector token vouched for.
        if (o.IsConfigured ? !await trusted.IsVerifiedAsync(serviceUrl, cancellationToken) : !await trusted.IsKnownAsync(serviceUrl, cancellationToken))
        {
            return new SendOutcome(SendStatus.Permanent)
            {
                Error = $"serviceUrl {serviceUrl} was never {(o.IsConfigured ? "verified on an authenticated activity" : "seen on an activity")}; nothing sent",
            };
        }

        var activity = AdaptiveCardRenderer.Render(body);
        var conversation = TeamsActivityMapper.JoinThread(message.ChatId, message.ThreadId);
        await PaceAsync(conversation, cancellationToken);
        try
        {
            var result = await CallAsync(message, serviceUrl, conversation, activity, cancellationToken);
            return await OutcomeAsync(message, result, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            return Retry(message, null, $"network: {ex.Message}");
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return Retry(message, null, $"timeout: {ex.Message}");
        }
    }

    private async Task<ConnectorResult> CallAsync(OutboxMessage message, string serviceUrl, string conversation, OutgoingActivity activity, CancellationToken ct)
    {
        if (message.EditMessageId is { Length: > 0 } edit)
        {
            var updated = await connector.UpdateActivityAsync(serviceUrl, conversation, edit, activity, ct);
            return updated with { ActivityId = updated.IsSuccess ? edit : null };
        }

        if (message.ChatId.StartsWith("29:", StringComparison.Ordinal))
        {
            // A user, not a conversation: open (or find; the call is idempotent) the 1:1 chat and post in it.
            return await connector.CreateConversationAsync(serviceUrl, new ConversationParameters
            {
                IsGroup = false,
                Members = [new ChannelAccount { Id = message.ChatId }],
                TenantId = await TenantOfAsync(message.ChatId, ct),
                Activity = activity,
            }, ct);
        }

        if (message.Kind != OutboxKind.Reply && IsChannel(message.ChatId))
        {
            // A post (stand-up, digest, the activity stream) starts its own thread in the channel, so the day's
            // discussion stays under it (A7); the thread a binding was made in is not where its posts belong.
            // Replies stay in the thread they answer.
            return await connector.CreateConversationAsync(serviceUrl, new ConversationParameters
            {
                IsGroup = true,
                ChannelData = new TeamsChannelData { Channel = new TeamsIdName { Id = message.ChatId } },
                TenantId = await TenantOfAsync(message.ChatId, ct),
                Activity = activity,
            }, ct);
        }

        return message.ReplyToMessageId is { Length: > 0 } replyTo
            ? await connector.ReplyToActivityAsync(serviceUrl, conversation, replyTo, activity, ct)
            : await connector.SendToConversationAsync(serviceUrl, conversation, activity, ct);
    }

    private async Task<SendOutcome> OutcomeAsync(OutboxMessage message, ConnectorResult result, CancellationToken ct)
    {
        if (result.IsSuccess)
        {
            return SendOutcome.Sent(result.ActivityId);
        }

        var status = (int)result.Status;
        if (status is 429 or 412 or 502 or 504 or 500 or 503 or 401 or 408)
        {
            return Retry(message, result.RetryAfter, $"{status} {result.Error}");
        }

        if (result.Status == HttpStatusCode.Forbidden && result.Error?.Contains("MessageWritesBlocked", StringComparison.OrdinalIgnoreCase) == true)
        {
            // The user blocked the bot or it was removed: stop writing there until it is installed again.
            await MarkInactiveAsync(message.ChatId, ct);
        }

        return new SendOutcome(SendStatus.Permanent) { Error = $"{status} {result.Error}" };
    }

    private static SendOutcome Retry(OutboxMessage message, TimeSpan? retryAfter, string error)
    {
        // Exponential backoff with jitter, unless the connector said how long to wait (A8).
        var backoff = TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, Math.Min(message.Attempts, 8))));
        var jittered = backoff * (0.5 + Random.Shared.NextDouble());
        return new SendOutcome(SendStatus.RetryLater) { RetryAfter = retryAfter ?? jittered, Error = error };
    }

    private async Task PaceAsync(string conversation, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        DateTimeOffset slot;
        lock (_nextSlot)
        {
            if (_nextSlot.Count > 10_000)
            {
                _nextSlot.Clear();
            }

            slot = _nextSlot.TryGetValue(conversation, out var next) && next > now ? next : now;
            _nextSlot[conversation] = slot + PerConversationInterval;
        }

        if (slot > now)
        {
            await Task.Delay(slot - now, clock, ct);
        }
    }

    private static bool IsChannel(string chatId) => chatId.StartsWith("19:", StringComparison.Ordinal)
        && chatId.Contains("@thread.", StringComparison.Ordinal) && !chatId.EndsWith("@thread.v2", StringComparison.Ordinal);

    private async Task<string?> TenantOfAsync(string chatId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var addresses = await db.ChannelBindings.AsNoTracking()
            .Where(b => b.Channel == ChannelKind.Teams && b.ChatId == chatId && b.Address != null)
            .Select(b => b.Address).ToListAsync(ct);
        return addresses.Select(TeamsAddress.TenantOf).FirstOrDefault(t => t is not null) ?? NullIfEmpty(options.Value.TenantId);
    }

    private async Task MarkInactiveAsync(string chatId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var bindings = await db.ChannelBindings
            .Where(b => b.Channel == ChannelKind.Teams && b.ChatId == chatId && b.IsActive)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.IsActive, false), ct);
        var members = await db.Members
            .Where(m => m.Identities.Any(i => i.Channel == ChannelKind.Teams && (i.PrivateChatId == chatId || i.UserId == chatId)) && m.PrivateChatActive)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.PrivateChatActive, false), ct);
        log.LogWarning("Teams: writes to {Conversation} are blocked; marked {Bindings} binding(s) and {Members} member(s) inactive",
            chatId, bindings, members);
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
