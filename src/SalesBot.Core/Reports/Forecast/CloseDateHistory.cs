using SalesBot.Core.Crm;
using SalesBot.Core.Data;

namespace SalesBot.Core.Reports.Forecast;

/// <summary>Keeps the history the slipping-deal flag reads: call it before a deal's close date is changed.</summary>
public static class CloseDateHistory
{
    public static void Record(SalesBotDb db, Deal deal, DateOnly? to, int byMemberId, DateTimeOffset at, int? journalEntryId)
    {
        if (deal.CloseDate == to)
        {
            return;
        }

        db.DealCloseDateChanges.Add(new DealCloseDateChange
        {
            DealId = deal.Id,
            From = deal.CloseDate,
            To = to,
            ChangedAt = at,
            ChangedByMemberId = byMemberId,
            JournalEntryId = journalEntryId,
        });
    }
}
