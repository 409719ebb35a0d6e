using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversation;

/// <summary>
/// The reports the engine answers "standup" and "team KPIs last week" with. Implemented by the reports
/// area; when none is registered the engine says reports are not set up. Implementations apply the
/// team's visibility rule for <paramref name="viewerMemberId"/> themselves (managers-only by default).
/// </summary>
public interface IReportService
{
    Task<OutgoingMessage> StandupAsync(int teamId, DateOnly date, int viewerMemberId, CancellationToken cancellationToken);

    /// <param name="isoWeek">"2026-W47".</param>
    /// <param name="scope">"me", "team", a member's name, or null for the viewer's default.</param>
    Task<OutgoingMessage> DigestAsync(int teamId, string isoWeek, string? scope, int viewerMemberId, CancellationToken cancellationToken);
}
