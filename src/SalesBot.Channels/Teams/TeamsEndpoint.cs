using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Channels.Teams.Auth;
using SalesBot.Channels.Teams.Connector;

namespace SalesBot.Channels.Teams;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Connector's only way in (A1). Authenticates, records the activity in
/// the inbox and answers 200 at once; the work happens in <see cref="TeamsInboxProcessor"/> and replies
/// go out through the outbox. 401 for anything unauthenticated (no detail), 400 for a body that is not an
/// activity, 413 above 256 KB, 200 with an empty body for invoke and for types SalesBot ignores.
/// </summary>
public sealed class TeamsEndpoint(
    BotFrameworkTokenValidator validator,
    TeamsInbox inbox,
    TrustedServiceUrls trusted,
    IOptions<TeamsOptions> options,
    TimeProvider clock,
    ILogger<TeamsEndpoint> log)
{
    public const int MaxBodyBytes = 256 * 1024;

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        var emulator = options.Value.IsEmulatorMode;
        var authorization = http.Request.Headers.Authorization.ToString();
        if (emulator ? !IsDirectLoopback(http) : !authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            log.LogWarning("Teams: rejected a request from {Remote} ({Why})", http.Connection.RemoteIpAddress,
                emulator ? "emulator mode accepts loopback only" : "no Bearer token");
            return Results.Unauthorized();
        }

        var raw = await ReadBodyAsync(http.Request, ct);
        if (raw is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

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

        if (!emulator)
        {
            var failure = await validator.ValidateAsync(authorization, activity.ServiceUrl, activity.ChannelId, ct);
            if (failure is not null)
            {
                log.LogWarning("Teams: rejected an activity from {Remote}: {Reason}", http.Connection.RemoteIpAddress, failure);
                return Results.Unauthorized();
            }
        }

        if (activity.Type == "invoke")
        {
            // SalesBot's cards use Action.Submit (a message); an invoke needs its answer in this response,
            // and "no InvokeResponse" is an empty 200 (A1).
            return Results.Ok();
        }

        var now = clock.GetUtcNow();
        if (TeamsActivityMapper.Map(activity, now) is TeamsInbound.Ignored ignored)
        {
            log.LogDebug("Teams: ignored {Type} activity: {Reason}", activity.Type, ignored.Reason);
            return Results.Ok();
        }

        trusted.Add(activity.ServiceUrl!);
        if (!await inbox.RecordAsync(activity, raw, ct))
        {
            log.LogInformation("Teams: activity {Id} in {Conversation} was delivered before; ignored", activity.Id, activity.Conversation?.Id);
        }

        return Results.Ok();
    }

    /// <summary>
    /// Emulator mode trusts the machine itself, nothing else; a request relayed by a local reverse proxy
    /// (it carries forwarding headers) comes from elsewhere and is refused.
    /// </summary>
    private static bool IsDirectLoopback(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip)
        && !http.Request.Headers.ContainsKey("X-Forwarded-For") && !http.Request.Headers.ContainsKey("Forwarded");

    /// <returns>The body as text, or null when it is larger than <see cref="MaxBodyBytes"/>.</returns>
    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
