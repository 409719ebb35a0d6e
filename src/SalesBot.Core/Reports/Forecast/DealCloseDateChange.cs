namespace SalesBot.Core.Reports.Forecast;

/// <summary>
/// One change of a deal's expected close date ("Contoso upgrade closes Dec 15" after it said Nov 30). A change
/// to a later date is a slip; the forecast flags deals that slipped more than once. Undo deletes the row with its
/// journal entry.
/// </summary>
public class DealCloseDateChange
{
    public int Id { get; set; }
    public int DealId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public int ChangedByMemberId { get; set; }
    public int? JournalEntryId { get; set; }

    public bool IsSlip => From is { } from && To is { } to && to > from;
}
