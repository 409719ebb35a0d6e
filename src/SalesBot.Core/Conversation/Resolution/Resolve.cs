using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Conversation.Resolution;

/// <summary>The outcome of resolving a name inside a command: the record, or what to answer instead.</summary>
public sealed record Resolved<T>(T? Record, bool Created, TurnResult? Answer) where T : class
{
    public static Resolved<T> Found(T record, bool created = false) => new(record, created, null);

    public static Resolved<T> Stop(TurnResult answer) => new(null, false, answer);
}

/// <summary>
/// Resolution as the handlers use it: honour an earlier answer (<see cref="Pins"/>), take an exact
/// or clearly close match, ask only when two or more fit about equally, create only where a log may
/// create (a new account in "met with Northwind").
/// </summary>
public static class Resolve
{
    /// <summary>A name not in the store becomes a new account without asking only from a parse at least this sure.</summary>
    public const double ConfidentNewName = 0.85;

    public static async Task<Resolved<Account>> AccountAsync(Turn turn, string name, bool mayCreate, CancellationToken ct)
    {
        if (turn.Pins.AccountId is { } pinned)
        {
            var account = await turn.Db.Accounts.FirstOrDefaultAsync(a => a.Id == pinned && a.TeamId == turn.Team.Id, ct);
            if (account is not null)
            {
                return Resolved<Account>.Found(account);
            }
        }

        var clean = Format.CleanName(name);
        if (turn.Pins.NewAccount && mayCreate)
        {
            return Resolved<Account>.Found(await CreateAccountAsync(turn, clean, ct), created: true);
        }

        var key = CompanyName.Normalize(clean);
        if (await HotQueries.AccountByKey(turn.Db, turn.Team.Id, key, ct) is { } exact)
        {
            return Resolved<Account>.Found(exact);
        }

        var match = await AccountResolver.FindAsync(turn.Db, turn.Team.Id, clean, ct);
        switch (match.Kind)
        {
            case MatchKind.Exact or MatchKind.Close:
                var found = await turn.Db.Accounts.FirstAsync(a => a.Id == match.Best!.Id, ct);
                return Resolved<Account>.Found(found);
            case MatchKind.Ambiguous:
                var options = Choices(match.Candidates);
                if (mayCreate)
                {
                    options.Add(new Questions.Choice(Questions.NewRecord, new NewAccountOption(clean)));
                }

                return Resolved<Account>.Stop(await Questions.AskAsync(turn, turn.Command, Questions.AccountField, new WhichAccount(clean), options, ct));
            case MatchKind.Unsure when mayCreate:
                var unsure = Choices(match.Candidates);
                unsure.Add(new Questions.Choice(Questions.NewRecord, new NewAccountOption(clean)));
                return Resolved<Account>.Stop(await Questions.AskAsync(turn, turn.Command, Questions.AccountField, new OneOfTheseOrNew(clean), unsure, ct));
            case MatchKind.Unsure:
                return Resolved<Account>.Stop(await Questions.AskAsync(turn, turn.Command, Questions.AccountField, new OneOfThese(), Choices(match.Candidates), ct));
            default:
                if (mayCreate && clean.Length > 0 && CompanyName.Normalize(clean).Length > 0)
                {
                    if (turn.Command.Confidence < ConfidentNewName && !turn.Pins.Confirmed)
                    {
                        // "Fabrikam 2nd demo scheduled": a word the parser was unsure of must not become an account unasked.
                        return Resolved<Account>.Stop(await Questions.AskYesNoAsync(turn, turn.Command, Questions.AccountField, new AskNewAccount(clean),
                            Questions.NewRecord, ButtonWord.Create, ButtonWord.Cancel, ct));
                    }

                    return Resolved<Account>.Found(await CreateAccountAsync(turn, clean, ct), created: true);
                }

                return Resolved<Account>.Stop(new TurnResult(new NoSuchAccount(clean, match.Candidates.Select(c => c.Label).ToList())));
        }
    }

    public static async Task<Resolved<Deal>> DealAsync(Turn turn, string name, CancellationToken ct)
    {
        if (turn.Pins.DealId is { } pinned)
        {
            var deal = await turn.Db.Deals.Include(d => d.Account).FirstOrDefaultAsync(d => d.Id == pinned && d.TeamId == turn.Team.Id, ct);
            if (deal is not null)
            {
                return Resolved<Deal>.Found(deal);
            }
        }

        var clean = Format.CleanName(name);
        var plainKey = CompanyName.NormalizePlain(clean);
        var exact = await HotQueries.DealsByKey(turn.Db, turn.Team.Id, plainKey).ToListAsync(ct);
        if (exact.Count == 1)
        {
            return Resolved<Deal>.Found(exact[0]);
        }

        var match = await DealResolver.FindAsync(turn.Db, turn.Team.Id, clean, ct);
        switch (match.Kind)
        {
            case MatchKind.Exact or MatchKind.Close:
                return Resolved<Deal>.Found(await turn.Db.Deals.Include(d => d.Account).FirstAsync(d => d.Id == match.Best!.Id, ct));
            case MatchKind.Ambiguous or MatchKind.Unsure:
                Outcome question = match.Kind == MatchKind.Ambiguous ? new WhichDeal(clean) : new NoDealLike(clean);
                return Resolved<Deal>.Stop(await Questions.AskAsync(turn, turn.Command, Questions.DealField, question, Choices(match.Candidates), ct));
            default:
                return Resolved<Deal>.Stop(new TurnResult(new NoSuchDeal(clean, match.Candidates.Select(c => c.Label).ToList())));
        }
    }

    /// <summary>The candidates as options, named as they are.</summary>
    private static List<Questions.Choice> Choices(IEnumerable<Candidate> candidates) =>
        candidates.Select(c => new Questions.Choice(c.Id, new Said(c.Label))).ToList();

    public static async Task<Account> CreateAccountAsync(Turn turn, string name, CancellationToken ct)
    {
        var journal = await turn.StartJournalAsync(ct);
        var account = new Account
        {
            TeamId = turn.Team.Id,
            Name = name,
            NormalizedName = CompanyName.Normalize(name),
            CreatedByMemberId = turn.Member.Id,
            CreatedAt = turn.Now,
            JournalEntryId = journal.Id,
        };
        turn.Db.Accounts.Add(account);
        return account;
    }

    /// <summary>A contact at the account (or anywhere on the team when no account): found by name, else created.</summary>
    public static async Task<(Contact Contact, bool Created)> ContactAsync(Turn turn, string name, Account? account, CancellationToken ct)
    {
        var clean = Format.CleanName(name);
        var key = CompanyName.NormalizePlain(clean);
        var query = turn.Db.Contacts.Where(c => c.TeamId == turn.Team.Id);
        if (account is not null && account.Id != 0)
        {
            query = query.Where(c => c.AccountId == account.Id);
        }

        var contacts = account is not null && account.Id == 0 ? [] : await query.ToListAsync(ct);
        var match = NameMatch.Classify(contacts.Select(c => new Candidate(c.Id, c.Name, NameMatch.Score(key, c.NormalizedName))));
        if (match.Best is { } best && best.Score >= 90)
        {
            return (contacts.First(c => c.Id == best.Id), false);
        }

        var journal = await turn.StartJournalAsync(ct);
        var contact = new Contact
        {
            TeamId = turn.Team.Id,
            Account = account,
            Name = clean,
            NormalizedName = key,
            CreatedAt = turn.Now,
            JournalEntryId = journal.Id,
        };
        turn.Db.Contacts.Add(contact);
        return (contact, true);
    }
}
