using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Conversation.Resolution;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Deals;

/// <summary>"new deal Contoso upgrade 40k": a deal owned by the sender, on an existing or new account.</summary>
public static class CreateDeal
{
    public sealed record Command(string? Name, string? Account, decimal? Amount, string? Currency, DealStage? Stage, DateOnly? CloseDate)
    {
        public static Command From(ParsedCommand p) => new(p.Deal, p.Account, p.Amount, p.Currency, p.Stage, p.Date);
    }

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        var accountName = cmd.Account;
        if (string.IsNullOrWhiteSpace(accountName) && !string.IsNullOrWhiteSpace(cmd.Name))
        {
            accountName = await AccountPrefixAsync(turn, cmd.Name, ct) ?? cmd.Name;
        }

        if (string.IsNullOrWhiteSpace(accountName))
        {
            return new TurnResult(new DealNeedsAccount());
        }

        var resolved = await Resolve.AccountAsync(turn, accountName, mayCreate: true, ct);
        if (resolved.Answer is not null)
        {
            return resolved.Answer;
        }

        var account = resolved.Record!;
        var name = Format.CleanName(string.IsNullOrWhiteSpace(cmd.Name) ? account.Name : cmd.Name);
        var key = CompanyName.NormalizePlain(name);
        if (account.Id != 0)
        {
            var existing = await turn.Db.Deals.AsNoTracking()
                .FirstOrDefaultAsync(d => d.TeamId == turn.Team.Id && d.NormalizedName == key && d.Stage != DealStage.Won && d.Stage != DealStage.Lost, ct);
            if (existing is not null)
            {
                return new TurnResult(new DealAlreadyOpen(existing.Name, existing.Stage));
            }
        }

        var journal = await turn.StartJournalAsync(ct);
        var stage = cmd.Stage ?? DealStage.Lead;
        var deal = Deal.Open(turn.Team.Id, account, turn.Member.Id, name, stage, turn.Now, journal.Id);
        deal.Amount = cmd.Amount;
        deal.Currency = cmd.Amount is null ? null : cmd.Currency ?? turn.Team.Currency;
        deal.CloseDate = cmd.CloseDate;
        turn.Db.Deals.Add(deal);
        journal.Record(new WroteDeal(name, resolved.Created ? account.Name : null));
        DealPosts.Created(turn, deal, account);

        return new TurnResult(new DealCreated(name, account.Name, stage, turn.AmountOf(deal.Amount, deal.Currency, deal.OwnerId), deal.CloseDate,
            turn.Today, resolved.Created));
    }

    /// <summary>"Contoso upgrade" names its account in its first words when that account exists.</summary>
    private static async Task<string?> AccountPrefixAsync(Turn turn, string dealName, CancellationToken ct)
    {
        var words = dealName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = words.Length; n >= 1; n--)
        {
            var key = CompanyName.Normalize(string.Join(' ', words.Take(n)));
            var account = await turn.Db.Accounts.AsNoTracking().Where(a => a.TeamId == turn.Team.Id && a.NormalizedName == key)
                .Select(a => a.Name).FirstOrDefaultAsync(ct);
            if (account is not null)
            {
                return account;
            }
        }

        return null;
    }
}
