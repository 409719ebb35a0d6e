using SalesBot.Core.Crm;

namespace SalesBot.Channels.Outbox;

/// <summary>At most <paramref name="Count"/> sends in any <paramref name="Window"/>.</summary>
public sealed record RateLimit(int Count, TimeSpan Window);

/// <summary>
/// How fast the dispatcher may send on one messenger: limits per chat, extra ones for group chats,
/// and overall. Each messenger brings its own (Telegram's FAQ; Teams' rate-limit page).
/// </summary>
public sealed record ChannelPacing(ChannelKind Channel)
{
    public IReadOnlyList<RateLimit> PerChat { get; init; } = [];
    public IReadOnlyList<RateLimit> PerGroupChat { get; init; } = [];
    public IReadOnlyList<RateLimit> Overall { get; init; } = [];
    /// <summary>Tells a group or channel conversation from a private one by its id.</summary>
    public Func<string, bool> IsGroupChat { get; init; } = _ => false;

    /// <summary>
    /// About 1 message a second per chat, 20 a minute per group, and 28 a second in all, at least 36 ms apart:
    /// Telegram's limit is about 30, counted when requests arrive. Sends taken 28 at once at the start of a
    /// second arrive spread by network jitter and spill into the next second's count; evenly spaced ones do not.
    /// </summary>
    public static ChannelPacing Telegram { get; } = new(ChannelKind.Telegram)
    {
        PerChat = [new RateLimit(1, TimeSpan.FromSeconds(1))],
        PerGroupChat = [new RateLimit(20, TimeSpan.FromMinutes(1))],
        Overall = [new RateLimit(28, TimeSpan.FromSeconds(1)), new RateLimit(1, TimeSpan.FromMilliseconds(36))],
        IsGroupChat = chatId => chatId.StartsWith('-'),
    };

    /// <summary>Per conversation 7/1 s, 8/2 s, 60/30 s, 1800/h; 50 a second per app and tenant.</summary>
    public static ChannelPacing Teams { get; } = new(ChannelKind.Teams)
    {
        PerChat =
        [
            new RateLimit(7, TimeSpan.FromSeconds(1)),
            new RateLimit(8, TimeSpan.FromSeconds(2)),
            new RateLimit(60, TimeSpan.FromSeconds(30)),
            new RateLimit(1800, TimeSpan.FromHours(1)),
        ],
        Overall = [new RateLimit(50, TimeSpan.FromSeconds(1))],
        IsGroupChat = chatId => chatId.StartsWith("19:", StringComparison.Ordinal) || chatId.Contains("@thread", StringComparison.Ordinal),
    };

    public static ChannelPacing Unlimited(ChannelKind channel) => new(channel);

    /// <summary>What a channel gets when its hosting registered no pacing of its own.</summary>
    public static ChannelPacing DefaultFor(ChannelKind channel) => channel switch
    {
        ChannelKind.Telegram => Telegram,
        ChannelKind.Teams => Teams,
        _ => Unlimited(channel),
    };
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
