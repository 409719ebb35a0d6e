using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace SalesBot.Channels;

/// <summary>
/// Each messenger's HTTP entry points, registered by its <c>Add&lt;Messenger&gt;()</c> so that the host maps all of them with
/// one <see cref="MapMessengers"/>: adding a messenger is its folder and one registration line (decision 0025).
/// </summary>
public static class MessengerEndpoints
{
    public static IServiceCollection AddMessengerEndpoint(this IServiceCollection services, Action<IEndpointRouteBuilder> map) =>
        services.AddSingleton(new MessengerEndpoint(map));

    /// <summary>Maps what every registered messenger asked for (each decides from its own settings whether to map anything).</summary>
    public static IEndpointRouteBuilder MapMessengers(this IEndpointRouteBuilder app)
    {
        foreach (var endpoint in app.ServiceProvider.GetServices<MessengerEndpoint>())
        {
            endpoint.Map(app);
        }

        return app;
    }

    private sealed record MessengerEndpoint(Action<IEndpointRouteBuilder> Map);
}
