using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Data;

namespace SalesBot.Core.Features.Export;

/// <summary>
/// The whole CRM as one document (<c>salesbot export</c>): a team's data is never locked in. Undone
/// writes are not here because undo removes or restores the records themselves.
/// </summary>
public sealed class ExportCrm(SalesBotDb db)
{
    public async Task<CrmExport> HandleAsync(CancellationToken ct)
    {
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Id).ToListAsync(ct);
        var members = await db.Members.AsNoTracking().OrderBy(m => m.Id).ToListAsync(ct);
        var accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct);
        var contacts = await db.Contacts.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);
        var deals = await db.Deals.AsNoTracking().Include(d => d.StageHistory).OrderBy(d => d.Id).ToListAsync(ct);
        var activities = await db.Activities.AsNoTracking().Include(a => a.Participants).OrderBy(a => a.HappenedOn).ThenBy(a => a.Id).ToListAsync(ct);
        var tasks = await db.Tasks.AsNoTracking().OrderBy(t => t.Id).ToListAsync(ct);
        var plans = await db.DailyPlans.AsNoTracking().OrderBy(p => p.Date).ThenBy(p => p.MemberId).ToListAsync(ct);
        var targets = await db.Targets.AsNoTracking().OrderBy(t => t.Id).ToListAsync(ct);

        var team = teams.ToDictionary(t => t.Id, t => t.Name);
        var member = members.ToDictionary(m => m.Id, m => m.Name);
        var account = accounts.ToDictionary(a => a.Id, a => a.Name);
        var contact = contacts.ToDictionary(c => c.Id, c => c.Name);
        var deal = deals.ToDictionary(d => d.Id, d => d.Name);
        string? Name(Dictionary<int, string> names, int? id) => id is { } key && names.TryGetValue(key, out var n) ? n : null;

        return new CrmExport(
            teams.Select(t => new TeamExport(t.Name, t.TimeZone, t.Currency, t.StandupTime.ToString("HH:mm", null),
                Crm.WorkWeekExtensions.ToDisplay(t.WorkingDays), Lower(t.Visibility))).ToList(),
            members.Select(m => new MemberExport(m.Name, team[m.TeamId], Lower(m.Role), Lower(m.Status), m.TelegramUserId, m.AadObjectId)).ToList(),
            accounts.Select(a => new AccountExport(a.Name, team[a.TeamId])).ToList(),
            contacts.Select(c => new ContactExport(c.Name, Name(account, c.AccountId), team[c.TeamId])).ToList(),
            deals.Select(d => new DealExport(d.Name, team[d.TeamId], account[d.AccountId], member[d.OwnerId], Lower(d.Stage),
                d.Amount, d.Currency, d.CloseDate, d.CreatedAt,
                d.StageHistory.OrderBy(h => h.ChangedAt).ThenBy(h => h.Id)
                    .Select(h => new StageChangeExport(h.From is { } f ? Lower(f) : null, Lower(h.To), h.ChangedAt, member[h.ChangedByMemberId]))
                    .ToList())).ToList(),
            activities.Select(a => new ActivityExport(Lower(a.Type), member[a.MemberId], team[a.TeamId], Name(account, a.AccountId),
                Name(contact, a.ContactId), Name(deal, a.DealId), a.HappenedOn, a.RecordedAt, a.Notes,
                a.Participants.Select(p => member[p.MemberId]).ToList())).ToList(),
            tasks.Select(t => new TaskExport(t.Title, member[t.OwnerId], team[t.TeamId], t.Due, t.DoneAt)).ToList(),
            plans.Select(p => new PlanExport(member[p.MemberId], team[p.TeamId], p.Date, p.Items)).ToList(),
            targets.Select(t => new TargetExport(team[t.TeamId], Lower(t.Metric), Lower(t.Period), t.Value)).ToList());
    }

    private static string Lower<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString().ToLowerInvariant();
}
