using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesBot.Core.Data;

namespace SalesBot.Channels.Inbox;

/// <summary>
/// How many recorded updates wait to be processed, so a webhook can acknowledge at HTTP speed however far behind
/// the engine is, and refuse with a clear 503 and Retry-After (never a timeout) once the backlog is full. The
/// figure is the store's count, taken at most once a second, plus the rows recorded since; checking it costs
/// nothing while there is room.
/// </summary>
public sealed class InboxBacklog(IDbContextFactory<SalesBotDb> dbs, TimeProvider clock, IOptions<InboxOptions> options)
{
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private long _count;
    private long _countedAtTicks;

    public long Count => Interlocked.Read(ref _count);

    public InboxOptions Options => options.Value;

    /// <summary>The writer committed <paramref name="rows"/> new updates.</summary>
    public void Added(int rows) => Interlocked.Add(ref _count, rows);

    public async ValueTask<bool> IsFullAsync(CancellationToken cancellationToken)
    {
        if (IsStale())
        {
            if (Count < options.Value.MaxBacklog)
            {
                // Room left: this request does not wait for the recount.
                _ = RefreshQuietlyAsync();
            }
            else
            {
                await RefreshAsync(cancellationToken);
            }
        }

        return Count >= options.Value.MaxBacklog;
    }

    /// <summary>Answers 503 with Retry-After: the messenger keeps the update and delivers it again later.</summary>
    public IResult ComeBackLater(HttpContext http)
    {
        http.Response.Headers.RetryAfter = options.Value.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "inbox full",
            detail: $"{Count} updates wait to be processed; retry after {options.Value.RetryAfterSeconds} s");
    }

    private bool IsStale() => clock.GetUtcNow().UtcTicks - Interlocked.Read(ref _countedAtTicks) > Fresh.Ticks;

    private async Task RefreshQuietlyAsync()
    {
        try
        {
            await RefreshAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            // The store is busy or down: the next check counts again.
        }
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (!await _refresh.WaitAsync(0, cancellationToken))
        {
            return;
        }

        try
        {
            if (!IsStale())
            {
                return;
            }

            await using var db = await dbs.CreateDbContextAsync(cancellationToken);
            var startedAt = clock.GetUtcNow();
            var waiting = await db.Inbox.CountAsync(i => i.ProcessedAt == null, cancellationToken);
            Interlocked.Exchange(ref _count, waiting);
            Interlocked.Exchange(ref _countedAtTicks, startedAt.UtcTicks);
        }
        finally
        {
            _refresh.Release();
        }
    }
}
