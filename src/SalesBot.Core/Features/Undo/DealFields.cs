using SalesBot.Core.Conversation;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Undo;

/// <summary>
/// The fields of a deal one write can change, compared between what it found (before), what it left (after) and
/// what the deal holds now. Undo touches only the fields that differ between before and after.
/// </summary>
internal static class DealFields
{
    /// <summary>Each field this write changed that no longer holds its value.</summary>
    public static IEnumerable<ChangedSince> ChangedSince(DealBefore before, DealBefore after, DealBefore now)
    {
        if (before.Name != after.Name && now.Name != after.Name)
        {
            yield return new DealRenamed(now.Name);
        }

        if (before.Stage != after.Stage && now.Stage != after.Stage)
        {
            yield return new DealStageNow(now.Name, now.Stage);
        }

        if ((before.Amount != after.Amount || before.Currency != after.Currency) && (now.Amount != after.Amount || now.Currency != after.Currency))
        {
            yield return new DealAmountChangedAgain(now.Name);
        }

        if (before.CloseDate != after.CloseDate && now.CloseDate != after.CloseDate)
        {
            yield return new DealCloseDateNow(now.Name, now.CloseDate);
        }
    }

    /// <summary>Puts back the fields this write changed. An entry from before after-values were kept restores everything, as it always did.</summary>
    public static void Restore(Deal deal, DealBefore before, DealBefore? after)
    {
        if (after is null || before.Name != after.Name)
        {
            deal.Name = before.Name;
        }

        if (after is null || before.Stage != after.Stage)
        {
            deal.ReturnTo(before.Stage, before.StageChangedAt, before.ClosedAt, before.LostReason);
        }

        if (after is null || before.Amount != after.Amount || before.Currency != after.Currency)
        {
            deal.Amount = before.Amount;
            deal.Currency = before.Currency;
        }

        if (after is null || before.CloseDate != after.CloseDate)
        {
            deal.CloseDate = before.CloseDate;
        }
    }
}
