using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SalesBot.Channels.Inbox;

public static class InboxServiceCollectionExtensions
{
    /// <summary>The one inbox writer every channel records through; each channel's hosting calls this, it registers once.</summary>
    public static IServiceCollection AddInboxWriter(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<InboxWriter>();
        services.TryAddSingleton<InboxBacklog>();
        services.AddOptions<InboxOptions>().BindConfiguration(InboxOptions.Section);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, InboxWriter>(sp => sp.GetRequiredService<InboxWriter>()));
        return services;
    }
}
