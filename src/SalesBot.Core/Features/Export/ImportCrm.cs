using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Features.Administration;

namespace SalesBot.Core.Features.Export;

public sealed record ImportSummary(int Teams, int Members, int Accounts, int Contacts, int Deals, int Activities, int Tasks, int Plans, int Targets);

/// <summary>
/// Restores an export (<see cref="ExportCrm"/>) into an empty store, in one transaction (<c>salesbot import FILE</c>):
/// a store that already has a team is refused, and a document that refers to a record it does not hold changes
/// nothing. Channel bindings without a chat id (an export made without --with-identities) cannot be restored and are skipped.
/// </summary>
public sealed class ImportCrm(SalesBotDb db)
{
    public async Task<AdminResult<ImportSummary>> HandleAsync(CrmExport export, CancellationToken ct)
    {
        if (export.FormatVersion != 1)
        {
            return AdminResult<ImportSummary>.Fail($"this export has format_version {export.FormatVersion}; this salesbot reads 1");
        }

        if (await db.Teams.CountAsync(ct) is var existing and > 0)
        {
            return AdminResult<ImportSummary>.Fail($"the store is not empty ({existing} team{(existing == 1 ? "" : "s")}); import restores into an empty store only");
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var summary = await RestoreAsync(export, ct);
            await transaction.CommitAsync(ct);
            return AdminResult<ImportSummary>.Success(summary);
        }
        catch (ImportException ex)
        {
            return AdminResult<ImportSummary>.Fail(ex.Message);
        }
    }

    private async Task<ImportSummary> RestoreAsync(CrmExport export, CancellationToken ct)
    {
        var teams = new Dictionary<string, Team>(StringComparer.Ordinal);
        foreach (var t in export.Teams ?? [])
        {
            var team = new Team
            {
                Name = t.Name,
                NormalizedName = CompanyName.NormalizePlain(t.Name),
                TimeZone = t.TimeZone,
                Currency = t.Currency,
                StandupTime = Time(t.StandupTime, $"team {t.Name}: standup_time"),
                Visibility = Enum<TeamVisibility>(t.Visibility, $"team {t.Name}: visibility"),
                CreatedAt = t.CreatedAt ?? DateTimeOffset.UnixEpoch,
            };
            var settings = new TeamSettings(
                TimeZone: t.TimeZone, Currency: t.Currency, WorkingDays: t.WorkingDays, Language: t.Language, ChannelEvents: t.ChannelEvents, ShowAmountsInChannel: t.ShowAmountsInChannel,
                DigestDay: t.DigestDay, DigestTime: t.DigestTime is null ? null : Time(t.DigestTime, $"team {t.Name}: digest_time"),
                PlanPromptMinutesBefore: t.PlanPromptMinutesBefore, DigestInChannel: t.DigestInChannel);
            if (settings.ApplyTo(team) is { } error)
            {
                throw new ImportException($"team {t.Name}: {error}");
            }

            team.QuietHoursStart = t.QuietHoursStart is null ? null : Time(t.QuietHoursStart, $"team {t.Name}: quiet_hours_start");
            team.QuietHoursEnd = t.QuietHoursEnd is null ? null : Time(t.QuietHoursEnd, $"team {t.Name}: quiet_hours_end");
            team.Holidays.AddRange((t.Holidays ?? []).Select(h => new TeamHoliday { Date = h.Date, Name = h.Name }));
            if (!teams.TryAdd(t.Name, team))
            {
                throw new ImportException($"team {t.Name} is in the export twice");
            }

            db.Teams.Add(team);
        }

        await db.SaveChangesAsync(ct);
        Team TeamOf(string name, string what) => teams.GetValueOrDefault(name) ?? throw new ImportException($"{what}: no team named '{name}' in the export");

        var members = new Dictionary<(int, string), Member>();
        foreach (var m in export.Members ?? [])
        {
            var team = TeamOf(m.Team, $"member {m.Name}");
            var member = new Member
            {
                TeamId = team.Id,
                Name = m.Name,
                NormalizedName = CompanyName.NormalizePlain(m.Name),
                Role = Enum<MemberRole>(m.Role, $"member {m.Name}: role"),
                Status = Enum<MemberStatus>(m.Status, $"member {m.Name}: status"),
                AwayUntil = m.AwayUntil,
                JoinedAt = m.JoinedAt ?? team.CreatedAt,
                PrivateChatActive = m.PrivateChatActive ?? true,
                Language = m.Language,
            };
            member.Identities.AddRange((m.Identities ?? []).Select(i => new ChannelIdentity
            {
                Channel = Enum<ChannelKind>(i.Channel, $"member {m.Name}: identity"),
                UserId = i.UserId,
                DirectoryId = i.DirectoryId,
                PrivateChatId = i.PrivateChatId,
                Address = i.Address,
                Verified = i.Verified,
            }));
            members[(team.Id, m.Name)] = member;
            db.Members.Add(member);
        }

        await db.SaveChangesAsync(ct);
        Member MemberOf(Team team, string name, string what) =>
            members.GetValueOrDefault((team.Id, name)) ?? throw new ImportException($"{what}: no member named '{name}' on {team.Name}");
        int? OptionalMember(Team team, string? name, string what) => name is null ? null : MemberOf(team, name, what).Id;

        foreach (var t in export.Teams ?? [])
        {
            var team = teams[t.Name];
            foreach (var b in (t.ChannelBindings ?? []).Where(b => b.ChatId is not null))
            {
                db.ChannelBindings.Add(new ChannelBinding
                {
                    TeamId = team.Id,
                    Channel = Enum<ChannelKind>(b.Channel, $"team {t.Name}: channel binding"),
                    ChatId = b.ChatId!,
                    ThreadId = b.ThreadId,
                    Address = b.Address,
                    Title = b.Title,
                    IsActive = b.IsActive,
                    BoundAt = b.BoundAt,
                    BoundByMemberId = OptionalMember(team, b.BoundBy, $"team {t.Name}: channel binding"),
                });
            }
        }

        var accounts = new Dictionary<(int, string), Account>();
        foreach (var a in export.Accounts ?? [])
        {
            var team = TeamOf(a.Team, $"account {a.Name}");
            var account = new Account
            {
                TeamId = team.Id,
                Name = a.Name,
                NormalizedName = CompanyName.Normalize(a.Name),
                CreatedAt = a.CreatedAt ?? team.CreatedAt,
                CreatedByMemberId = OptionalMember(team, a.CreatedBy, $"account {a.Name}"),
            };
            accounts[(team.Id, a.Name)] = account;
            db.Accounts.Add(account);
        }

        await db.SaveChangesAsync(ct);
        Account AccountOf(Team team, string name, string what) =>
            accounts.GetValueOrDefault((team.Id, name)) ?? throw new ImportException($"{what}: no account named '{name}' on {team.Name}");
        int? OptionalAccount(Team team, string? name, string what) => name is null ? null : AccountOf(team, name, what).Id;

        var contacts = new Dictionary<int, Contact>();
        foreach (var c in export.Contacts ?? [])
        {
            var team = TeamOf(c.Team, $"contact {c.Name}");
            var contact = new Contact
            {
                TeamId = team.Id,
                AccountId = OptionalAccount(team, c.Account, $"contact {c.Name}"),
                Name = c.Name,
                NormalizedName = CompanyName.NormalizePlain(c.Name),
                Email = c.Email,
                Phone = c.Phone,
                Role = c.Role,
                CreatedAt = c.CreatedAt ?? team.CreatedAt,
            };
            contacts[c.Key] = contact;
            db.Contacts.Add(contact);
        }

        var deals = new Dictionary<int, Deal>();
        foreach (var d in export.Deals ?? [])
        {
            var team = TeamOf(d.Team, $"deal {d.Name}");
            var what = $"deal {d.Name}";
            var deal = new Deal
            {
                TeamId = team.Id,
                AccountId = AccountOf(team, d.Account, what).Id,
                OwnerId = MemberOf(team, d.Owner, what).Id,
                Name = d.Name,
                NormalizedName = CompanyName.NormalizePlain(d.Name),
                Stage = Enum<DealStage>(d.Stage, $"{what}: stage"),
                Amount = d.Amount,
                Currency = d.Currency,
                CloseDate = d.CloseDate,
                CreatedAt = d.CreatedAt,
                StageChangedAt = d.StageChangedAt ?? d.CreatedAt,
                ClosedAt = d.ClosedAt,
                LostReason = d.LostReason,
            };
            deal.StageHistory.AddRange((d.StageHistory ?? []).Select(h => new DealStageChange
            {
                From = h.From is null ? null : Enum<DealStage>(h.From, $"{what}: stage_history"),
                To = Enum<DealStage>(h.To, $"{what}: stage_history"),
                ChangedAt = h.At,
                ChangedByMemberId = MemberOf(team, h.By, $"{what}: stage_history").Id,
            }));
            deal.Collaborators.AddRange((d.Collaborators ?? []).Select(c => new DealCollaborator { MemberId = MemberOf(team, c.Member, what).Id, Role = c.Role }));
            deals[d.Key] = deal;
            db.Deals.Add(deal);
        }

        await db.SaveChangesAsync(ct);
        int? ContactOf(int? key, string what) => key is null ? null : contacts.GetValueOrDefault(key.Value)?.Id ?? throw new ImportException($"{what}: no contact with key {key}");
        int? DealOf(int? key, string what) => key is null ? null : deals.GetValueOrDefault(key.Value)?.Id ?? throw new ImportException($"{what}: no deal with key {key}");

        foreach (var a in export.Activities ?? [])
        {
            var team = TeamOf(a.Team, $"activity of {a.Member}");
            var what = $"the {a.Type} of {a.Member} on {a.HappenedOn:yyyy-MM-dd}";
            var activity = new Activity
            {
                TeamId = team.Id,
                MemberId = MemberOf(team, a.Member, what).Id,
                Type = Enum<ActivityType>(a.Type, $"{what}: type"),
                HappenedOn = a.HappenedOn,
                HappenedAt = a.HappenedAt is null ? null : Time(a.HappenedAt, $"{what}: happened_at"),
                RecordedAt = a.RecordedAt,
                AccountId = OptionalAccount(team, a.Account, what),
                ContactId = ContactOf(a.ContactKey, what),
                DealId = DealOf(a.DealKey, what),
                Notes = a.Notes,
                SourceText = a.SourceText,
            };
            activity.Participants.AddRange((a.Participants ?? []).Select(p => new ActivityParticipant { MemberId = MemberOf(team, p, what).Id }));
            db.Activities.Add(activity);
        }

        foreach (var t in export.Tasks ?? [])
        {
            var team = TeamOf(t.Team, $"task {t.Title}");
            var what = $"task {t.Title}";
            db.Tasks.Add(new TaskItem
            {
                TeamId = team.Id,
                OwnerId = MemberOf(team, t.Owner, what).Id,
                Title = t.Title,
                Due = t.Due,
                DueTime = t.DueTime is null ? null : Time(t.DueTime, $"{what}: due_time"),
                AccountId = OptionalAccount(team, t.Account, what),
                DealId = DealOf(t.DealKey, what),
                CreatedAt = t.CreatedAt ?? team.CreatedAt,
                DoneAt = t.DoneAt,
            });
        }

        foreach (var p in export.Plans ?? [])
        {
            var team = TeamOf(p.Team, $"plan of {p.Member}");
            db.DailyPlans.Add(new DailyPlan
            {
                TeamId = team.Id,
                MemberId = MemberOf(team, p.Member, $"plan of {p.Member}").Id,
                Date = p.Date,
                Items = [.. p.Items ?? []],
                UpdatedAt = p.UpdatedAt ?? team.CreatedAt,
            });
        }

        foreach (var t in export.Targets ?? [])
        {
            var team = TeamOf(t.Team, $"target {t.Metric}");
            db.Targets.Add(new Target
            {
                TeamId = team.Id,
                Metric = Enum<KpiMetric>(t.Metric, $"target {t.Metric}"),
                Period = Enum<TargetPeriod>(t.Period, $"target {t.Metric}: period"),
                Value = t.Value,
                SetByMemberId = OptionalMember(team, t.SetBy, $"target {t.Metric}"),
                SetAt = t.SetAt ?? team.CreatedAt,
                MemberId = OptionalMember(team, t.Rep, $"target {t.Metric}"),
            });
        }

        await db.SaveChangesAsync(ct);
        return new ImportSummary(teams.Count, members.Count, accounts.Count, contacts.Count, deals.Count,
            export.Activities?.Count ?? 0, export.Tasks?.Count ?? 0, export.Plans?.Count ?? 0, export.Targets?.Count ?? 0);
    }

    private static TEnum Enum<TEnum>(string? text, string what) where TEnum : struct, Enum =>
        System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value)
            ? value
            : throw new ImportException($"{what}: unknown value '{text}'");

    private static TimeOnly Time(string? text, string what) =>
        TimeOnly.TryParse(text, CultureInfo.InvariantCulture, out var time) ? time : throw new ImportException($"{what}: '{text}' is not a time");

    private sealed class ImportException(string message) : Exception(message);
}
