using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Features.Administration;

namespace SalesBot.Core.Features.Export;

/// <param name="TeamId">Only this team's records; null for every team.</param>
/// <param name="WithIdentities">Include the messengers' user ids and chat ids: who is who on the messengers.</param>
public sealed record ExportOptions(int? TeamId = null, bool WithIdentities = false);

/// <summary>
/// Everything a team has as one document (<c>salesbot export</c>): settings, holidays, channel bindings, members,
/// accounts, contacts, deals with their history, activities, tasks, plans and targets; <see cref="ImportCrm"/> reads
/// it back. Undone writes are not here because undo removes or restores the records themselves.
/// </summary>
public sealed class ExportCrm(SalesBotDb db)
{
    public Task<CrmExport> HandleAsync(CancellationToken ct) => HandleAsync(new ExportOptions(), ct);

    public async Task<CrmExport> HandleAsync(ExportOptions options, CancellationToken ct)
    {
        var only = options.TeamId;
        var teams = await db.Teams.AsNoTracking().Include(t => t.Holidays).Where(t => only == null || t.Id == only).OrderBy(t => t.Id).ToListAsync(ct);
        var bindings = await db.ChannelBindings.AsNoTracking().Where(b => only == null || b.TeamId == only).OrderBy(b => b.Id).ToListAsync(ct);
        var members = await db.Members.AsNoTracking().Include(m => m.Identities).Where(m => only == null || m.TeamId == only).OrderBy(m => m.Id).ToListAsync(ct);
        var accounts = await db.Accounts.AsNoTracking().Where(a => only == null || a.TeamId == only).OrderBy(a => a.Id).ToListAsync(ct);
        var contacts = await db.Contacts.AsNoTracking().Where(c => only == null || c.TeamId == only).OrderBy(c => c.Id).ToListAsync(ct);
        var deals = await db.Deals.AsNoTracking().Include(d => d.StageHistory).Include(d => d.Collaborators)
            .Where(d => only == null || d.TeamId == only).OrderBy(d => d.Id).ToListAsync(ct);
        var activities = await db.Activities.AsNoTracking().Include(a => a.Participants)
            .Where(a => only == null || a.TeamId == only).OrderBy(a => a.HappenedOn).ThenBy(a => a.Id).ToListAsync(ct);
        var tasks = await db.Tasks.AsNoTracking().Where(t => only == null || t.TeamId == only).OrderBy(t => t.Id).ToListAsync(ct);
        var plans = await db.DailyPlans.AsNoTracking().Where(p => only == null || p.TeamId == only).OrderBy(p => p.Date).ThenBy(p => p.MemberId).ToListAsync(ct);
        var targets = await db.Targets.AsNoTracking().Where(t => only == null || t.TeamId == only).OrderBy(t => t.Id).ToListAsync(ct);

        var team = teams.ToDictionary(t => t.Id, t => t.Name);
        var member = members.ToDictionary(m => m.Id, m => m.Name);
        var account = accounts.ToDictionary(a => a.Id, a => a.Name);
        var contact = contacts.ToDictionary(c => c.Id, c => c.Name);
        var deal = deals.ToDictionary(d => d.Id, d => d.Name);
        var contactKey = contacts.Select((c, i) => (c.Id, Key: i + 1)).ToDictionary(x => x.Id, x => x.Key);
        var dealKey = deals.Select((d, i) => (d.Id, Key: i + 1)).ToDictionary(x => x.Id, x => x.Key);
        string? Name(Dictionary<int, string> names, int? id) => id is { } key && names.TryGetValue(key, out var n) ? n : null;
        int? Key(Dictionary<int, int> keys, int? id) => id is { } k && keys.TryGetValue(k, out var n) ? n : null;
        var ids = options.WithIdentities;

        return new CrmExport(
            teams.Select(t => new TeamExport(t.Name, t.TimeZone, t.Currency, Time(t.StandupTime), WorkWeekExtensions.ToDisplay(t.WorkingDays), Lower(t.Visibility),
                t.Language, Lower(t.DigestDay), Time(t.DigestTime), t.PlanPromptMinutesBefore, TeamSettings.DescribeEvents(t.ChannelEvents), t.ShowAmountsInChannel,
                t.QuietHoursStart is { } qs ? Time(qs) : null, t.QuietHoursEnd is { } qe ? Time(qe) : null, t.CreatedAt,
                t.Holidays.OrderBy(h => h.Date).Select(h => new HolidayExport(h.Date, h.Name)).ToList(),
                bindings.Where(b => b.TeamId == t.Id).Select(b => new ChannelBindingExport(Lower(b.Channel), b.Title, b.IsActive, b.BoundAt, Name(member, b.BoundByMemberId),
                    ids ? b.ChatId : null, ids ? b.ThreadId : null, ids ? b.Address : null)).ToList(),
                t.DigestInChannel)).ToList(),
            members.Select(m => new MemberExport(m.Name, team[m.TeamId], Lower(m.Role), Lower(m.Status),
                AwayUntil: m.AwayUntil, JoinedAt: m.JoinedAt, PrivateChatActive: m.PrivateChatActive, Language: m.Language,
                Identities: ids ? m.Identities.OrderBy(i => i.Channel).Select(i => new IdentityExport(Lower(i.Channel), i.UserId, i.DirectoryId, i.PrivateChatId, i.Address, i.Verified)).ToList() : null)).ToList(),
            accounts.Select(a => new AccountExport(a.Name, team[a.TeamId], a.CreatedAt, Name(member, a.CreatedByMemberId))).ToList(),
            contacts.Select(c => new ContactExport(c.Name, Name(account, c.AccountId), team[c.TeamId], contactKey[c.Id], c.Email, c.Phone, c.CreatedAt, c.Role)).ToList(),
            deals.Select(d => new DealExport(d.Name, team[d.TeamId], account[d.AccountId], member[d.OwnerId], Lower(d.Stage),
                d.Amount, d.Currency, d.CloseDate, d.CreatedAt,
                d.StageHistory.OrderBy(h => h.ChangedAt).ThenBy(h => h.Id)
                    .Select(h => new StageChangeExport(h.From is { } f ? Lower(f) : null, Lower(h.To), h.ChangedAt, member[h.ChangedByMemberId]))
                    .ToList(),
                dealKey[d.Id], d.StageChangedAt, d.ClosedAt,
                d.Collaborators.OrderBy(c => member[c.MemberId], StringComparer.Ordinal).Select(c => new CollaboratorExport(member[c.MemberId], c.Role)).ToList(), d.LostReason)).ToList(),
            activities.Select(a => new ActivityExport(Lower(a.Type), member[a.MemberId], team[a.TeamId], Name(account, a.AccountId),
                Name(contact, a.ContactId), Name(deal, a.DealId), a.HappenedOn, a.RecordedAt, a.Notes,
                a.Participants.Select(p => member[p.MemberId]).Order(StringComparer.Ordinal).ToList(),
                Key(contactKey, a.ContactId), Key(dealKey, a.DealId), a.HappenedAt is { } at ? Time(at) : null, a.SourceText)).ToList(),
            tasks.Select(t => new TaskExport(t.Title, member[t.OwnerId], team[t.TeamId], t.Due, t.DoneAt,
                t.DueTime is { } dt ? Time(dt) : null, Name(account, t.AccountId), Key(dealKey, t.DealId), t.CreatedAt)).ToList(),
            plans.Select(p => new PlanExport(member[p.MemberId], team[p.TeamId], p.Date, p.Items, p.UpdatedAt)).ToList(),
            targets.Select(t => new TargetExport(team[t.TeamId], Lower(t.Metric), Lower(t.Period), t.Value, Name(member, t.SetByMemberId), t.SetAt, Name(member, t.MemberId))).ToList())
        {
            WithIdentities = ids,
        };
    }

    private static string Time(TimeOnly time) => time.ToString(time.Second == 0 && time.Millisecond == 0 ? "HH:mm" : "HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static string Lower<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString().ToLowerInvariant();
}
