using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Features.Tips;

public static class TipsServiceCollectionExtensions
{
    /// <summary>Counts reactions on tip posts: the inbox hands every reaction to the <see cref="IReactionSink"/> in its scope.</summary>
    public static IServiceCollection AddTips(this IServiceCollection services)
    {
        services.TryAddScoped<IReactionSink, CountTipReaction>();
        return services;
    }
}
