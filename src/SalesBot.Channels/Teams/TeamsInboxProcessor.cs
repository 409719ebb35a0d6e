using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
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
    TimeProvider clock,
    ILogger<TeamsInboxProcessor> log) : BackgroundService
{
    private const int BatchSize = 256;
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

        // Messages are queued to the engine in row order without waiting for each: its single writer keeps that
        // order and commits them in batches, instead of one commit per activity. Installs wait for what came before.
        var inFlight = new List<(long Row, Task Work)>();
        var finished = new List<long>();
        await using var scope = scopes.CreateAsyncScope();
        var hasEngine = scope.ServiceProvider.GetService<IConversationEngine>() is not null;
        foreach (var row in rows)
        {
            try
            {
                switch (Read(row))
                {
                    case TeamsInbound.Message message when hasEngine:
                        inFlight.Add((row.Id, HandleAsync(message.Incoming, ct)));
                        continue;
                    case TeamsInbound.Message:
                        WarnNoEngine();
                        continue;
                    case TeamsInbound.Installed installed:
                        await SettleAsync(inFlight, finished);
                        await TeamsInstallations.InstalledAsync(scope.ServiceProvider.GetRequiredService<SalesBotDb>(), installed, row.Id, clock.GetUtcNow(), ct);
                        break;
                    case TeamsInbound.Uninstalled uninstalled:
                        await SettleAsync(inFlight, finished);
                        await TeamsInstallations.UninstalledAsync(scope.ServiceProvider.GetRequiredService<SalesBotDb>(), uninstalled, ct);
                        break;
                }

                finished.Add(row.Id);
                _failures.Remove(row.Id);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                Failed(row.Id, ex, finished);
            }
        }

        await SettleAsync(inFlight, finished);
        await MarkProcessedAsync(finished, ct);
        return finished.Count;
    }

    /// <summary>A scope per message: an engine may be a scoped service with a context of its own, and messages overlap.</summary>
    private async Task HandleAsync(IncomingMessage message, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IConversationEngine>().HandleAsync(message, ct);
    }

    private TeamsInbound Read(InboxMessage row)
    {
        // The endpoint recorded the activity's serviceUrl (verified or not) before the row was written.
        var activity = JsonSerializer.Deserialize<TeamsActivity>(row.Payload ?? "{}", TeamsJson.Options);
        return activity is null ? new TeamsInbound.Ignored("empty payload") : TeamsActivityMapper.Map(activity, row.ReceivedAt);
    }

    /// <summary>Waits for the messages handed to the engine; each that succeeded (or failed for the last time) is finished.</summary>
    private async Task SettleAsync(List<(long Row, Task Work)> inFlight, List<long> finished)
    {
        foreach (var (row, work) in inFlight)
        {
            try
            {
                await work;
                finished.Add(row);
                _failures.Remove(row);
            }
            catch (Exception ex)
            {
                Failed(row, ex, finished);
            }
        }

        inFlight.Clear();
    }

    private void Failed(long row, Exception ex, List<long> finished)
    {
        var failures = _failures[row] = _failures.GetValueOrDefault(row) + 1;
        log.LogError(ex, "Teams: inbox row {Id} failed (attempt {Attempt} of {Max})", row, failures, MaxAttempts);
        if (failures >= MaxAttempts)
        {
            // Give up on this one rather than block every later message behind it.
            finished.Add(row);
            _failures.Remove(row);
        }
    }

    private void WarnNoEngine()
    {
        if (!_warnedNoEngine)
        {
            log.LogWarning("Teams: no conversation engine is registered; messages wait in the inbox");
            _warnedNoEngine = true;
        }
    }

    private async Task MarkProcessedAsync(List<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        await db.Inbox.Where(i => i.Channel == ChannelKind.Teams && ids.Contains(i.Id)).ExecuteUpdateAsync(s => s.SetProperty(i => i.ProcessedAt, now), CancellationToken.None);
    }
}
