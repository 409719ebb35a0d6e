using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SalesBot.Channels.Teams.Connector;

/// <summary>
/// The bot's outbound token: OAuth client credentials against the app's own tenant (A5), cached until
/// shortly before it expires. Null without an app id (emulator mode), where the local connector wants no token.
/// </summary>
public sealed class BotTokenProvider(HttpClient http, IOptions<TeamsOptions> options, TimeProvider clock, ILogger<BotTokenProvider> log)
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _refreshAt;

    /// <summary>With an app id every connector call carries the token, so it may go only to verified serviceUrls.</summary>
    public bool HasCredentials => options.Value.IsConfigured;

    public async Task<string?> GetTokenAsync(CancellationToken ct)
    {
        var o = options.Value;
        if (!o.IsConfigured)
        {
            return null;
        }

        if (_token is not null && clock.GetUtcNow() < _refreshAt)
        {
            return _token;
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (_token is not null && clock.GetUtcNow() < _refreshAt)
            {
                return _token;
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, o.ResolvedTokenEndpoint)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials",
                    ["client_id"] = o.AppId,
                    ["client_secret"] = o.AppPassword,
                    ["scope"] = TeamsOptions.BotFrameworkScope,
                }),
            };
            using var response = await http.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode)
            {
                // The body may echo the client id but never the secret; keep it short in the log anyway.
                var body = await response.Content.ReadAsStringAsync(ct);
                log.LogError("Teams: token endpoint answered {Status}: {Body}", (int)response.StatusCode, body.Length > 300 ? body[..300] : body);
                throw new HttpRequestException($"token endpoint answered {(int)response.StatusCode}", null, response.StatusCode);
            }

            var token = await response.Content.ReadFromJsonAsync<TokenResponse>(ct)
                ?? throw new HttpRequestException("token endpoint sent no token");
            if (string.IsNullOrEmpty(token.AccessToken))
            {
                throw new HttpRequestException("token endpoint sent no access_token");
            }

            var lifetime = TimeSpan.FromSeconds(Math.Max(token.ExpiresIn, 60));
            _token = token.AccessToken;
            _refreshAt = clock.GetUtcNow() + (lifetime > RefreshMargin * 2 ? lifetime - RefreshMargin : lifetime / 2);
            return _token;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>After a 401 from the connector: the cached token is no good, fetch a new one next time.</summary>
    public void Invalidate() => _token = null;

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
