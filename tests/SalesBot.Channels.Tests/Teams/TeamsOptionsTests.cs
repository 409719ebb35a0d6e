using SalesBot.Channels.Teams;

namespace SalesBot.Channels.Tests.Teams;

public sealed class TeamsOptionsTests
{
    [Fact]
    public void IsOffWithNothingSetAndInEmulatorModeOnlyWhenAskedFor()
    {
        var nothing = new TeamsOptions();
        var emulator = new TeamsOptions { Emulator = true };

        Assert.True(new TeamsOptionsValidator().Validate(null, nothing).Succeeded);
        Assert.False(nothing.IsEnabled);
        Assert.False(nothing.IsEmulatorMode);
        Assert.True(new TeamsOptionsValidator().Validate(null, emulator).Succeeded);
        Assert.True(emulator.IsEmulatorMode);
    }

    [Fact]
    public void RefusesTheEmulatorTogetherWithARealAppId()
    {
        var result = new TeamsOptionsValidator().Validate(null, new TeamsOptions
        {
            Emulator = true, AppId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301", AppPassword = "x", TenantId = "t",
        });

        Assert.True(result.Failed);
        Assert.Contains("Teams:Emulator", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AcceptsACompleteSingleTenantIdentityAndDerivesItsTokenEndpoint()
    {
        var options = new TeamsOptions { AppId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301", AppPassword = "x", TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47" };

        Assert.True(new TeamsOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal("https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token", options.ResolvedTokenEndpoint);
    }

    [Theory]
    [InlineData("salesbot", "x", "t", "", "Teams:AppId")]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "", "t", "", "Teams:AppPassword")]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "x", "", "", "Teams:TenantId")]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "x", "t", "http://login.example.com/token", "Teams:TokenEndpoint")]
    public void NamesTheKeyThatIsMissingOrWrong(string appId, string password, string tenant, string tokenEndpoint, string key)
    {
        var result = new TeamsOptionsValidator().Validate(null,
            new TeamsOptions { AppId = appId, AppPassword = password, TenantId = tenant, TokenEndpoint = tokenEndpoint });

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesPlainHttpMetadataExceptToLoopback()
    {
        Assert.True(new TeamsOptionsValidator().Validate(null, new TeamsOptions { OpenIdMetadataUrl = "http://login.example.com/openid" }).Failed);
        Assert.True(new TeamsOptionsValidator().Validate(null, new TeamsOptions { OpenIdMetadataUrl = "http://127.0.0.1:8790/openid" }).Succeeded);
    }
}
