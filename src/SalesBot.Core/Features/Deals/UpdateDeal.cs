using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Languages;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Crm;
using SalesBot.Core.Conversation.Resolution;
using SalesBot.Core.Conversation.Outcomes;

namespace SalesBot.Core.Features.Deals;

/// <summary>"Contoso upgrade amount 45k close Dec 15": amount, currency, close date (and a stage if one is named too).</summary>
public static class UpdateDeal
{
    public sealed record Command(string Deal, decimal? Amount, string? Currency, DateOnly? CloseDate, DealStage? Stage)
    {
        public static Command? From(ParsedCommand p) =>
            (p.Deal ?? p.Account) is { Length: > 0 } deal ? new Command(deal, p.Amount, p.Currency, p.Date, p.Stage) : null;
    }

    /// <summary>A change without its deal.</summary>
    public static TurnResult Missing() => new(new ArgumentMissing(Intent.UpdateDeal));

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        if (cmd.Amount is null && cmd.CloseDate is null && cmd.Stage is null)
        {
            return new TurnResult(new DealChangeMissing(cmd.Deal));
        }

        var resolved = await Resolve.DealAsync(turn, cmd.Deal, ct);
        if (resolved.Answer is not null)
        {
            return resolved.Answer;
        }

        var deal = resolved.Record!;
        if (cmd.Stage is { } target && await DealGuards.AskBeforeRestagingAsync(turn, deal, target, ct) is { } ask)
        {
            return ask;
        }

        var owner = await DealGuards.OtherOwnerAsync(turn, deal, ct);
        var journal = await turn.StartJournalAsync(ct);
        JournalChanges.Add(journal, c => c.Deals.Add(DealBefore.Of(deal)));
        DealStage? movedFrom = null;
        if (cmd.Amount is { } amount)
        {
            deal.Amount = amount;
            deal.Currency = cmd.Currency ?? deal.Currency ?? turn.Team.Currency;
        }

        if (cmd.CloseDate is { } close)
        {
            Reports.Forecast.CloseDateHistory.Record(turn.Db, deal, close, turn.Member.Id, turn.Now, journal.Id);
            deal.CloseDate = close;
        }

        if (cmd.Stage is { } stage && stage != deal.Stage)
        {
            var from = deal.Stage;
            var change = deal.MoveTo(stage, turn.Member.Id, turn.Now)!;
            change.JournalEntryId = journal.Id;
            movedFrom = from;
            DealPosts.StageMoved(turn, deal, from);
        }

        journal.Record(new WroteDealUpdate(deal.Name, cmd.Amount is not null, cmd.Amount is null ? null : turn.AmountOf(deal.Amount, deal.Currency, deal.OwnerId),
            cmd.CloseDate, movedFrom, movedFrom is null ? null : deal.Stage, turn.Today));
        return new TurnResult(new DealUpdated(deal.Name, owner, cmd.Amount is not null, turn.AmountOf(deal.Amount, deal.Currency, deal.OwnerId),
            cmd.CloseDate, movedFrom, movedFrom is null ? null : deal.Stage, turn.Today));
    }
}
