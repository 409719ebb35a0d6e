using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Channels.Inbox;
using SalesBot.Channels.Outbox;
using SalesBot.Channels.Teams.Auth;
using SalesBot.Channels.Teams.Connector;
using SalesBot.Core.Data;

namespace SalesBot.Channels.Teams;

/// <summary>Microsoft Teams' one registration: the activity endpoint (mapped by the host's <c>MapMessengers()</c>), its inbox channel and the sender the outbox uses.</summary>
public static class TeamsHosting
{
    public static IServiceCollection AddTeams(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TeamsOptions>().Bind(configuration.GetSection(TeamsOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>();
        services.AddHttpClient();
        services.AddSingleton<BotFrameworkTokenValidator>();
        services.AddSingleton(sp => new TrustedServiceUrls(sp.GetRequiredService<IDbContextFactory<SalesBotDb>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new BotTokenProvider(Client(sp), sp.GetRequiredService<IOptions<TeamsOptions>>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<BotTokenProvider>>()));
        services.AddSingleton(sp => new TeamsConnectorClient(Client(sp), sp.GetRequiredService<BotTokenProvider>(),
            sp.GetRequiredService<TrustedServiceUrls>(), sp.GetRequiredService<ILogger<TeamsConnectorClient>>()));
        services.AddSingleton<TeamsSender>();
        services.AddSingleton<IChannelSender>(sp => sp.GetRequiredService<TeamsSender>());
        services.AddSingleton(TeamsPacing.Default);
        services.AddInboxChannel<TeamsInbox>();
        services.AddSingleton<TeamsEndpoint>();
        services.AddHostedService<TeamsStatusLog>();
        services.AddHostedService<EmulatorBindGuard>();
        services.AddMessengerEndpoint(app => app.MapTeams());
        return services;
    }

    /// <summary>
    /// <c>POST /api/messages</c>, only when Teams is configured (an AppId) or the emulator was asked for: an
    /// endpoint nobody configured is one nobody watches (404 otherwise).
    /// </summary>
    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder app)
    {
        var configuration = app.ServiceProvider.GetRequiredService<IConfiguration>();
        var settings = configuration.GetSection(TeamsOptions.Section).Get<TeamsOptions>() ?? new TeamsOptions();
        if (settings.IsEnabled)
        {
            app.MapPost("/api/messages", (HttpContext http, TeamsEndpoint endpoint) => endpoint.HandleAsync(http));
        }

        return app;
    }

    /// <summary>
    /// Emulator mode trusts loopback callers, which only means something when nothing else can call: once the
    /// server has bound, any address that is not loopback (0.0.0.0, a LAN address, a host name) stops the host.
    /// </summary>
    internal sealed class EmulatorBindGuard(IOptions<TeamsOptions> options, IServer server, ILogger<EmulatorBindGuard> log) : IHostedLifecycleService
    {
        public Task StartedAsync(CancellationToken cancellationToken)
        {
            if (!options.Value.IsEmulatorMode)
            {
                return Task.CompletedTask;
            }

            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var open = addresses.Where(a => !IsLoopbackAddress(a)).ToList();
            if (open.Count > 0)
            {
                log.LogCritical("Teams: emulator mode refused: the server listens on {Addresses}; bind loopback only (--urls http://127.0.0.1:3978)", string.Join(", ", open));
                throw new InvalidOperationException(
                    $"Teams:Emulator=true accepts unauthenticated activities, so every bind address must be loopback; not loopback: {string.Join(", ", open)}. Use --urls http://127.0.0.1:PORT or turn the emulator off.");
            }

            return Task.CompletedTask;
        }

        /// <summary>"http://127.0.0.1:3978", "http://[::1]:5000", "http://localhost:5000"; not "http://0.0.0.0:80", "http://*:80", "http://+:80".</summary>
        public static bool IsLoopbackAddress(string address)
        {
            var host = address;
            var scheme = host.IndexOf("://", StringComparison.Ordinal);
            host = scheme >= 0 ? host[(scheme + 3)..] : host;
            var slash = host.IndexOf('/', StringComparison.Ordinal);
            host = slash >= 0 ? host[..slash] : host;
            var port = host.StartsWith('[') ? host.IndexOf("]:", StringComparison.Ordinal) + 1 : host.LastIndexOf(':');
            host = port > 0 ? host[..port] : host;
            return TeamsEndpoint.IsLoopbackHost(host);
        }

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private static HttpClient Client(IServiceProvider sp) =>
        sp.GetRequiredService<IHttpClientFactory>().CreateClient("teams");

    /// <summary>Says at start whether Teams talks to a real tenant or only to a local emulator.</summary>
    private sealed class TeamsStatusLog(IOptions<TeamsOptions> options, ILogger<TeamsStatusLog> log) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var o = options.Value;
            if (!o.IsEnabled)
            {
                log.LogInformation("Teams: off (set Teams:AppId/AppPassword/TenantId for a tenant, or Teams:Emulator=true to try it locally)");
            }
            else if (o.IsEmulatorMode)
            {
                log.LogWarning("Teams: emulator mode, unauthenticated activities from loopback only, POST /api/messages (set Teams:AppId/AppPassword/TenantId for a real tenant)");
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
