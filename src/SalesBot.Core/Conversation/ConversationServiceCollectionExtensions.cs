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
    /// is registered (any lifetime: it is resolved in a scope per call and injected).
    /// </summary>
    public static IServiceCollection AddConversation(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMessageParser>(MessageParser.English);
        services.TryAddSingleton(sp => new ConversationEngine(
            sp.GetRequiredService<IDbContextFactory<SalesBotDb>>(),
            sp.GetRequiredService<IMessageParser>(),
            sp.GetRequiredService<TimeProvider>(),
            ReportsOf(sp),
            sp.GetService<ILogger<ConversationEngine>>()));
        services.TryAddSingleton<IConversationEngine>(sp => sp.GetRequiredService<ConversationEngine>());
        return services;
    }

    /// <summary>The registered report service, if any, behind a scope per call: it may be scoped, and the engine is a singleton.</summary>
    private static IReportService? ReportsOf(IServiceProvider sp) =>
        sp.GetService<IServiceProviderIsService>()?.IsService(typeof(IReportService)) == true
            ? new ScopedReports(sp.GetRequiredService<IServiceScopeFactory>())
            : null;

    private sealed class ScopedReports(IServiceScopeFactory scopes) : IReportService
    {
        public async Task<OutgoingMessage> StandupAsync(int teamId, DateOnly date, int viewerMemberId, CancellationToken cancellationToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IReportService>().StandupAsync(teamId, date, viewerMemberId, cancellationToken);
        }

        public async Task<OutgoingMessage> DigestAsync(int teamId, string isoWeek, string? scope, int viewerMemberId, CancellationToken cancellationToken)
        {
            await using var services = scopes.CreateAsyncScope();
            return await services.ServiceProvider.GetRequiredService<IReportService>().DigestAsync(teamId, isoWeek, scope, viewerMemberId, cancellationToken);
        }
    }
}
