using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SalesBot.Channels.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// The outbox dispatcher, its wake-up signal and the per-channel pacing. Channels add their own
    /// <see cref="IChannelSender"/> and <see cref="ChannelPacing"/>; the dispatcher sends for whichever are registered.
    /// </summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<OutboxDispatcher>();
        return services;
    }
}
