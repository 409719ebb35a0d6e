using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
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
            return new OutgoingMessage(ReplyPacks.For(viewer?.Language, team?.Language).OwnTeamStandupOnly());
        }

        var words = Language(team, viewer);
        var data = await StandupLoader.LoadAsync(db, teamId, date, ct);
        var report = StandupBuilder.Build(data!, date);
        if (!SeesTeam(team, viewer))
        {
            report = report with { Reps = report.Reps.Where(r => r.MemberId == viewer.Id).ToList() };
        }

        return StandupMessage.Render(report, showAmounts: viewer.IsManager || team.ShowAmountsInChannel, language: words);
    }

    public async Task<OutgoingMessage> DigestAsync(int teamId, string isoWeek, string? scope, int viewerMemberId, CancellationToken ct)
    {
        var (team, viewer) = await TeamAndViewerAsync(teamId, viewerMemberId, ct);
        if (team is null || viewer is null)
        {
            return new OutgoingMessage(ReplyPacks.For(viewer?.Language, team?.Language).OwnTeamFiguresOnly());
        }

        var words = Language(team, viewer);

        if (!IsoWeek.TryParse(isoWeek, out var week))
        {
            return new OutgoingMessage(words.NotAWeek(IsoWeek.Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).ToString(), isoWeek));
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
                ? DigestMessage.Render(digest, showAmounts: viewer.IsManager || team.ShowAmountsInChannel, language: words)
                : DigestMessage.RenderOwn(digest, own, words.TeamFiguresGoToManagers(), words);
        }

        if (wanted.Equals("me", StringComparison.OrdinalIgnoreCase))
        {
            return DigestMessage.RenderOwn(digest, own, language: words);
        }

        var normalized = CompanyName.NormalizePlain(wanted);
        var rep = digest.Reps.FirstOrDefault(r => CompanyName.NormalizePlain(r.Name) == normalized)
            ?? digest.Reps.FirstOrDefault(r => CompanyName.NormalizePlain(r.Name).Split(' ')[0] == normalized);
        if (rep is null)
        {
            return new OutgoingMessage(words.NoOneCalled(wanted, team.Name));
        }

        if (rep.MemberId != viewer.Id && !seesTeam)
        {
            return DigestMessage.RenderOwn(digest, own, words.OtherRepsFiguresGoToManagers(), words);
        }

        return DigestMessage.RenderOwn(digest, rep, language: words);
    }

    /// <summary>Answers in chat speak the viewer's language, or the team's.</summary>
    private static LanguageReplies Language(Team team, Member viewer) => ReplyPacks.For(viewer.Language, team.Language);

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
