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

        var changes = await (
                from c in db.DealStageChanges.AsNoTracking()
                join d in db.Deals.AsNoTracking() on c.DealId equals d.Id
                where d.TeamId == teamId && c.ChangedAt >= start && c.ChangedAt < end
                orderby c.ChangedAt
                select new StandupStageChangeRow(d.Id, d.Name, d.Account != null ? d.Account.Name : null, d.OwnerId,
                    c.From, c.To, c.ChangedAt, d.Amount, d.Currency))
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
            changes,
            plans.Select(p => new StandupPlanRow(p.MemberId, p.Items)).ToList(),
            tasks)
        {
            Calendar = calendar,
        };
    }

    public static async Task<TeamCalendar> LoadCalendarAsync(SalesBotDb db, int teamId, string timeZone, Crm.WorkWeek workingDays, CancellationToken ct)
    {
        var holidays = await db.TeamHolidays.AsNoTracking().Where(h => h.TeamId == teamId).Select(h => h.Date).ToListAsync(ct);
        return new TeamCalendar(TimeZones.Find(timeZone), workingDays, holidays);
    }
}
