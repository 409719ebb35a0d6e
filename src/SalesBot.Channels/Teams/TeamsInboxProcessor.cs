using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SalesBot.Channels.Teams.Connector;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Channels.Teams;

/// <summary>
/// Works through the Teams rows of the inbox in arrival order: messages go to the conversation engine,
/// installs refresh stored conversation references and greet. A row is marked processed only after its
/// work is done, so a crash repeats work rather than losing it.
/// </summary>
public sealed class TeamsInboxProcessor(
    IServiceScopeFactory scopes,
    IDbContextFactory<SalesBotDb> dbs,
    TeamsInbox inbox,
    TrustedServiceUrls trusted,
    TimeProvider clock,
    ILogger<TeamsInboxProcessor> log) : BackgroundService
{
    private const int BatchSize = 20;
    private const int MaxAttempts = 3;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    private readonly Dictionary<long, int> _failures = [];
    private bool _warnedNoEngine;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                inbox.ClearSignal();
                if (await ProcessPendingAsync(stoppingToken) == BatchSize)
                {
                    continue;
                }

                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                timeout.CancelAfter(PollInterval);
                await inbox.WaitForWorkAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The poll interval passed; look again.
            }
            catch (OperationCanceledException)
            {
                break;
            }
            catch (Exception ex)
            {
                log.LogError(ex, "Teams: inbox processing failed; retrying shortly");
                await Task.Delay(PollInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Processes up to one batch of pending Teams rows; returns how many it finished.</summary>
    public async Task<int> ProcessPendingAsync(CancellationToken ct)
    {
        List<InboxMessage> rows;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            rows = await db.Inbox.AsNoTracking()
                .Where(i => i.Channel == ChannelKind.Teams && i.ProcessedAt == null)
                .OrderBy(i => i.Id).Take(BatchSize).ToListAsync(ct);
        }

        var done = 0;
        foreach (var row in rows)
        {
            if (await ProcessAsync(row, ct))
            {
                done++;
            }
        }

        return done;
    }

    /// <returns>False when the row must wait: a message while no engine is registered (installs still go ahead).</returns>
    private async Task<bool> ProcessAsync(InboxMessage row, CancellationToken ct)
    {
        try
        {
            var activity = JsonSerializer.Deserialize<TeamsActivity>(row.Payload ?? "{}", TeamsJson.Options);
            var inbound = activity is null ? new TeamsInbound.Ignored("empty payload") : TeamsActivityMapper.Map(activity, row.ReceivedAt);
            if (activity?.ServiceUrl is { Length: > 0 } serviceUrl)
            {
                // Only authenticated activities reach the inbox, also those recorded before a restart.
                trusted.Add(serviceUrl);
            }

            await using var scope = scopes.CreateAsyncScope();
            switch (inbound)
            {
                case TeamsInbound.Message message:
                    var engine = scope.ServiceProvider.GetService<IConversationEngine>();
                    if (engine is null)
                    {
                        if (!_warnedNoEngine)
                        {
                            log.LogWarning("Teams: no conversation engine is registered; messages wait in the inbox");
                            _warnedNoEngine = true;
                        }

                        return false;
                    }

                    await engine.HandleAsync(message.Incoming, ct);
                    break;
                case TeamsInbound.Installed installed:
                    await TeamsInstallations.InstalledAsync(scope.ServiceProvider.GetRequiredService<SalesBotDb>(), installed, row.Id, clock.GetUtcNow(), ct);
                    break;
                case TeamsInbound.Uninstalled uninstalled:
                    await TeamsInstallations.UninstalledAsync(scope.ServiceProvider.GetRequiredService<SalesBotDb>(), uninstalled, ct);
                    break;
            }

            await MarkProcessedAsync(row.Id, ct);
            _failures.Remove(row.Id);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var failures = _failures[row.Id] = _failures.GetValueOrDefault(row.Id) + 1;
            log.LogError(ex, "Teams: inbox row {Id} failed (attempt {Attempt} of {Max})", row.Id, failures, MaxAttempts);
            if (failures >= MaxAttempts)
            {
                // Give up on this one rather than block every later message behind it.
                await MarkProcessedAsync(row.Id, ct);
                _failures.Remove(row.Id);
            }
        }

        return true;
    }

    private async Task MarkProcessedAsync(long id, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        await db.Inbox.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.ProcessedAt, now), ct);
    }
}
