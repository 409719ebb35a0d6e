using System.Threading.Channels;

namespace SalesBot.Channels.Outbox;

/// <summary>
/// A nudge from a writer to a background loop ("there is work now"), so it need not wait for its next
/// poll. Nudges coalesce; the loops still poll, so a lost nudge (another host wrote the row) costs a second.
/// </summary>
public class WakeSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _channel.Writer.TryWrite(true);

    /// <summary>Returns when woken or after <paramref name="timeout"/>, whichever is first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            await _channel.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }
    }
}

/// <summary>Woken when outbox rows were written (by the engine, a scheduled job) so they go out at once.</summary>
public sealed class OutboxSignal : WakeSignal;
