using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SalesBot.Channels.Outbox;

namespace SalesBot.Channels.Inbox;

public static class InboxServiceCollectionExtensions
{
    /// <summary>The one inbox writer and the one processor every channel goes through; each channel's registration calls this, it registers once.</summary>
    public static IServiceCollection AddInboxWriter(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<InboxWriter>();
        services.TryAddSingleton<InboxBacklog>();
        services.TryAddSingleton<InboxSignal>();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<InboxProcessor>();
        services.AddOptions<InboxOptions>().BindConfiguration(InboxOptions.Section);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, InboxWriter>(sp => sp.GetRequiredService<InboxWriter>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, InboxProcessor>(sp => sp.GetRequiredService<InboxProcessor>()));
        return services;
    }

    /// <summary>A messenger's reading of its inbox rows, worked off by the shared <see cref="InboxProcessor"/>.</summary>
    public static IServiceCollection AddInboxChannel<TChannel>(this IServiceCollection services)
        where TChannel : class, IInboxChannel
    {
        services.AddInboxWriter();
        services.TryAddSingleton<TChannel>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInboxChannel, TChannel>(sp => sp.GetRequiredService<TChannel>()));
        return services;
    }
}
