using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Channels.Inbox;
using SalesBot.Channels.Teams.Auth;
using SalesBot.Channels.Teams.Connector;

namespace SalesBot.Channels.Teams;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Connector's only way in (A1). Authenticates, records the activity in
/// the inbox and answers 200 at once; the work happens in <see cref="InboxProcessor"/> and replies
/// go out through the outbox. 401 for anything unauthenticated (no detail), 400 for a body that is not an
/// activity, 413 above <see cref="InboxBody.MaxBytes"/>, 200 with an empty body for invoke and for types SalesBot ignores.
/// </summary>
public sealed class TeamsEndpoint(
    BotFrameworkTokenValidator validator,
    TeamsInbox inbox,
    InboxBacklog backlog,
    TrustedServiceUrls trusted,
    IOptions<TeamsOptions> options,
    TimeProvider clock,
    ILogger<TeamsEndpoint> log)
{
    public const string TeamsChannelId = "msteams";

    /// <summary>Headers a reverse proxy, load balancer or CDN adds: a request carrying one was relayed from elsewhere.</summary>
    private static readonly string[] ProxyHeaders =
    [
        "Forwarded", "X-Real-IP", "X-Client-IP", "X-Original-For", "X-Original-Host", "X-Original-URL", "X-Cluster-Client-IP",
        "True-Client-IP", "CF-Connecting-IP", "Fastly-Client-IP", "X-ProxyUser-Ip", "X-Envoy-External-Address", "Via",
    ];

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        var o = options.Value;
        var emulator = o.IsEmulatorMode;
        var authorization = http.Request.Headers.Authorization.ToString();
        var refused = emulator ? NotDirectlyLocal(http) : authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? null : "no Bearer token";
        if (refused is not null)
        {
            log.LogWarning("Teams: rejected a request from {Remote} ({Why})", http.Connection.RemoteIpAddress, refused);
            return Results.Unauthorized();
        }

        if (await backlog.IsFullAsync(ct))
        {
            return backlog.ComeBackLater(http);
        }

        var body = await InboxBody.ReadAsync(http.Request, ct);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var raw = Encoding.UTF8.GetString(body);
        TeamsActivity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<TeamsActivity>(raw, TeamsJson.Options);
        }
        catch (JsonException)
        {
            activity = null;
        }

        if (activity?.Type is not { Length: > 0 })
        {
            return Results.BadRequest();
        }

        if (!emulator && await RealModeFailureAsync(authorization, activity, o, ct) is { } failure)
        {
            log.LogWarning("Teams: rejected an activity from {Remote}: {Reason}", http.Connection.RemoteIpAddress, failure);
            return Results.Unauthorized();
        }

        if (activity.Type == "invoke")
        {
            // SalesBot's cards use Action.Submit (a message); an invoke needs its answer in this response,
            // and "no InvokeResponse" is an empty 200 (A1).
            return Results.Ok();
        }

        var now = clock.GetUtcNow();
        if (TeamsActivityMapper.Map(activity, now) is ChannelEvent.Ignored ignored)
        {
            log.LogDebug("Teams: ignored {Type} activity: {Reason}", activity.Type, ignored.Reason);
            return Results.Ok();
        }

        // Verified only when the Bot Connector vouched for it; an emulator's url is remembered but never gets the real token.
        await trusted.RecordAsync(activity.ServiceUrl!, verified: !emulator, ct);
        using var ack = CancellationTokenSource.CreateLinkedTokenSource(ct);
        ack.CancelAfter(backlog.Options.AckTimeout);
        try
        {
            if (!await inbox.RecordAsync(activity, raw, ack.Token))
            {
                log.LogInformation("Teams: activity {Id} in {Conversation} was delivered before; ignored", activity.Id, activity.Conversation?.Id);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The store is slower than the Bot Connector's patience: say so now; a redelivery is deduplicated.
            return backlog.ComeBackLater(http);
        }

        return Results.Ok();
    }

    /// <summary>
    /// With a real app id: the Bot Connector's token (A4), for the Teams channel only (a Web Chat or Direct Line
    /// activity is not a Teams user, whatever its from.id says), from our own tenant when one is configured.
    /// </summary>
    private async Task<string?> RealModeFailureAsync(string authorization, TeamsActivity activity, TeamsOptions o, CancellationToken ct)
    {
        if (!string.Equals(activity.ChannelId, TeamsChannelId, StringComparison.Ordinal))
        {
            return $"channelId {activity.ChannelId} is not {TeamsChannelId}";
        }

        if (await validator.ValidateAsync(authorization, activity.ServiceUrl, TeamsChannelId, ct) is { } invalid)
        {
            return invalid;
        }

        if (o.TenantId is { Length: > 0 } tenant)
        {
            var claimed = new[] { activity.ChannelData?.Tenant?.Id, activity.Conversation?.TenantId }.Where(t => t is not null).ToList();
            if (claimed.Count == 0 || claimed.Any(t => !string.Equals(t, tenant, StringComparison.OrdinalIgnoreCase)))
            {
                return $"tenant {string.Join("/", claimed)} is not {tenant}";
            }
        }

        return null;
    }

    /// <summary>
    /// Emulator mode trusts the machine itself, nothing else: the connection must start and end on loopback, be
    /// addressed to a loopback name (a DNS-rebinding page is not) and carry no header a proxy or a browser adds.
    /// A relay on this machine (nginx, a TLS terminator, a port-forward) makes a remote caller look local, which
    /// is why emulator mode is off unless asked for and refused at start on any non-loopback bind.
    /// </summary>
    private static string? NotDirectlyLocal(HttpContext http)
    {
        if (!IsLoopback(http.Connection.RemoteIpAddress) || !IsLoopback(http.Connection.LocalIpAddress))
        {
            return "emulator mode accepts loopback only";
        }

        var headers = http.Request.Headers;
        if (headers.Keys.FirstOrDefault(h => h.StartsWith("X-Forwarded-", StringComparison.OrdinalIgnoreCase)
            || ProxyHeaders.Contains(h, StringComparer.OrdinalIgnoreCase)) is { } proxy)
        {
            return $"emulator mode refuses relayed requests ({proxy})";
        }

        if (headers.ContainsKey("Origin") || headers.Keys.Any(h => h.StartsWith("Sec-Fetch-", StringComparison.OrdinalIgnoreCase)))
        {
            return "emulator mode refuses requests from a browser page";
        }

        return IsLoopbackHost(http.Request.Host.Host) ? null : $"emulator mode refuses host {http.Request.Host.Host}";
    }

    private static bool IsLoopback(IPAddress? ip) => ip is not null && IPAddress.IsLoopback(ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip);

    public static bool IsLoopbackHost(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IsLoopback(ip));
}
