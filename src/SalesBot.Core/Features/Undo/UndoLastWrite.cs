using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Crm;
using SalesBot.Core.Data;
using SalesBot.Core.Messaging;

namespace SalesBot.Core.Features.Undo;

/// <summary>
/// "undo" or the Undo button: reverts one of the member's own writes. Rows it created are deleted (so they vanish
/// from queries, reports and export) and rows it updated get their before-values back. Plain "undo" takes the
/// member's most recent write that is still in force; the button names its entry.
/// </summary>
public static class UndoLastWrite
{
    /// <summary>How many recent writes stay undoable by plain "undo" (older ones need their button).</summary>
    public const int Depth = 20;

    public sealed record Command(int? JournalEntryId);

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        JournalEntry? entry;
        if (cmd.JournalEntryId is { } id)
        {
            entry = await turn.Db.Journal.FirstOrDefaultAsync(j => j.Id == id && j.MemberId == turn.Member.Id, ct);
            if (entry is null)
            {
                return new TurnResult(new NotYoursToUndo());
            }

            if (entry.UndoneAt is not null)
            {
                return new TurnResult(new AlreadyUndone(WriteSummary.Of(entry)));
            }
        }
        else
        {
            entry = await turn.Db.Journal
                .Where(j => j.MemberId == turn.Member.Id && j.UndoneAt == null)
                .OrderByDescending(j => j.Id)
                .FirstOrDefaultAsync(ct);
            if (entry is null)
            {
                return new TurnResult(new NothingToUndo());
            }

            if (!await WroteLastAsync(turn, entry, ct))
            {
                // "undo that" after a message that wrote nothing must not silently take back an older, unrelated write.
                return await Questions.AskYesNoAsync(turn, turn.Command, Questions.UndoField, new AskUndoOlder(WriteSummary.Of(entry), turn.ServerNow - entry.CreatedAt),
                    entry.Id, ButtonWord.Yes, ButtonWord.No, ct);
            }
        }

        var (kept, changedSince) = await RevertAsync(turn.Db, entry, turn.ServerNow, ct);
        if (changedSince.Count > 0)
        {
            return new TurnResult(new LeftAsItWas(changedSince));
        }

        await WithdrawPostsAsync(turn, entry, ct);
        return new TurnResult(new Undone(WriteSummary.Of(entry), kept.Cast<Outcome>().ToList()));
    }

    /// <summary>
    /// Whether the member's last answered message wrote this entry (its reply carries the entry's Undo button) or was
    /// itself an undo (stepping back through several writes).
    /// </summary>
    private static async Task<bool> WroteLastAsync(Turn turn, JournalEntry entry, CancellationToken ct)
    {
        var last = await turn.Db.Outbox.AsNoTracking().Where(o => o.Kind == OutboxKind.Reply && o.MemberId == turn.Member.Id)
            .OrderByDescending(o => o.Id).Select(o => new { o.Body, o.CreatedAt }).FirstOrDefaultAsync(ct);
        if (last is null)
        {
            return false;
        }

        if (last.Body.Contains($"\"{new UndoPress(entry.Id).Data}\"", StringComparison.Ordinal))
        {
            return true;
        }

        var lastUndo = await turn.Db.Journal.AsNoTracking().Where(j => j.MemberId == turn.Member.Id && j.UndoneAt != null)
            .OrderByDescending(j => j.UndoneAt).Select(j => j.UndoneAt).FirstOrDefaultAsync(ct);
        return lastUndo >= last.CreatedAt;
    }

    /// <summary>What a revert did: created records kept because others use them, or (changing nothing) what changed since.</summary>
    public sealed record Reverted(List<KeptInUse> Kept, List<ChangedSince> ChangedSince);

    /// <summary>
    /// Reverts one journal entry inside the caller's transaction. A deal gets back only the fields this entry
    /// changed, and only while they still hold what the entry wrote; if someone changed one since, nothing is reverted.
    /// </summary>
    public static async Task<Reverted> RevertAsync(SalesBotDb db, JournalEntry entry, DateTimeOffset now, CancellationToken ct)
    {
        var id = entry.Id;
        var changes = JournalChanges.Read(entry);
        var afters = changes.DealsAfter.ToDictionary(a => a.Id);
        var restores = new List<(Deal Deal, DealBefore Before, DealBefore? After)>();
        var changedSince = new List<ChangedSince>();
        foreach (var before in changes.Deals.DistinctBy(d => d.Id))
        {
            if (await db.Deals.FirstOrDefaultAsync(d => d.Id == before.Id, ct) is not { } deal)
            {
                continue;
            }

            var after = afters.GetValueOrDefault(before.Id);
            if (after is not null)
            {
                changedSince.AddRange(DealFields.ChangedSince(before, after, DealBefore.Of(deal)));
            }

            restores.Add((deal, before, after));
        }

        changedSince.AddRange(await Administration.RevertManagerWrites.ChangedSinceAsync(db, changes, ct));
        if (changedSince.Count > 0)
        {
            return new Reverted([], changedSince);
        }

        entry.UndoneAt = now;
        foreach (var (deal, before, after) in restores)
        {
            DealFields.Restore(deal, before, after);
        }

        foreach (var before in changes.Activities)
        {
            if (await db.Activities.FirstOrDefaultAsync(a => a.Id == before.Id, ct) is { } activity)
            {
                activity.AccountId = before.AccountId;
                activity.ContactId = before.ContactId;
                activity.HappenedOn = before.HappenedOn;
            }
        }

        foreach (var before in changes.Tasks)
        {
            if (await db.Tasks.FirstOrDefaultAsync(t => t.Id == before.Id, ct) is { } task)
            {
                task.DoneAt = before.DoneAt;
            }
        }

        foreach (var before in changes.Plans)
        {
            if (await db.DailyPlans.FirstOrDefaultAsync(p => p.Id == before.Id, ct) is { } plan)
            {
                plan.Items = before.Items;
                plan.UpdatedAt = before.UpdatedAt;
                plan.JournalEntryId = before.JournalEntryId;
            }
        }

        await db.SaveChangesAsync(ct);

        // Created rows, children first.
        await db.Activities.Where(a => a.JournalEntryId == id).ExecuteDeleteAsync(ct);
        await db.Tasks.Where(t => t.JournalEntryId == id).ExecuteDeleteAsync(ct);
        await db.DailyPlans.Where(p => p.JournalEntryId == id).ExecuteDeleteAsync(ct);
        await db.DealStageChanges.Where(c => c.JournalEntryId == id && c.From != null).ExecuteDeleteAsync(ct);
        await db.DealCloseDateChanges.Where(c => c.JournalEntryId == id).ExecuteDeleteAsync(ct);
        await Tips.UnshareTip.RemoveAsync(db, id, ct);

        var kept = await Administration.RevertManagerWrites.RevertAsync(db, id, changes, ct);
        foreach (var deal in await db.Deals.Where(d => d.JournalEntryId == id).ToListAsync(ct))
        {
            var used = await db.Activities.AnyAsync(a => a.DealId == deal.Id, ct)
                || await db.Tasks.AnyAsync(t => t.DealId == deal.Id, ct)
                || await db.DealStageChanges.AnyAsync(c => c.DealId == deal.Id && c.JournalEntryId != id, ct);
            if (used)
            {
                kept.Add(new KeptInUse(KeptKind.Deal, deal.Name));
                continue;
            }

            await db.DealStageChanges.Where(c => c.DealId == deal.Id).ExecuteDeleteAsync(ct);
            await db.DealCollaborators.Where(c => c.DealId == deal.Id).ExecuteDeleteAsync(ct);
            await db.Deals.Where(d => d.Id == deal.Id).ExecuteDeleteAsync(ct);
        }

        foreach (var contact in await db.Contacts.Where(c => c.JournalEntryId == id).ToListAsync(ct))
        {
            if (await db.Activities.AnyAsync(a => a.ContactId == contact.Id, ct))
            {
                kept.Add(new KeptInUse(KeptKind.Contact, contact.Name));
                continue;
            }

            await db.Contacts.Where(c => c.Id == contact.Id).ExecuteDeleteAsync(ct);
        }

        foreach (var account in await db.Accounts.Where(a => a.JournalEntryId == id).ToListAsync(ct))
        {
            var used = await db.Activities.AnyAsync(a => a.AccountId == account.Id, ct)
                || await db.Deals.AnyAsync(d => d.AccountId == account.Id, ct)
                || await db.Contacts.AnyAsync(c => c.AccountId == account.Id, ct)
                || await db.Tasks.AnyAsync(t => t.AccountId == account.Id, ct);
            if (used)
            {
                kept.Add(new KeptInUse(KeptKind.Account, account.Name));
                continue;
            }

            await db.Accounts.Where(a => a.Id == account.Id).ExecuteDeleteAsync(ct);
        }

        return new Reverted(kept, []);
    }

    /// <summary>Channel posts of the undone write that have not gone out yet are dropped; sent ones get a one-line correction.</summary>
    private static async Task WithdrawPostsAsync(Turn turn, JournalEntry entry, CancellationToken ct)
    {
        if (await TeamPostWriter.WithdrawAsync(turn.Db, entry.Id, ct))
        {
            // The summary may name an amount ("amount €45K"): a channel that may not see amounts hears only which deals.
            var words = ReplyPacks.For(turn.Team.Language);
            var withAmount = words.PostUndid(turn.Member.Name, WriteSummary.Of(entry).Render(words));
            var amounts = DealsWithAmountIn(entry);
            turn.Posts.Add(new TeamPost(ChannelEvents.All, amounts.Count == 0 ? withAmount : words.PostUndidChangesTo(turn.Member.Name, amounts), withAmount));
        }
    }

    /// <summary>The deals whose amount an entry changed or its summary names.</summary>
    private static List<string> DealsWithAmountIn(JournalEntry entry)
    {
        var changes = JournalChanges.Read(entry);
        var afters = changes.DealsAfter.ToDictionary(a => a.Id);
        return changes.Deals
            .Where(before => afters.GetValueOrDefault(before.Id) is not { } after
                ? before.Amount is not null
                : before.Amount != after.Amount || before.Currency != after.Currency || Names(entry.Summary, before) || Names(entry.Summary, after))
            .Select(d => d.Name).Distinct().ToList();

        static bool Names(string summary, DealBefore deal) =>
            deal.Amount is { } amount && summary.Contains(ReplyPacks.English.Money(amount, deal.Currency), StringComparison.Ordinal);
    }
}
