using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// The conversation engine as <see cref="IConversationEngine"/> (a singleton: it owns the single writer).
    /// Needs an <c>IDbContextFactory&lt;SalesBotDb&gt;</c>; parses English with <see cref="MessageParser"/> unless
    /// another <see cref="IMessageParser"/> was registered first; uses an <see cref="IReportService"/> when one
    /// is registered (any lifetime: it is resolved in a scope per request).
    /// </summary>
    public static IServiceCollection AddConversation(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMessageParser>(MessageParser.English);
        services.TryAddSingleton(sp => new ConversationEngine(
            sp.GetRequiredService<IDbContextFactory<SalesBotDb>>(),
            sp.GetRequiredService<IMessageParser>(),
            sp.GetRequiredService<TimeProvider>(),
            reports: null,
            log: sp.GetService<ILogger<ConversationEngine>>(),
            scopes: sp.GetRequiredService<IServiceScopeFactory>()));
        services.TryAddSingleton<IConversationEngine>(sp => sp.GetRequiredService<ConversationEngine>());
        return services;
    }
}
