using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;

namespace SalesBot.Channels.Tests.Teams.Auth;

/// <summary>
/// The Bot Connector token rules (PROTOCOLS.md A4) as a table, each case sent over loopback HTTP to the
/// real <c>POST /api/messages</c> of a host with an app id, keys served by a local OpenID endpoint.
/// The same table is run through botframework-connector's own JwtTokenValidation (PEERS.md §4) as a check.
/// </summary>
public sealed class BotFrameworkTokenValidatorTests(BotFrameworkTokenValidatorTests.Fixture fixture)
    : IClassFixture<BotFrameworkTokenValidatorTests.Fixture>
{
    private const string AppId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    public static TheoryData<string, HttpStatusCode> Cases => new()
    {
        { "valid", HttpStatusCode.OK },
        { "expired within the 5 minute skew", HttpStatusCode.OK },
        { "wrong audience", HttpStatusCode.Unauthorized },
        { "wrong issuer", HttpStatusCode.Unauthorized },
        { "expired beyond the skew", HttpStatusCode.Unauthorized },
        { "not yet valid beyond the skew", HttpStatusCode.Unauthorized },
        { "serviceurl mismatch", HttpStatusCode.Unauthorized },
        { "serviceurl claim differing only in case", HttpStatusCode.Unauthorized },
        { "channel not endorsed", HttpStatusCode.Unauthorized },
        { "unknown key", HttpStatusCode.Unauthorized },
        { "HS256", HttpStatusCode.Unauthorized },
        { "alg none", HttpStatusCode.Unauthorized },
        { "tampered payload", HttpStatusCode.Unauthorized },
        { "missing header", HttpStatusCode.Unauthorized },
        { "malformed token", HttpStatusCode.Unauthorized },
        { "Basic scheme", HttpStatusCode.Unauthorized },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task AnswersEachTokenCaseAndRecordsOnlyAuthenticActivities(string @case, HttpStatusCode expected)
    {
        var authorization = Authorization(fixture.Keys, @case);
        var activityId = $"case-{Guid.NewGuid():N}";

        using var response = await PostAsync(fixture.Bot.BaseUrl, authorization, Message(activityId, ServiceUrl));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        await using var db = fixture.Store.Db();
        var recorded = await db.Inbox.AnyAsync(i => i.Channel == ChannelKind.Teams && i.ExternalId.EndsWith(activityId));
        Assert.Equal(expected == HttpStatusCode.OK, recorded);
    }

    [Fact]
    public async Task AcceptsAKeyPublishedAfterStartByRefreshingTheKeysOnAnUnknownKid()
    {
        await using var keys = await BotFrameworkKeys.StartAsync();
        await using var store = await TempStore.CreateAsync();
        await using var bot = await BotHost.StartAsync(store, Config(keys));
        using (var first = await PostAsync(bot.BaseUrl, Bearer(keys.Sign(BotFrameworkKeys.TeamsKid, AppId, ServiceUrl)), Message("m1", ServiceUrl)))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        keys.Publish(BotFrameworkKeys.UnservedKid);
        using var rotated = await PostAsync(bot.BaseUrl, Bearer(keys.Sign(BotFrameworkKeys.UnservedKid, AppId, ServiceUrl)), Message("m2", ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.Equal(2, keys.KeyDocumentFetches);
    }

    /// <summary>The Authorization header for each case of the table.</summary>
    internal static string? Authorization(BotFrameworkKeys keys, string @case)
    {
        var now = DateTime.UtcNow;
        return @case switch
        {
            "valid" => Bearer(keys.Sign(BotFrameworkKeys.TeamsKid, AppId, ServiceUrl)),
            "expired within the 5 minute skew" => Bearer(keys.Sign(BotFrameworkKeys.TeamsKid, AppId, ServiceUrl, notBefore: now.AddHours(-1), expires: now.AddMinutes(-2))),
            "serviceurl claim differing only in case" => Bearer(keys.Sign(BotFrameworkKeys.TeamsKid, AppId, ServiceUrl.ToUpperInvariant())),
            "wrong audience" => Bearer(keys.Sign(BotFrameworkKeys.TeamsKid, "a0a0a0a0-0000-0000-0000-000000000000", ServiceUrl)),
            "wrong issuer" => Bearer(keys.Sign(BotFrameworkKeys.TeamsKid, AppId, ServiceUrl, issuer: "https://api.botframework.com.evil.example")),
            "expired beyond the skew" => Bearer(keys.Sign(BotFrameworkKeys.TeamsKid, AppId, ServiceUrl, notBefore: now.AddHours(-1), expires: now.AddMinutes(-6))),
            "not yet valid beyond the skew" => Bearer(keys.Sign(BotFrameworkKeys.TeamsKid, AppId, ServiceUrl, notBefore: now.AddMinutes(10), expires: now.AddHours(1))),
            "serviceurl mismatch" => Bearer(keys.Sign(BotFrameworkKeys.TeamsKid, AppId, "https://attacker.example.com/")),
            "channel not endorsed" => Bearer(keys.Sign(BotFrameworkKeys.WebchatOnlyKid, AppId, ServiceUrl)),
            "unknown key" => Bearer(keys.Sign(BotFrameworkKeys.UnservedKid, AppId, ServiceUrl)),
            "HS256" => Bearer(BotFrameworkKeys.SignHs256(BotFrameworkKeys.TeamsKid, AppId, ServiceUrl)),
            "alg none" => Bearer(BotFrameworkKeys.Unsigned(BotFrameworkKeys.TeamsKid, AppId, ServiceUrl)),
            "tampered payload" => Bearer(Tamper(keys.Sign(BotFrameworkKeys.TeamsKid, "a0a0a0a0-0000-0000-0000-000000000000", ServiceUrl))),
            "missing header" => null,
            "malformed token" => "Bearer not.a.jwt-at-all",
            "Basic scheme" => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AppId}:secret")),
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
    };
    }

    [Fact]
    public async Task MicrosoftsOwnValidatorGivesTheSameAnswersForTheWholeTable()
    {
        Repo.EnsurePeers();

        var cases = Cases.Select(row => (Name: (string)row[0], Expected: (HttpStatusCode)row[1])).ToList();
        var input = Path.Combine(Path.GetTempPath(), $"salesbot-token-cases-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(new
        {
            metadataUrl = fixture.Keys.MetadataUrl,
            appId = AppId,
            cases = cases.Select(c => new
            {
                name = c.Name,
                authorization = Authorization(fixture.Keys, c.Name),
                activity = JsonSerializer.Deserialize<JsonElement>(Message($"bf-{c.Name}", ServiceUrl)),
            }),
        }));
        try
        {
            var (exit, output, errors) = await Repo.NodeAsync("check-tokens.js", input);
            Assert.True(exit == 0, errors);

            var verdicts = JsonSerializer.Deserialize<JsonElement>(output[(output.LastIndexOf("@@RESULT@@", StringComparison.Ordinal) + 10)..])
                .EnumerateArray().ToDictionary(v => v.GetProperty("name").GetString()!, v => v.GetProperty("accepted").GetBoolean());
            Assert.All(cases, c => Assert.True(verdicts[c.Name] == (c.Expected == HttpStatusCode.OK),
                $"{c.Name}: botframework-connector {(verdicts[c.Name] ? "accepts" : "rejects")} it, the table says {c.Expected}"));
        }
        finally
        {
            File.Delete(input);
        }
    }

    internal static Dictionary<string, string?> Config(BotFrameworkKeys keys) => new()
    {
        ["AppId"] = AppId,
        ["AppPassword"] = "not-used-here",
        ["TenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47",
        ["OpenIdMetadataUrl"] = keys.MetadataUrl,
    };

    internal static async Task<HttpResponseMessage> PostAsync(string baseUrl, string? authorization, string json)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{baseUrl}/api/messages")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await http.SendAsync(request);
    }

    internal static string Message(string id, string serviceUrl) => $$$"""
        {"type":"message","id":"{{{id}}}","channelId":"msteams","serviceUrl":"{{{serviceUrl}}}","text":"logged a call with Contoso",
         "from":{"id":"29:user","name":"Megan Bowen","aadObjectId":"7faf80ab-1a4b-4b5f-9d0a-1f1c6a2d9e11"},
         "conversation":{"conversationType":"personal","id":"a:conversation-1","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47"},
         "recipient":{"id":"28:{{{AppId}}}","name":"SalesBot"}}
        """;

    private static string Bearer(string token) => new AuthenticationHeaderValue("Bearer", token).ToString();

    /// <summary>Swaps in a payload the key never signed (here: the right audience) and keeps the old signature.</summary>
    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(parts[1]))
            .Replace("a0a0a0a0-0000-0000-0000-000000000000", AppId, StringComparison.Ordinal);
        return $"{parts[0]}.{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";
    }

    public sealed class Fixture : IAsyncLifetime
    {
        internal BotFrameworkKeys Keys { get; private set; } = null!;
        internal TempStore Store { get; private set; } = null!;
        internal LoopbackServer Bot { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Keys = await BotFrameworkKeys.StartAsync();
            Store = await TempStore.CreateAsync();
            Bot = await BotHost.StartAsync(Store, Config(Keys));
        }

        public async Task DisposeAsync()
        {
            await Bot.DisposeAsync();
            await Store.DisposeAsync();
            await Keys.DisposeAsync();
        }
    }
}
