using SalesBot.Channels;
using SalesBot.Channels.Outbox;
using SalesBot.Channels.Teams;
using SalesBot.Channels.Telegram;
using SalesBot.Core.Conversation;
using SalesBot.Core.Features.Tips;
using SalesBot.Core.Reports;
using SalesBot.Host.Data;
using SalesBot.Host.Hosting;
using SalesBot.Host.Scheduling;

namespace SalesBot.Host.Cli;

/// <summary><c>salesbot serve [--db CONNECTION] [--urls URLS]</c>: the bot host (channels, scheduler, health).</summary>
internal static class ServeVerb
{
    public static async Task<int> RunAsync(CliArgs args, string[] rawArgs)
    {
        await using var app = BuildApp(args, rawArgs);
        // Settings checked here, before the host starts: a bad one is then one line naming its key (CommandLine),
        // not the host's "failed to start" log with a stack trace.
        app.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
        await app.RunAsync();
        return 0;
    }

    public static WebApplication BuildApp(CliArgs args, string[] rawArgs)
    {
        var db = args.Option("--db");
        _ = args.Option("--urls");
        args.EnsureNoUnknownOptions(0);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = rawArgs });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddSalesBotSources();
        builder.Configuration.AddCommandLine(rawArgs.Where(a => a != "serve").ToArray());
        var connection = StoreConnection.Parse(db ?? builder.Configuration.GetConnectionString("SalesBot"));

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSalesBotStore(connection);
        builder.Services.AddConversation();
        builder.Services.AddReports();
        builder.Services.AddTips();
        builder.Services.AddTelegram(builder.Configuration);
        builder.Services.AddTeams(builder.Configuration);
        builder.Services.AddOutbox();
        builder.Services.AddScheduling(builder.Configuration, connection);

        var app = builder.Build();
        app.MapHealth();
        app.MapMessengers();
        return app;
    }
}
