using Microsoft.Extensions.Options;
using SalesBot.Channels.Inbox;
using SalesBot.Channels.Outbox;
using SalesBot.Channels.Teams;
using SalesBot.Channels.Teams.Auth;
using SalesBot.Channels.Teams.Connector;

namespace SalesBot.Host.Hosting;

/// <summary>Microsoft Teams: the activity endpoint, its inbox processor and the sender the outbox uses.</summary>
public static class TeamsHosting
{
    public static IServiceCollection AddTeams(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TeamsOptions>().Bind(configuration.GetSection(TeamsOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>();
        services.AddHttpClient();
        services.AddSingleton<BotFrameworkTokenValidator>();
        services.AddSingleton<TrustedServiceUrls>();
        services.AddSingleton(sp => new BotTokenProvider(Client(sp), sp.GetRequiredService<IOptions<TeamsOptions>>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<BotTokenProvider>>()));
        services.AddSingleton(sp => new TeamsConnectorClient(Client(sp), sp.GetRequiredService<BotTokenProvider>(),
            sp.GetRequiredService<TrustedServiceUrls>(), sp.GetRequiredService<ILogger<TeamsConnectorClient>>()));
        services.AddSingleton<TeamsSender>();
        services.AddSingleton<IChannelSender>(sp => sp.GetRequiredService<TeamsSender>());
        services.AddInboxWriter();
        services.AddSingleton<TeamsInbox>();
        services.AddSingleton<TeamsEndpoint>();
        services.AddSingleton<TeamsInboxProcessor>();
        services.AddHostedService(sp => sp.GetRequiredService<TeamsInboxProcessor>());
        services.AddHostedService<TeamsStatusLog>();
        return services;
    }

    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", (HttpContext http, TeamsEndpoint endpoint) => endpoint.HandleAsync(http));
        return app;
    }

    private static HttpClient Client(IServiceProvider sp) =>
        sp.GetRequiredService<IHttpClientFactory>().CreateClient("teams");

    /// <summary>Says at start whether Teams talks to a real tenant or only to a local emulator.</summary>
    private sealed class TeamsStatusLog(IOptions<TeamsOptions> options, ILogger<TeamsStatusLog> log) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var o = options.Value;
            if (o.IsEmulatorMode)
            {
                log.LogInformation("Teams: emulator mode (loopback only; set Teams:AppId/AppPassword/TenantId for a real tenant)");
            }
            else
            {
                log.LogInformation("Teams: on (app {AppId}, tenant {Tenant}), POST /api/messages", o.AppId, o.TenantId);
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
