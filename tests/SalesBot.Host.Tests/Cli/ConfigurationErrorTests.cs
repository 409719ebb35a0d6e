namespace SalesBot.Host.Tests.Cli;

public class ConfigurationErrorTests
{
    private static Dictionary<string, string> WebhookWithoutUrl(string logLevel) => new()
    {
        ["Telegram__BotToken"] = "123456789:AAHabcdefghijklmnopqrstuvwxyz0123456",
        ["Telegram__Mode"] = "webhook",
        ["Telegram__WebhookSecret"] = "a-secret",
        ["Telegram__WebhookUrl"] = "",
        ["Teams__AppId"] = "",
        ["Logging__LogLevel__Default"] = logLevel,
    };

    [Fact]
    public async Task ABadSettingIsOneLineNamingTheKeyWithExitTwoAndNoStackTrace()
    {
        var folder = Directory.CreateTempSubdirectory("salesbot-config-");
        try
        {
            var (code, stdout, stderr) = await SalesbotProcess.RunAsync(
                ["serve", "--db", $"Data Source={Path.Combine(folder.FullName, "x.db")}", "--urls", "http://127.0.0.1:0"],
                WebhookWithoutUrl("Information"), folder.FullName);

            Assert.Equal(2, code);
            var line = Assert.Single(stderr.TrimEnd().Split('\n'));
            Assert.StartsWith("salesbot: configuration: ", line, StringComparison.Ordinal);
            Assert.Contains("Telegram:Mode is webhook but Telegram:WebhookUrl '' is not a URL", line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", stdout + stderr, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task AtDebugLevelTheStackTraceFollowsTheLine()
    {
        var folder = Directory.CreateTempSubdirectory("salesbot-config-");
        try
        {
            var (code, _, stderr) = await SalesbotProcess.RunAsync(
                ["serve", "--db", $"Data Source={Path.Combine(folder.FullName, "x.db")}", "--urls", "http://127.0.0.1:0"],
                WebhookWithoutUrl("Debug"), folder.FullName);

            Assert.Equal(2, code);
            Assert.StartsWith("salesbot: configuration: ", stderr, StringComparison.Ordinal);
            Assert.Contains("OptionsValidationException", stderr, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
