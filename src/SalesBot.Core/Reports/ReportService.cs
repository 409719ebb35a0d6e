using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;
using SalesBot.Core.Reports.Calendar;
using SalesBot.Core.Reports.Kpi;
using SalesBot.Core.Reports.Standup;

namespace SalesBot.Core.Reports;

/// <summary>Answers report questions asked in chat, applying the who-sees-what rule of <see cref="IReportService"/>.</summary>
public sealed class ReportService(SalesBotDb db, TimeProvider clock) : IReportService
{
    public async Task<OutgoingMessage> StandupAsync(int teamId, DateOnly date, int viewerMemberId, CancellationToken ct)
    {
        var (team, viewer) = await TeamAndViewerAsync(teamId, viewerMemberId, ct);
        if (team is null || viewer is null)
        {
            return new OutgoingMessage("I can only show the stand-up of your own team.");
        }

        var data = await StandupLoader.LoadAsync(db, teamId, date, ct);
        var report = StandupBuilder.Build(data!, date);
        if (!SeesTeam(team, viewer))
        {
            report = report with { Reps = report.Reps.Where(r => r.MemberId == viewer.Id).ToList() };
        }

        return StandupMessage.Render(report, showAmounts: viewer.IsManager || team.ShowAmountsInChannel);
    }

    public async Task<OutgoingMessage> DigestAsync(int teamId, string isoWeek, string? scope, int viewerMemberId, CancellationToken ct)
    {
        var (team, viewer) = await TeamAndViewerAsync(teamId, viewerMemberId, ct);
        if (team is null || viewer is null)
        {
            return new OutgoingMessage("I can only show the figures of your own team.");
        }

        if (!IsoWeek.TryParse(isoWeek, out var week))
        {
            return new OutgoingMessage($"I read weeks like {IsoWeek.Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))}; \"{isoWeek}\" is not one.");
        }

        var calendar = new TeamCalendar(TimeZones.FindOrUtc(team.TimeZone), team.WorkingDays, []);
        var data = await KpiLoader.LoadAsync(db, teamId, week, calendar.LocalDate(clock.GetUtcNow()), ct);
        var digest = KpiBuilder.Build(data!);
        var seesTeam = SeesTeam(team, viewer);
        var own = digest.Reps.FirstOrDefault(r => r.MemberId == viewer.Id)
            ?? new KpiRep(viewer.Name, false, 0, 0, 0, 0, 0, 0, 0, 0, new Dictionary<string, decimal>(), 0, 0) { MemberId = viewer.Id };

        var wanted = scope?.Trim();
        if (string.IsNullOrEmpty(wanted) || wanted.Equals("team", StringComparison.OrdinalIgnoreCase))
        {
            return seesTeam
                ? DigestMessage.Render(digest, showAmounts: viewer.IsManager || team.ShowAmountsInChannel)
                : DigestMessage.RenderOwn(digest, own, "Team figures go to managers; here are yours.");
        }

        if (wanted.Equals("me", StringComparison.OrdinalIgnoreCase))
        {
            return DigestMessage.RenderOwn(digest, own);
        }

        var normalized = CompanyName.NormalizePlain(wanted);
        var rep = digest.Reps.FirstOrDefault(r => CompanyName.NormalizePlain(r.Name) == normalized)
            ?? digest.Reps.FirstOrDefault(r => CompanyName.NormalizePlain(r.Name).Split(' ')[0] == normalized);
        if (rep is null)
        {
            return new OutgoingMessage($"No one called {wanted} on {team.Name}.");
        }

        if (rep.MemberId != viewer.Id && !seesTeam)
        {
            return DigestMessage.RenderOwn(digest, own, "Other reps' figures go to managers; here are yours.");
        }

        return DigestMessage.RenderOwn(digest, rep);
    }

    /// <summary>The rule of <see cref="IReportService"/>: managers, or everyone when the team says so.</summary>
    public static bool SeesTeam(Team team, Member viewer) =>
        team.Visibility == TeamVisibility.Everyone || viewer.IsManager;

    private async Task<(Team? Team, Member? Viewer)> TeamAndViewerAsync(int teamId, int viewerMemberId, CancellationToken ct)
    {
        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == teamId, ct);
        var viewer = await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == viewerMemberId && m.TeamId == teamId, ct);
        return (team, viewer);
    }
}
