using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Reports.Calendar;

namespace SalesBot.Core.Reports.Charts;

/// <summary>Reads the wins of the <see cref="DigestChart.Weeks"/> weeks up to <paramref name="week"/>, by ISO week in the team's zone.</summary>
public static class DigestChartLoader
{
    public static async Task<IReadOnlyList<WonWeekRow>> LoadWonAsync(SalesBotDb db, int teamId, IsoWeek week, CancellationToken ct)
    {
        var zone = await db.Teams.AsNoTracking().Where(t => t.Id == teamId).Select(t => t.TimeZone).SingleOrDefaultAsync(ct);
        if (zone is null)
        {
            return [];
        }

        var calendar = new TeamCalendar(TimeZones.FindOrUtc(zone), WorkWeek.MondayToFriday, []);
        var from = calendar.ToInstant(week.Monday.AddDays(-7 * (DigestChart.Weeks - 1)), TimeOnly.MinValue);
        var to = calendar.ToInstant(week.Monday.AddDays(7), TimeOnly.MinValue);
        // A few hundred wins at most: the window is read row by row and grouped here, in the team's zone.
        var wins = await db.DealStageChanges.AsNoTracking()
            .Where(c => c.To == DealStage.Won && c.ChangedAt >= from && c.ChangedAt < to && db.Deals.Any(d => d.Id == c.DealId && d.TeamId == teamId))
            .Select(c => new
            {
                c.ChangedAt,
                Amount = db.Deals.Where(d => d.Id == c.DealId).Select(d => d.Amount).First(),
                Currency = db.Deals.Where(d => d.Id == c.DealId).Select(d => d.Currency).First(),
            })
            .ToListAsync(ct);
        return wins
            .GroupBy(w => (Week: IsoWeek.Of(calendar.LocalDate(w.ChangedAt)).ToString(), w.Currency))
            .Select(g => new WonWeekRow(g.Key.Week, g.Key.Currency, g.Count(), g.Sum(w => w.Amount ?? 0)))
            .OrderBy(r => r.Week, StringComparer.Ordinal)
            .ToList();
    }
}
