using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace SalesBot.Channels.Teams.Auth;

/// <summary>
/// Checks the JWT the Bot Connector sends with every activity (PROTOCOLS.md A4). Every rule must pass:
/// Bearer scheme, RS256/384/512 signature by a key from the Bot Framework keys document, issuer
/// https://api.botframework.com, audience = our app id, lifetime with 5 minutes of skew, the
/// <c>serviceurl</c> claim equal to the activity's serviceUrl, and the signing key endorsed for the
/// activity's channel. There is deliberately no switch to turn any of it off.
/// </summary>
public sealed class BotFrameworkTokenValidator
{
    public const string Issuer = "https://api.botframework.com";

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _metadata;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly TeamsOptions _options;
    private readonly ILogger<BotFrameworkTokenValidator> _log;
    private DateTimeOffset _lastForcedRefresh = DateTimeOffset.MinValue;

    public BotFrameworkTokenValidator(IOptions<TeamsOptions> options, IHttpClientFactory httpClients, ILogger<BotFrameworkTokenValidator> log)
    {
        _options = options.Value;
        _log = log;
        var metadataUrl = _options.OpenIdMetadataUrl;
        var retriever = new HttpDocumentRetriever(httpClients.CreateClient(nameof(BotFrameworkTokenValidator)))
        {
            // The options validator already refuses plain http except to loopback (local test servers).
            RequireHttps = !new Uri(metadataUrl).IsLoopback,
        };
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            // The docs ask for a refresh at least daily; an unknown kid forces one sooner (see below).
            AutomaticRefreshInterval = TimeSpan.FromDays(1),
            RefreshInterval = TimeSpan.FromMinutes(1),
        };
    }

    /// <returns>Null when the request is authentic, else the reason (for the log only, never for the caller).</returns>
    public async Task<string?> ValidateAsync(string? authorization, string? serviceUrl, string? channelId, CancellationToken ct)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return "no Bearer token";
        }

        if (string.IsNullOrEmpty(serviceUrl) || string.IsNullOrEmpty(channelId))
        {
            return "activity without serviceUrl or channelId";
        }

        JsonWebToken token;
        try
        {
            token = new JsonWebToken(authorization["Bearer ".Length..].Trim());
        }
        catch (ArgumentException)
        {
            return "malformed token";
        }

        // Checked before any key lookup so "none" and HS* never reach the signature code.
        if (!AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return $"algorithm {token.Alg} not allowed";
        }

        var key = await FindKeyAsync(token.Kid, ct);
        if (key is null)
        {
            return $"unknown signing key {token.Kid}";
        }

        if (!Endorsements(key).Contains(channelId, StringComparer.OrdinalIgnoreCase))
        {
            return $"key {token.Kid} is not endorsed for channel {channelId}";
        }

        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = _options.AppId,
            IssuerSigningKey = key,
            ValidAlgorithms = AllowedAlgorithms,
            ClockSkew = TimeSpan.FromMinutes(5),
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            TryAllIssuerSigningKeys = false,
        });
        if (!result.IsValid)
        {
            return result.Exception?.GetType().Name ?? "invalid token";
        }

        // The token must have been issued for the serviceUrl the activity tells us to answer (A4.7). Exactly
        // equal, as botframework-connector (JS) checks it; the C# SDK also tolerates a difference in case.
        return result.Claims.TryGetValue("serviceurl", out var claim) && claim is string claimed
            && string.Equals(claimed, serviceUrl, StringComparison.Ordinal)
            ? null
            : "serviceurl claim does not match the activity";
    }

    private async Task<JsonWebKey?> FindKeyAsync(string? kid, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(kid))
        {
            return null;
        }

        var config = await MetadataAsync(ct);
        var key = Find(config, kid);
        if (key is not null || config is null)
        {
            return key;
        }

        // New keys can appear at any time: refetch, but at most once a minute, so made-up kids cannot make
        // every request wait for a download.
        var now = DateTimeOffset.UtcNow;
        if (now - _lastForcedRefresh < _metadata.RefreshInterval)
        {
            return null;
        }

        _lastForcedRefresh = now;
        _log.LogInformation("Teams auth: unknown key id {Kid}, refreshing the Bot Framework keys", kid);
        _metadata.RequestRefresh();

        // IdentityModel 8 fetches in the background and answers with the old keys meanwhile; wait briefly for the new ones.
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var fresh = await MetadataAsync(ct);
            if (!ReferenceEquals(fresh, config))
            {
                return Find(fresh, kid);
            }

            await Task.Delay(50, ct);
        }

        return null;
    }

    private static JsonWebKey? Find(OpenIdConnectConfiguration? config, string kid) =>
        config?.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));

    private async Task<OpenIdConnectConfiguration?> MetadataAsync(CancellationToken ct)
    {
        try
        {
            return await _metadata.GetConfigurationAsync(ct);
        }
        catch (InvalidOperationException ex)
        {
            _log.LogWarning(ex, "Teams auth: cannot read the OpenID metadata at {Url}", _options.OpenIdMetadataUrl);
            return null;
        }
    }

    /// <summary>Bot Framework's keys carry a non-standard "endorsements" array: the channels a key may sign for.</summary>
    private static IEnumerable<string> Endorsements(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue("endorsements", out var value))
        {
            return [];
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!),
            IEnumerable<object> items => items.OfType<string>(),
            _ => [],
        };
    }
}
