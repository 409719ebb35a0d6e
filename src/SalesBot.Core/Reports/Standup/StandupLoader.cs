using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Data;
using SalesBot.Core.Reports.Calendar;

namespace SalesBot.Core.Reports.Standup;

/// <summary>Reads what one stand-up needs, read-only, in a handful of indexed queries.</summary>
public static class StandupLoader
{
    /// <summary>Null when the team does not exist.</summary>
    public static async Task<StandupData?> LoadAsync(SalesBotDb db, int teamId, DateOnly date, CancellationToken ct)
    {
        // One connection for all the queries below (each open would otherwise re-run the connection's setup).
        await db.Database.OpenConnectionAsync(ct);
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == teamId)
            .Select(t => new StandupTeamRow(t.Id, t.Name, t.TimeZone, t.StandupTime) { WorkingDays = t.WorkingDays })
            .SingleOrDefaultAsync(ct);
        if (team is null)
        {
            return null;
        }

        return await LoadAsync(db, team, await LoadCalendarAsync(db, teamId, team.TimeZone, team.WorkingDays, ct), date, ct);
    }

    /// <summary>For a caller that has the team and its calendar already (the scheduler).</summary>
    public static async Task<StandupData> LoadAsync(SalesBotDb db, StandupTeamRow team, TeamCalendar calendar, DateOnly date, CancellationToken ct)
    {
        var teamId = team.Id;
        var (start, end) = StandupBuilder.Window(calendar, date, team.StandupTime);

        var members = await db.Members.AsNoTracking().Where(m => m.TeamId == teamId)
            .OrderBy(m => m.Name)
            .Select(m => new StandupMemberRow(m.Id, m.Name, m.Role, m.Status, m.AwayUntil))
            .ToListAsync(ct);

        var activities = await db.Activities.AsNoTracking()
            .Where(a => a.TeamId == teamId && a.RecordedAt >= start && a.RecordedAt < end)
            .OrderBy(a => a.RecordedAt)
            .Select(a => new StandupActivityRow(a.MemberId, a.Type, a.HappenedOn, a.RecordedAt,
                a.Account != null ? a.Account.Name : null,
                a.Contact != null ? a.Contact.Name : null,
                a.Deal != null ? a.Deal.Name : null,
                a.Notes))
            .ToListAsync(ct);

        // Driven from the window of stage changes (EXISTS and per-row lookups rather than a join), so a team
        // with tens of thousands of deals costs what its day of changes costs.
        var changes = await db.DealStageChanges.AsNoTracking()
            .Where(c => c.ChangedAt >= start && c.ChangedAt < end && db.Deals.Any(d => d.Id == c.DealId && d.TeamId == teamId))
            .OrderBy(c => c.ChangedAt)
            .Select(c => new
            {
                c.DealId,
                c.From,
                c.To,
                c.ChangedAt,
                Deal = db.Deals.Where(d => d.Id == c.DealId)
                    .Select(d => new { d.Name, Account = d.Account != null ? d.Account.Name : null, d.OwnerId, d.Amount, d.Currency })
                    .First(),
            })
            .ToListAsync(ct);

        var plans = await db.DailyPlans.AsNoTracking().Where(p => p.TeamId == teamId && p.Date == date)
            .Select(p => new { p.MemberId, p.Items })
            .ToListAsync(ct);

        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => t.TeamId == teamId && t.DoneAt == null && t.Due != null && t.Due <= date)
            .OrderBy(t => t.Due)
            .Select(t => new StandupTaskRow(t.OwnerId, t.Title, t.Due))
            .ToListAsync(ct);

        return new StandupData(
            team,
            members,
            activities,
            changes.Select(c => new StandupStageChangeRow(c.DealId, c.Deal.Name, c.Deal.Account, c.Deal.OwnerId, c.From, c.To, c.ChangedAt,
                c.Deal.Amount, c.Deal.Currency)).ToList(),
            plans.Select(p => new StandupPlanRow(p.MemberId, p.Items)).ToList(),
            tasks)
        {
            Calendar = calendar,
        };
    }

    public static async Task<TeamCalendar> LoadCalendarAsync(SalesBotDb db, int teamId, string timeZone, Crm.WorkWeek workingDays, CancellationToken ct)
    {
        var holidays = await db.TeamHolidays.AsNoTracking().Where(h => h.TeamId == teamId).Select(h => h.Date).ToListAsync(ct);
        return new TeamCalendar(TimeZones.FindOrUtc(timeZone), workingDays, holidays);
    }
}
