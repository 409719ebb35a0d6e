using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Resolution;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Undo;

/// <summary>
/// "no wait, that was Fabrikam", "actually it was yesterday", "oops I meant 35k": amends the member's last write in
/// place (the activity's account, contact or day; the deal's amount, stage or close date). The correction is its own
/// journal entry, so "undo" takes back the correction alone.
/// </summary>
public static class CorrectLastWrite
{
    public sealed record Command(string? Account, string? Contact, DateOnly? Date, decimal? Amount, string? Currency, DealStage? Stage)
    {
        public static Command From(ParsedCommand p) => new(p.Account, p.Contact, p.Date, p.Amount, p.Currency, p.Stage);

        public bool IsEmpty => Account is null && Contact is null && Date is null && Amount is null && Stage is null;
    }

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        if (cmd.IsEmpty)
        {
            return new TurnResult(new CorrectionMissing());
        }

        var last = await turn.Db.Journal.AsNoTracking().Where(j => j.MemberId == turn.Member.Id && j.UndoneAt == null)
            .OrderByDescending(j => j.Id).FirstOrDefaultAsync(ct);
        if (last is null)
        {
            return new TurnResult(new NothingToCorrect());
        }

        if (await turn.Db.Activities.Include(a => a.Account).FirstOrDefaultAsync(a => a.JournalEntryId == last.Id, ct) is { } activity)
        {
            return await ActivityAsync(turn, activity, cmd, ct);
        }

        var dealId = await turn.Db.Deals.Where(d => d.JournalEntryId == last.Id).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct)
            ?? JournalChanges.Read(last).Deals.Select(d => (int?)d.Id).FirstOrDefault();
        if (dealId is { } id && await turn.Db.Deals.Include(d => d.Account).FirstOrDefaultAsync(d => d.Id == id, ct) is { } deal)
        {
            return await DealAsync(turn, deal, cmd, ct);
        }

        return new TurnResult(new CannotCorrect(WriteSummary.Of(last)));
    }

    private static async Task<TurnResult> ActivityAsync(Turn turn, Activity activity, Command cmd, CancellationToken ct)
    {
        if (cmd.Account is null && cmd.Contact is null && cmd.Date is null)
        {
            return new TurnResult(new ActivityCorrectionMissing());
        }

        var account = activity.Account;
        if (cmd.Account is { } name)
        {
            var resolved = await Resolve.AccountAsync(turn, name, mayCreate: true, ct);
            if (resolved.Answer is not null)
            {
                return resolved.Answer;
            }

            account = resolved.Record;
        }

        Contact? contact = null;
        if (cmd.Contact is { } person)
        {
            (contact, _) = await Resolve.ContactAsync(turn, person, account, ct);
        }

        var journal = await turn.StartJournalAsync(ct);
        JournalChanges.Add(journal, c => c.Activities.Add(new ActivityBefore(activity.Id, activity.AccountId, activity.ContactId, activity.HappenedOn)));
        if (cmd.Account is not null && account is not null)
        {
            activity.Account = account;
            if (cmd.Contact is null && activity.ContactId is not null)
            {
                // The contact belonged to the wrong account.
                activity.ContactId = null;
            }

        }

        if (contact is not null)
        {
            activity.Contact = contact;
        }

        if (cmd.Date is { } day && day <= turn.Today)
        {
            activity.HappenedOn = day;
        }

        var corrected = new ActivityCorrected(activity.Type, cmd.Account is not null ? account?.Name : null, contact?.Name,
            cmd.Date is { } moved && moved <= turn.Today ? moved : null, turn.Today);
        journal.Record(new WroteActivityCorrection(activity.Type, corrected.Account, corrected.Contact, corrected.Day, turn.Today));
        return new TurnResult(corrected);
    }

    private static async Task<TurnResult> DealAsync(Turn turn, Deal deal, Command cmd, CancellationToken ct)
    {
        if (cmd.Amount is null && cmd.Stage is null && cmd.Date is null)
        {
            return new TurnResult(new DealCorrectionMissing(deal.Name));
        }

        var journal = await turn.StartJournalAsync(ct);
        JournalChanges.Add(journal, c => c.Deals.Add(DealBefore.Of(deal)));
        if (cmd.Amount is { } amount)
        {
            deal.Amount = amount;
            deal.Currency = cmd.Currency ?? deal.Currency ?? turn.Team.Currency;
        }

        DealStage? staged = null;
        if (cmd.Stage is { } stage && deal.MoveTo(stage, turn.Member.Id, turn.Now) is { } change)
        {
            change.JournalEntryId = journal.Id;
            staged = stage;
        }

        if (cmd.Date is { } close)
        {
            deal.CloseDate = close;
        }

        journal.Record(new WroteDealCorrection(deal.Name, cmd.Amount is not null, cmd.Amount is null ? null : turn.AmountOf(deal.Amount, deal.Currency, deal.OwnerId),
            staged, cmd.Date, turn.Today));
        return new TurnResult(new DealCorrected(deal.Name, cmd.Amount is not null, turn.AmountOf(deal.Amount, deal.Currency, deal.OwnerId), staged, cmd.Date, turn.Today));
    }
}
