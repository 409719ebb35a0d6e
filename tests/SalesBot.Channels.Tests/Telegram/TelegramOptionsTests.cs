using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesBot.Channels.Telegram;
using SalesBot.Channels.Tests.Outbox;

namespace SalesBot.Channels.Tests.Telegram;

public sealed class TelegramOptionsTests
{
    private const string Token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    private static ValidateOptionsResult Validate(TelegramOptions options) => new TelegramOptionsValidator().Validate(null, options);

    [Fact]
    public void IsOffWithoutAToken() =>
        Assert.Equal(TelegramMode.Off, new TelegramOptions { Mode = "polling" }.EffectiveMode);

    [Fact]
    public void PollsByDefaultWhenNoWebhookUrlIsSet() =>
        Assert.Equal(TelegramMode.Polling, new TelegramOptions { BotToken = Token }.EffectiveMode);

    [Fact]
    public void UsesTheWebhookByDefaultWhenAWebhookUrlIsSet() =>
        Assert.Equal(TelegramMode.Webhook, new TelegramOptions { BotToken = Token, WebhookUrl = "https://bot.example.com/api/telegram" }.EffectiveMode);

    [Theory]
    [InlineData("http://127.0.0.1:9000", true)]
    [InlineData("http://localhost:9000", true)]
    [InlineData("http://[::1]:9000", true)]
    [InlineData("https://api.telegram.org", false)]
    [InlineData("http://10.0.0.5:9000", false)]
    public void TheEmulatorModeTalksOnlyToThisMachine(string apiBaseUrl, bool accepted)
    {
        var result = Validate(new TelegramOptions { BotToken = Token, Emulator = true, ApiBaseUrl = apiBaseUrl });

        Assert.Equal(accepted, result.Succeeded);
        if (!accepted)
        {
            Assert.Contains("Telegram:Emulator", result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AcceptsABotFatherToken() =>
        Assert.True(Validate(new TelegramOptions { BotToken = Token, Mode = "polling" }).Succeeded);

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("123456789AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw")]
    [InlineData("bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw")]
    [InlineData("123456789:short")]
    public void RejectsATokenBotFatherWouldNotHaveIssued(string token)
    {
        var result = Validate(new TelegramOptions { BotToken = token });

        Assert.True(result.Failed);
        Assert.Contains("Telegram:BotToken", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAnUnknownMode()
    {
        var result = Validate(new TelegramOptions { BotToken = Token, Mode = "push" });

        Assert.Contains("Telegram:Mode is 'push'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiresASecretAndAUrlForTheWebhook()
    {
        var result = Validate(new TelegramOptions { BotToken = Token, Mode = "webhook" });

        Assert.Contains("Telegram:WebhookSecret is empty", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Telegram:WebhookUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://bot.example.com/api/telegram")]
    [InlineData("https://bot.example.com:5000/api/telegram")]
    public void RejectsAWebhookAddressTheRealTelegramWouldNotCall(string url)
    {
        var options = new TelegramOptions { BotToken = Token, Mode = "webhook", WebhookSecret = "abc", WebhookUrl = url };

        Assert.Contains("must be https on port 443, 80, 88 or 8443", Validate(options).FailureMessage, StringComparison.Ordinal);
        Assert.True(Validate(new TelegramOptions { BotToken = Token, Mode = "webhook", WebhookSecret = "abc", WebhookUrl = url, ApiBaseUrl = "http://127.0.0.1:9000" }).Succeeded);
    }

    [Fact]
    public void RejectsASecretTelegramWouldRefuse() =>
        Assert.Contains("Telegram:WebhookSecret must be", Validate(new TelegramOptions { WebhookSecret = "has spaces!" }).FailureMessage, StringComparison.Ordinal);

    [Fact]
    public async Task TheHostRefusesToStartWithABadToken()
    {
        await using var store = await TempStore.CreateAsync();
        await using var app = TelegramTestHost.Build(store, new Dictionary<string, string?> { ["Telegram:BotToken"] = "oops" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Telegram:BotToken does not look like a BotFather token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHostRunsWithTelegramOffWhenNoTokenIsSet()
    {
        await using var store = await TempStore.CreateAsync();
        await using var app = TelegramTestHost.Build(store, new Dictionary<string, string?>());

        await app.StartAsync();

        Assert.Null(app.Services.GetService<global::Telegram.Bot.ITelegramBotClient>());
        Assert.Equal(TelegramMode.Off, app.Services.GetRequiredService<IOptions<TelegramOptions>>().Value.EffectiveMode);
        await app.StopAsync();
    }
}
