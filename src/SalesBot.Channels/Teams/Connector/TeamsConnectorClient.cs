using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace SalesBot.Channels.Teams.Connector;

/// <summary>The connector's answer: the HTTP status, the new activity id on success, the error otherwise.</summary>
public sealed record ConnectorResult(HttpStatusCode Status, string? ActivityId)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;
    public TimeSpan? RetryAfter { get; init; }
    /// <summary>The error body, cut short: enough for the log and to spot MessageWritesBlocked.</summary>
    public string? Error { get; init; }
}

/// <summary>Thrown instead of sending anything when a serviceUrl was never verified (with an app id) or never seen (emulator).</summary>
public sealed class UntrustedServiceUrlException(string serviceUrl)
    : Exception($"serviceUrl {serviceUrl} was not seen on an authenticated activity; nothing sent");

/// <summary>
/// The Bot Connector REST calls SalesBot makes (A6, A7), relative to the conversation's own serviceUrl.
/// Conversation ids are escaped ("19:...@thread.tacv2;messageid=1" holds ':', '@' and ';').
/// </summary>
public sealed class TeamsConnectorClient(HttpClient http, BotTokenProvider tokens, TrustedServiceUrls trusted, ILogger<TeamsConnectorClient> log)
{
    public Task<ConnectorResult> SendToConversationAsync(string serviceUrl, string conversationId, OutgoingActivity activity, CancellationToken ct) =>
        CallAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", activity, ct);

    public Task<ConnectorResult> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, OutgoingActivity activity, CancellationToken ct) =>
        CallAsync(HttpMethod.Post, serviceUrl,
            $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}",
            activity with { ReplyToId = activityId }, ct);

    public Task<ConnectorResult> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, OutgoingActivity activity, CancellationToken ct) =>
        CallAsync(HttpMethod.Put, serviceUrl,
            $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}",
            activity with { Id = activityId }, ct);

    /// <summary>A 1:1 chat with a user (idempotent) or a new thread in a channel (the activity is its first post).</summary>
    public Task<ConnectorResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct) =>
        CallAsync(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, ct);

    private async Task<ConnectorResult> CallAsync<T>(HttpMethod method, string serviceUrl, string path, T body, CancellationToken ct)
    {
        var needsToken = tokens.HasCredentials;
        if (needsToken ? !trusted.IsVerified(serviceUrl) : !trusted.IsKnown(serviceUrl))
        {
            throw new UntrustedServiceUrlException(serviceUrl);
        }

        using var request = new HttpRequestMessage(method, $"{serviceUrl.TrimEnd('/')}/{path}")
        {
            Content = JsonContent.Create(body, options: TeamsJson.Options),
        };
        if (needsToken && await tokens.GetTokenAsync(ct) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (response.IsSuccessStatusCode)
        {
            var ids = Ids(text);
            return new ConnectorResult(response.StatusCode, ids.ActivityId ?? ids.Id);
        }

        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            tokens.Invalidate();
        }

        var correlation = response.Headers.TryGetValues("MS-CV", out var cv) ? cv.FirstOrDefault()
            : response.Headers.TryGetValues("X-Correlating-OperationId", out var op) ? op.FirstOrDefault() : null;
        log.LogWarning("Teams connector {Method} {Path} answered {Status} (correlation {Correlation}): {Body}",
            method, path, (int)response.StatusCode, correlation, Cut(text));
        return new ConnectorResult(response.StatusCode, null)
        {
            RetryAfter = RetryAfter(response.Headers.RetryAfter),
            Error = Cut(text),
        };
    }

    private static (string? Id, string? ActivityId) Ids(string json)
    {
        try
        {
            var r = JsonSerializer.Deserialize<ConversationResourceResponse>(json, TeamsJson.Options);
            return (r?.Id, r?.ActivityId);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is { Ticks: > 0 } wait ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static string Cut(string text) => text.Length > 500 ? text[..500] : text;
}
