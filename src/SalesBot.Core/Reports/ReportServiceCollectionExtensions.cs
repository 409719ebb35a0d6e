using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesBot.Core.Conversation;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Reports;

public static class ReportServiceCollectionExtensions
{
    /// <summary>Lets the (singleton) conversation engine answer "standup" and KPI questions in chat.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IReportService, PerCallReportService>();
        return services;
    }

    /// <summary>A fresh DbContext for every question: the engine outlives any one context and serves many threads.</summary>
    private sealed class PerCallReportService(IDbContextFactory<SalesBotDb> dbs, TimeProvider clock) : IReportService
    {
        public async Task<OutgoingMessage> StandupAsync(int teamId, DateOnly date, int viewerMemberId, CancellationToken cancellationToken)
        {
            await using var db = await dbs.CreateDbContextAsync(cancellationToken);
            return await new ReportService(db, clock).StandupAsync(teamId, date, viewerMemberId, cancellationToken);
        }

        public async Task<OutgoingMessage> DigestAsync(int teamId, string isoWeek, string? scope, int viewerMemberId, CancellationToken cancellationToken)
        {
            await using var db = await dbs.CreateDbContextAsync(cancellationToken);
            return await new ReportService(db, clock).DigestAsync(teamId, isoWeek, scope, viewerMemberId, cancellationToken);
        }
    }
}
