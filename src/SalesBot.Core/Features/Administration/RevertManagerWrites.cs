using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Features.Undo;
using SalesBot.Core.Reports.Forecast;

namespace SalesBot.Core.Features.Administration;

/// <summary>
/// Undo's part for manager writes (a setting or a stage probability, a target, a holiday, away and back, an invite, a connect or
/// disconnect), called from <see cref="Undo.UndoLastWrite.RevertAsync"/>. Updated rows get their before-values back
/// only while they still hold what the write left; rows the write created are removed unless something uses them.
/// </summary>
public static class RevertManagerWrites
{
    /// <summary>What changed since the write, in undo's words; when anything did, nothing is reverted.</summary>
    public static async Task<List<ChangedSince>> ChangedSinceAsync(SalesBotDb db, JournalChanges changes, CancellationToken ct)
    {
        var changed = new List<ChangedSince>();
        foreach (var setting in changes.TeamSettings)
        {
            if (StageProbabilitySetting.TryStage(setting.Setting, out var stage))
            {
                if (await StageProbabilitySetting.DescribeAsync(db, setting.TeamId, stage, ct) is var percent && percent != setting.After)
                {
                    changed.Add(new SettingBecame(setting.Setting, percent));
                }

                continue;
            }

            if (await db.Teams.FirstOrDefaultAsync(t => t.Id == setting.TeamId, ct) is { } team
                && TeamSettings.Describe(team, setting.Setting) is var now && now != setting.After)
            {
                changed.Add(new SettingBecame(setting.Setting, now));
            }
        }

        foreach (var member in changes.Members)
        {
            if (await db.Members.FirstOrDefaultAsync(m => m.Id == member.Id, ct) is { } m
                && (m.Status != member.AfterStatus || m.AwayUntil != member.AfterAwayUntil))
            {
                changed.Add(new MemberStatusAgain(m.Name, m.Status));
            }
        }

        foreach (var target in changes.Targets)
        {
            if (await db.Targets.FirstOrDefaultAsync(t => t.Id == target.Id, ct) is { } t && t.Value != target.After)
            {
                changed.Add(new TargetBecame(t.Value));
            }
        }

        foreach (var binding in changes.Bindings)
        {
            var now = await db.ChannelBindings.FirstOrDefaultAsync(b => b.Channel == binding.Channel && b.ChatId == binding.ChatId, ct);
            if (binding.Removed ? now is not null : now is null || now.TeamId != binding.TeamId)
            {
                changed.Add(binding.Removed ? new ChatConnectedAgain() : new ChatDisconnected());
            }
        }

        return changed;
    }

    /// <summary>Puts the before-values back and removes created rows; returns what it kept because it is in use.</summary>
    public static async Task<List<KeptInUse>> RevertAsync(SalesBotDb db, int entryId, JournalChanges changes, CancellationToken ct)
    {
        foreach (var setting in changes.TeamSettings)
        {
            if (StageProbabilitySetting.TryStage(setting.Setting, out var stage))
            {
                if (StageProbabilitySetting.TryReadPercent(setting.Before, out var percent))
                {
                    await StageProbabilitySetting.ApplyAsync(db, setting.TeamId, stage, percent, ct);
                }

                continue;
            }

            if (await db.Teams.FirstOrDefaultAsync(t => t.Id == setting.TeamId, ct) is { } team)
            {
                TeamSettings.FromSetting(setting.Setting, setting.Before, out _)?.ApplyTo(team);
            }
        }

        foreach (var before in changes.Members)
        {
            if (await db.Members.FirstOrDefaultAsync(m => m.Id == before.Id, ct) is { } member)
            {
                member.Status = before.Status;
                member.AwayUntil = before.AwayUntil;
            }
        }

        foreach (var before in changes.Targets)
        {
            if (await db.Targets.FirstOrDefaultAsync(t => t.Id == before.Id, ct) is { } target)
            {
                target.Value = before.Value;
                target.SetByMemberId = before.SetByMemberId;
                target.SetAt = before.SetAt;
                target.JournalEntryId = before.JournalEntryId;
            }
        }

        foreach (var before in changes.Bindings)
        {
            var binding = await db.ChannelBindings.FirstOrDefaultAsync(b => b.Channel == before.Channel && b.ChatId == before.ChatId, ct);
            if (binding is null)
            {
                binding = new ChannelBinding { Channel = before.Channel, ChatId = before.ChatId };
                db.ChannelBindings.Add(binding);
            }

            binding.TeamId = before.TeamId;
            binding.ThreadId = before.ThreadId;
            // An entry written before addresses were one field has none: the chat's current address is the best there is.
            binding.Address = before.Address ?? binding.Address;
            binding.Title = before.Title;
            binding.IsActive = before.IsActive;
            binding.BoundByMemberId = before.BoundByMemberId;
            binding.BoundAt = before.BoundAt;
            binding.JournalEntryId = before.JournalEntryId;
        }

        await db.SaveChangesAsync(ct);

        // Created rows: the restored ones above no longer carry this entry's id.
        await db.TeamHolidays.Where(h => h.JournalEntryId == entryId).ExecuteDeleteAsync(ct);
        await db.Targets.Where(t => t.JournalEntryId == entryId).ExecuteDeleteAsync(ct);
        await db.ChannelBindings.Where(b => b.JournalEntryId == entryId).ExecuteDeleteAsync(ct);

        var kept = new List<KeptInUse>();
        foreach (var code in await db.JoinCodes.Where(j => j.JournalEntryId == entryId).ToListAsync(ct))
        {
            if (code.UsedAt is not null)
            {
                kept.Add(new KeptInUse(KeptKind.UsedJoinCode, code.Code));
                continue;
            }

            await db.JoinCodes.Where(j => j.Id == code.Id).ExecuteDeleteAsync(ct);
        }

        // The codes the invite revoked work again, unless its own code was used (the member has joined since).
        if (!kept.Any(k => k.Kind == KeptKind.UsedJoinCode) && changes.RevokedCodes.Count > 0)
        {
            var codes = changes.RevokedCodes.Select(c => c.Code).ToList();
            var taken = await db.JoinCodes.Where(j => codes.Contains(j.Code)).Select(j => j.Code).ToListAsync(ct);
            db.JoinCodes.AddRange(changes.RevokedCodes.Where(c => !taken.Contains(c.Code)).Select(c => c.ToCode()));
            await db.SaveChangesAsync(ct);
        }

        foreach (var member in await db.Members.Include(m => m.Identities).Where(m => m.JournalEntryId == entryId).ToListAsync(ct))
        {
            var used = JoinTeam.IsLinked(member)
                || await db.JoinCodes.AnyAsync(j => j.MemberId == member.Id, ct)
                || await db.Activities.AnyAsync(a => a.MemberId == member.Id, ct)
                || await db.Deals.AnyAsync(d => d.OwnerId == member.Id, ct)
                || await db.Tasks.AnyAsync(t => t.OwnerId == member.Id, ct);
            if (used)
            {
                kept.Add(new KeptInUse(KeptKind.Member, member.Name));
                continue;
            }

            await db.Members.Where(m => m.Id == member.Id).ExecuteDeleteAsync(ct);
        }

        return kept;
    }
}
