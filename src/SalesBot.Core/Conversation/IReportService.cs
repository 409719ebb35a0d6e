using SalesBot.Core.Messaging;

namespace SalesBot.Core.Conversation;

/// <summary>
/// The reports a member can ask for in chat ("standup", "team KPIs last week", "how did Anna do").
/// Who sees what: team-wide figures and other reps' numbers only when the team's visibility is
/// Everyone or the viewer is a manager; otherwise the viewer's own line only.
/// </summary>
public interface IReportService
{
    /// <summary>The stand-up of <paramref name="date"/> (team-local) as <paramref name="viewerMemberId"/> may see it.</summary>
    Task<OutgoingMessage> StandupAsync(int teamId, DateOnly date, int viewerMemberId, CancellationToken ct);

    /// <summary>The KPI digest of ISO week <paramref name="isoWeek"/> ("2026-W47"); scope "me", "team", a member's name, or null for the team.</summary>
    Task<OutgoingMessage> DigestAsync(int teamId, string isoWeek, string? scope, int viewerMemberId, CancellationToken ct);
}
