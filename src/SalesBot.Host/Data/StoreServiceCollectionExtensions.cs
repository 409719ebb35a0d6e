using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Data;

namespace SalesBot.Host.Data;

public static class StoreServiceCollectionExtensions
{
    /// <summary>The CRM store on the provider the connection string names, migrated when the host starts.</summary>
    public static IServiceCollection AddSalesBotStore(this IServiceCollection services, StoreConnection connection)
    {
        services.AddSingleton(connection);
        services.AddDbContextFactory<SalesBotDb>(connection.Configure);
        services.AddDbContext<SalesBotDb>(connection.Configure, ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        services.AddHostedService<StoreMigrationService>();
        return services;
    }

    /// <summary>`GET /healthz`: 200 when the store answers (saying how many inbox rows were dead-lettered), 503 when it does not.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (SalesBotDb db, CancellationToken ct) =>
        {
            try
            {
                // A real query, not just a connection: a missing schema is unhealthy too.
                await db.Teams.AnyAsync(ct);
                // Still 200: the host works; what it gave up on is for a person to look at (the log has each error).
                var dead = await db.Inbox.CountAsync(i => i.DeadLetteredAt != null, ct);
                return Results.Text(dead == 0 ? "ok" : $"ok; {dead} inbox rows dead-lettered (handling failed {SalesBot.Channels.Inbox.InboxProcessor.MaxAttempts} times, see the log)");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }
        });
        return app;
    }
}

/// <summary>Brings the store to the latest migration before anything else touches it.</summary>
internal sealed class StoreMigrationService(StoreConnection connection, IDbContextFactory<SalesBotDb> dbs, ILogger<StoreMigrationService> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var applied = await StoreMigrator.MigrateAsync(db, connection.Provider, ct: cancellationToken);
        log.LogInformation("Store: {Store}, {Applied}", connection.Describe(),
            applied.Count == 0 ? "schema current" : $"applied {string.Join(", ", applied)}");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
