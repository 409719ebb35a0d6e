using SalesBot.Core.Crm;

namespace SalesBot.Channels.Outbox;

/// <summary>At most <paramref name="Count"/> sends in any <paramref name="Window"/>.</summary>
public sealed record RateLimit(int Count, TimeSpan Window);

/// <summary>
/// How fast the dispatcher may send on one messenger: limits per chat, extra ones for group chats,
/// and overall. Each messenger brings its own from its folder and registers it in its <c>Add&lt;Messenger&gt;()</c>;
/// a messenger that registers none is not paced (<see cref="Unlimited"/>).
/// </summary>
public sealed record ChannelPacing(ChannelKind Channel)
{
    public IReadOnlyList<RateLimit> PerChat { get; init; } = [];
    public IReadOnlyList<RateLimit> PerGroupChat { get; init; } = [];
    public IReadOnlyList<RateLimit> Overall { get; init; } = [];
    /// <summary>Tells a group or channel conversation from a private one by its id.</summary>
    public Func<string, bool> IsGroupChat { get; init; } = _ => false;

    public static ChannelPacing Unlimited(ChannelKind channel) => new(channel);
}

/// <summary>Sliding-window bookkeeping for one <see cref="ChannelPacing"/>. In memory: a restart forgets it, which only ever allows a little more.</summary>
public sealed class Pacer(ChannelPacing pacing)
{
    private readonly Dictionary<string, List<DateTimeOffset>> _chats = new(StringComparer.Ordinal);
    private readonly List<DateTimeOffset> _overall = [];
    private readonly Lock _lock = new();

    private DateTimeOffset _heldUntil;

    public ChannelPacing Pacing { get; } = pacing;

    /// <summary>
    /// Stops all sends on this messenger until <paramref name="until"/>: after a 429 the messenger's count is full,
    /// and every send already queued behind it would only draw another 429.
    /// </summary>
    public void Hold(DateTimeOffset until)
    {
        lock (_lock)
        {
            if (until > _heldUntil)
            {
                _heldUntil = until;
            }
        }
    }

    /// <summary>Takes a slot and returns null, or returns how long until one frees up (taking nothing).</summary>
    public TimeSpan? TryAcquire(string chatId, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (now < _heldUntil)
            {
                return _heldUntil - now;
            }

            if (!_chats.TryGetValue(chatId, out var chat))
            {
                chat = [];
                _chats[chatId] = chat;
            }

            var limits = Pacing.IsGroupChat(chatId) ? Pacing.PerChat.Concat(Pacing.PerGroupChat).ToList() : Pacing.PerChat.ToList();
            Prune(chat, limits, now);
            Prune(_overall, Pacing.Overall, now);
            var wait = Max(WaitFor(chat, limits, now), WaitFor(_overall, Pacing.Overall, now));
            if (wait is not null)
            {
                return wait;
            }

            chat.Add(now);
            _overall.Add(now);
            if (_chats.Count > 10_000)
            {
                foreach (var idle in _chats.Where(c => c.Value.Count == 0 || c.Value[^1] < now - TimeSpan.FromHours(1)).Select(c => c.Key).ToList())
                {
                    _chats.Remove(idle);
                }
            }

            return null;
        }
    }

    private static TimeSpan? WaitFor(List<DateTimeOffset> sends, IEnumerable<RateLimit> limits, DateTimeOffset now)
    {
        TimeSpan? wait = null;
        foreach (var limit in limits)
        {
            var inWindow = sends.Where(t => t > now - limit.Window).ToList();
            if (inWindow.Count >= limit.Count)
            {
                // The slot frees up when the send that is Count-th from the end leaves the window.
                var frees = inWindow[inWindow.Count - limit.Count] + limit.Window - now;
                wait = Max(wait, frees > TimeSpan.Zero ? frees : TimeSpan.FromMilliseconds(1));
            }
        }

        return wait;
    }

    private static void Prune(List<DateTimeOffset> sends, IEnumerable<RateLimit> limits, DateTimeOffset now)
    {
        var longest = limits.Select(l => l.Window).DefaultIfEmpty(TimeSpan.Zero).Max();
        sends.RemoveAll(t => t <= now - longest);
    }

    private static TimeSpan? Max(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
