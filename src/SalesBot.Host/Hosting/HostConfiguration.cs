using Microsoft.Extensions.Configuration;

namespace SalesBot.Host.Hosting;

/// <summary>
/// One configuration for every verb: appsettings.json beside the binary, then one in the working
/// directory (the repo root when run with `dotnet run`), then environment variables
/// (ConnectionStrings__SalesBot, Telegram__BotToken, ...).
/// </summary>
public static class HostConfiguration
{
    public static void AddSalesBotSources(this IConfigurationBuilder builder)
    {
        builder.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false);
        builder.AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true, reloadOnChange: false);
        builder.AddEnvironmentVariables();
    }

    public static IConfiguration Build()
    {
        var builder = new ConfigurationBuilder();
        builder.AddSalesBotSources();
        return builder.Build();
    }
}
