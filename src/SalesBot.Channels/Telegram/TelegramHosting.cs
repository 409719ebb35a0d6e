using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Channels.Inbox;
using SalesBot.Channels.Outbox;
using Telegram.Bot;

namespace SalesBot.Channels.Telegram;

/// <summary>Telegram's one registration (<see cref="AddTelegram"/>) and its endpoint, mapped by the host's <c>MapMessengers()</c>.</summary>
public static class TelegramHosting
{
    /// <summary>
    /// Telegram as configured in the "Telegram" section: off without a token, else long polling (the
    /// default) or the webhook. Bad settings fail the host at start with a sentence saying what to fix.
    /// </summary>
    public static IServiceCollection AddTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.AddInboxWriter();
        services.AddSingleton<TelegramInboxWriter>();
        services.AddSingleton<TelegramWebhookEndpoint>();
        services.AddHostedService<TelegramStatus>();
        services.AddMessengerEndpoint(app => app.MapTelegram());

        var settings = configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>() ?? new TelegramOptions();
        var mode = settings.EffectiveMode;
        if (mode == TelegramMode.Off)
        {
            return services;
        }

        // No request logging: it would write the request URL, and the URL holds the token.
        var client = services.AddHttpClient(TelegramBot.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .RemoveAllLoggers();
        if (settings.Emulator)
        {
            client.AddHttpMessageHandler(() => new TelegramEmulatorQuirks());
        }

        services.AddSingleton<ITelegramBotClient>(sp => TelegramBot.Create(
            sp.GetRequiredService<IOptions<TelegramOptions>>().Value,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(TelegramBot.HttpClientName)));
        services.AddSingleton<TelegramBotAccount>();
        services.AddSingleton<IChannelSender, TelegramSender>();
        services.AddSingleton(TelegramPacing.Default);
        services.AddHostedService<TelegramBotSetup>();
        services.AddInboxChannel<TelegramInbox>();
        if (mode == TelegramMode.Polling)
        {
            services.AddHostedService<TelegramPollingService>();
        }

        return services;
    }

    /// <summary><c>POST /api/telegram</c>; answers 404 unless Telegram:Mode is webhook.</summary>
    public static IEndpointRouteBuilder MapTelegram(this IEndpointRouteBuilder app)
    {
        app.MapPost(TelegramWebhookEndpoint.Path, (HttpContext http, TelegramWebhookEndpoint endpoint) => endpoint.HandleAsync(http));
        return app;
    }

    /// <summary>Says at start whether Telegram is on, and if not, how to turn it on.</summary>
    private sealed class TelegramStatus(IOptions<TelegramOptions> options, ILogger<TelegramStatus> log) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var settings = options.Value;
            if (!settings.HasToken)
            {
                log.LogInformation("Telegram: off (set Telegram:BotToken to turn it on)");
            }
            else if (settings.EffectiveMode == TelegramMode.Off)
            {
                log.LogInformation("Telegram: off (Telegram:Mode is off)");
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
