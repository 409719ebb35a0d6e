using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SalesBot.Channels.Tests.Teams.Auth;

/// <summary>
/// A local stand-in for login.botframework.com: an OpenID configuration and a keys document whose keys
/// carry Bot Framework's "endorsements", served over loopback HTTP, plus a signer for Connector-style tokens.
/// </summary>
internal sealed class BotFrameworkKeys : IAsyncDisposable
{
    public const string TeamsKid = "teams-key";
    public const string WebchatOnlyKid = "webchat-key";
    public const string UnservedKid = "unserved-key";

    private readonly Dictionary<string, (RSA Rsa, string[] Endorsements)> _keys = new()
    {
        [TeamsKid] = (RSA.Create(2048), ["msteams", "webchat"]),
        [WebchatOnlyKid] = (RSA.Create(2048), ["webchat"]),
        [UnservedKid] = (RSA.Create(2048), ["msteams"]),
    };

    private readonly HashSet<string> _served = [TeamsKid, WebchatOnlyKid];
    private LoopbackServer? _server;

    public string MetadataUrl => $"{_server!.BaseUrl}/v1/.well-known/openidconfiguration";

    public int KeyDocumentFetches { get; private set; }

    public static async Task<BotFrameworkKeys> StartAsync()
    {
        var keys = new BotFrameworkKeys();
        keys._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext http) => Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = "https://api.botframework.com",
                ["authorization_endpoint"] = "https://invalid.botframework.com",
                ["jwks_uri"] = $"http://{http.Request.Host}/v1/.well-known/keys",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
            }));
            app.MapGet("/v1/.well-known/keys", () =>
            {
                keys.KeyDocumentFetches++;
                return Results.Json(new { keys = keys.ServedKeys() });
            });
        });
        return keys;
    }

    /// <summary>Starts serving a key that was not in the keys document before (a key rotation).</summary>
    public void Publish(string kid)
    {
        lock (_served)
        {
            _served.Add(kid);
        }
    }

    public string Sign(string kid, string audience, string serviceUrl, string issuer = "https://api.botframework.com",
        DateTime? notBefore = null, DateTime? expires = null)
    {
        var now = DateTime.UtcNow;
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddMinutes(59),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_keys[kid].Rsa) { KeyId = kid }, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>A token "signed" with HMAC under a served key's id: the classic algorithm-confusion attack.</summary>
    public static string SignHs256(string kid, string audience, string serviceUrl)
    {
        var handler = new JsonWebTokenHandler();
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://api.botframework.com",
            Audience = audience,
            Expires = DateTime.UtcNow.AddMinutes(30),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = kid }, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>An unsigned token ("alg": "none") with otherwise perfect claims.</summary>
    public static string Unsigned(string kid, string audience, string serviceUrl)
    {
        static string B64(object o) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(o)));
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return $"{B64(new { alg = "none", typ = "JWT", kid })}.{B64(new Dictionary<string, object>
        {
            ["iss"] = "https://api.botframework.com",
            ["aud"] = audience,
            ["nbf"] = now - 60,
            ["exp"] = now + 1800,
            ["serviceurl"] = serviceUrl,
        })}.";
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        foreach (var (rsa, _) in _keys.Values)
        {
            rsa.Dispose();
        }
    }

    private List<Dictionary<string, object>> ServedKeys()
    {
        lock (_served)
        {
            return _served.Select(kid =>
            {
                var p = _keys[kid].Rsa.ExportParameters(false);
                return new Dictionary<string, object>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = kid,
                    ["n"] = Base64UrlEncoder.Encode(p.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(p.Exponent),
                    ["endorsements"] = _keys[kid].Endorsements,
                };
            }).ToList();
        }
    }
}
