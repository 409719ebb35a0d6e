using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Conversation.Resolution;
using SalesBot.Core.Crm;
using SalesBot.Core.Conversation.Outcomes;

namespace SalesBot.Core.Features.Deals;

/// <summary>"Contoso upgrade to proposal", "won Fabrikam": a stage move, recorded in the deal's history and posted to the team.</summary>
public static class MoveDealStage
{
    public sealed record Command(string Deal, DealStage Stage, string? Reason = null);

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        var resolved = await Resolve.DealAsync(turn, cmd.Deal, ct);
        if (resolved.Answer is not null)
        {
            return resolved.Answer;
        }

        var deal = resolved.Record!;
        if (deal.Stage == cmd.Stage)
        {
            return new TurnResult(new AlreadyInStage(deal.Name, deal.Stage));
        }

        if (await DealGuards.AskBeforeRestagingAsync(turn, deal, cmd.Stage, ct) is { } ask)
        {
            return ask;
        }

        var owner = await DealGuards.OtherOwnerAsync(turn, deal, ct);

        var journal = await turn.StartJournalAsync(ct);
        var from = deal.Stage;
        JournalChanges.Add(journal, c => c.Deals.Add(DealBefore.Of(deal)));
        var change = deal.MoveTo(cmd.Stage, turn.Member.Id, turn.Now)!;
        change.JournalEntryId = journal.Id;
        if (cmd.Stage == DealStage.Lost && !string.IsNullOrWhiteSpace(cmd.Reason))
        {
            deal.LostReason = Format.Clip(Format.CleanName(cmd.Reason, 500), 500);
        }

        journal.Record(new WroteStageMove(deal.Name, from, cmd.Stage));
        DealPosts.StageMoved(turn, deal, from);

        return new TurnResult(new StageMoved(deal.Name, owner, from, cmd.Stage, turn.AmountOf(deal.Amount, deal.Currency, deal.OwnerId),
            cmd.Stage == DealStage.Lost ? deal.LostReason : null, deal.Account?.Name));
    }

    public static Command? From(ParsedCommand p) =>
        p.Stage is { } stage && (p.Deal ?? p.Account) is { Length: > 0 } deal ? new Command(deal, stage, p.Reason) : null;

    /// <summary>A stage move without its deal or stage.</summary>
    public static TurnResult Missing() => new(new ArgumentMissing(Intent.MoveDeal));
}
