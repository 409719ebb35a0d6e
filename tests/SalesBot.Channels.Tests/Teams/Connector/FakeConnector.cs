using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SalesBot.Channels.Tests.Teams.Connector;

/// <summary>
/// A small Bot Connector on loopback: an Entra-style token endpoint and the /v3/conversations routes,
/// recording what arrives and answering from a script (default: 201 with a new id).
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<(int Status, string Body, string? RetryAfter)> _script = new();
    private LoopbackServer _server = null!;
    private int _tokens;
    private int _ids;

    public sealed record Call(string Method, string RawTarget, string? Authorization, JsonElement Body);

    public ConcurrentQueue<Call> Calls { get; } = new();

    public ConcurrentQueue<Dictionary<string, string>> TokenRequests { get; } = new();

    public string ServiceUrl => $"{_server.BaseUrl}/teams/";

    public string TokenEndpoint => $"{_server.BaseUrl}/tenant/oauth2/v2.0/token";

    public static async Task<FakeConnector> StartAsync()
    {
        var fake = new FakeConnector();
        fake._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/tenant/oauth2/v2.0/token", async (HttpContext http) =>
            {
                var form = await http.Request.ReadFormAsync();
                fake.TokenRequests.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
                var n = Interlocked.Increment(ref fake._tokens);
                return Results.Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = $"token-{n}" });
            });
            app.Map("/teams/v3/{**rest}", async (HttpContext http) =>
            {
                var body = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body);
                fake.Calls.Enqueue(new Call(http.Request.Method, http.Features.Get<IHttpRequestFeature>()!.RawTarget,
                    http.Request.Headers.Authorization.FirstOrDefault(), body));
                if (fake._script.TryDequeue(out var scripted))
                {
                    if (scripted.RetryAfter is not null)
                    {
                        http.Response.Headers.RetryAfter = scripted.RetryAfter;
                    }

                    return Results.Text(scripted.Body, "application/json", statusCode: scripted.Status);
                }

                var id = $"{1763286000000 + Interlocked.Increment(ref fake._ids)}";
                return http.Request.Path.Value!.EndsWith("/v3/conversations", StringComparison.Ordinal)
                    ? Results.Json(new { id = $"created-{id}", activityId = id }, statusCode: 201)
                    : Results.Json(new { id }, statusCode: http.Request.Method == "PUT" ? 200 : 201);
            });
        });
        return fake;
    }

    /// <summary>The next connector call gets this answer instead of success.</summary>
    public void Answer(int status, string body, string? retryAfter = null) => _script.Enqueue((status, body, retryAfter));

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
