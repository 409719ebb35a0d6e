using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Data;

namespace SalesBot.Core.Features.Tips;

/// <summary>Undo's part for tips: the undone write's tip goes, with the reactions it got (its posts are withdrawn by undo).</summary>
public static class UnshareTip
{
    public static async Task RemoveAsync(SalesBotDb db, int journalEntryId, CancellationToken ct)
    {
        var ids = await db.Tips.Where(t => t.JournalEntryId == journalEntryId).Select(t => t.Id).ToListAsync(ct);
        if (ids.Count == 0)
        {
            return;
        }

        await db.TipReactions.Where(r => ids.Contains(r.TipId)).ExecuteDeleteAsync(ct);
        await db.Tips.Where(t => ids.Contains(t.Id)).ExecuteDeleteAsync(ct);
    }
}
