using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using SalesBot.Channels.Tests.Teams.Auth;
using SalesBot.Core.Crm;

namespace SalesBot.Channels.Tests.Teams;

/// <summary>
/// Issue 12, findings 2 and 3, over loopback HTTP to a host with a real app id and the local Bot Framework keys:
/// a valid token is not enough; the activity must be a Teams one, signed by a key endorsed for msteams, from the
/// configured tenant. (The teams-key is endorsed for msteams and webchat, as Bot Framework's keys are.)
/// </summary>
public sealed class TeamsRealModeChecksTests(BotFrameworkTokenValidatorTests.Fixture fixture)
    : IClassFixture<BotFrameworkTokenValidatorTests.Fixture>
{
    private const string AppId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private const string OurTenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string OtherTenant = "0b0b0b0b-1111-2222-3333-444455556666";

    public static TheoryData<string, Func<string, string>> Refused => new()
    {
        // Finding 2: Web Chat / Direct Line with a spoofed from.id of a real member.
        { "channelId webchat", a => a.Replace("\"channelId\":\"msteams\"", "\"channelId\":\"webchat\"", StringComparison.Ordinal) },
        { "channelId directline", a => a.Replace("\"channelId\":\"msteams\"", "\"channelId\":\"directline\"", StringComparison.Ordinal) },
        { "channelId MSTEAMS", a => a.Replace("\"channelId\":\"msteams\"", "\"channelId\":\"MSTeams\"", StringComparison.Ordinal) },
        { "no channelId", a => a.Replace("\"channelId\":\"msteams\",", "", StringComparison.Ordinal) },
        // Finding 3: another tenant's valid token.
        { "conversation of another tenant", a => a.Replace(OurTenant, OtherTenant, StringComparison.Ordinal) },
        { "no tenant at all", a => a.Replace($",\"tenantId\":\"{OurTenant}\"", "", StringComparison.Ordinal) },
        { "channelData tenant of another tenant", a => a.Replace("\"recipient\":", $"\"channelData\":{{\"tenant\":{{\"id\":\"{OtherTenant}\"}}}},\"recipient\":", StringComparison.Ordinal) },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task RefusesAnAuthenticTokenOnAnActivityThatIsNotOurTenantsTeams(string @case, Func<string, string> change)
    {
        var id = $"refused-{Guid.NewGuid():N}";
        var activity = change(BotFrameworkTokenValidatorTests.Message(id, ServiceUrl));
        Assert.NotEqual(BotFrameworkTokenValidatorTests.Message(id, ServiceUrl), activity);

        using var response = await BotFrameworkTokenValidatorTests.PostAsync(fixture.Bot.BaseUrl, Bearer(), activity);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{@case}: {response.StatusCode}");
        await using var db = fixture.Store.Db();
        Assert.False(await db.Inbox.AnyAsync(i => i.Channel == ChannelKind.Teams && i.ExternalId.EndsWith(id)));
    }

    [Fact]
    public async Task AcceptsOurTenantsTeamsActivityWithBothTenantFieldsAndMarksItsServiceUrlVerified()
    {
        var id = $"ok-{Guid.NewGuid():N}";
        var activity = BotFrameworkTokenValidatorTests.Message(id, ServiceUrl)
            .Replace("\"recipient\":", $"\"channelData\":{{\"tenant\":{{\"id\":\"{OurTenant}\"}}}},\"recipient\":", StringComparison.Ordinal);

        using var response = await BotFrameworkTokenValidatorTests.PostAsync(fixture.Bot.BaseUrl, Bearer(), activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = fixture.Store.Db();
        Assert.True(await db.Inbox.AnyAsync(i => i.ExternalId.EndsWith(id)));
        Assert.True((await db.ChannelEndpoints.SingleAsync(u => u.Channel == ChannelKind.Teams && u.Url == ServiceUrl.TrimEnd('/'))).Verified);
    }

    private string Bearer() => new AuthenticationHeaderValue("Bearer", fixture.Keys.Sign(BotFrameworkKeys.TeamsKid, AppId, ServiceUrl)).ToString();
}
