using SalesBot.Channels.Outbox;
using SalesBot.Core.Crm;

namespace SalesBot.Channels.Teams;

/// <summary>Teams' rate limits (its bot rate-limit page, A8), registered by <c>AddTeams()</c>.</summary>
public static class TeamsPacing
{
    /// <summary>Per conversation 7/1 s, 8/2 s, 60/30 s, 1800/h; 50 a second per app and tenant.</summary>
    public static ChannelPacing Default { get; } = new(ChannelKind.Teams)
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
}
