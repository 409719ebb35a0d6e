using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Conversation.Resolution;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Features.Activities;

/// <summary>"logged a meeting with Northwind", "call with Maria from Contoso yesterday": one activity, new account or contact created on the spot.</summary>
public static class LogActivity
{
    public sealed record Command(ActivityType Type, string? Account, string? Contact, string? Deal, DateOnly? HappenedOn,
        TimeOnly? At, string? Notes, IReadOnlyList<string> Colleagues)
    {
        public static Command From(ParsedCommand p) =>
            new(p.Activity ?? ActivityType.Note, p.Account, p.Contact, p.Deal, p.Date, p.Time, p.Notes, p.Colleagues ?? []);
    }

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        if (await ColleagueAsAccountAsync(turn, cmd, ct) is { } named)
        {
            // "visited Tailspin on Monday w/ Ben": a colleague is a participant, never a new account.
            cmd = cmd with { Account = null, Colleagues = [.. cmd.Colleagues, named] };
        }

        Account? account = null;
        var accountCreated = false;
        Deal? deal = null;

        if (!string.IsNullOrWhiteSpace(cmd.Deal) && cmd.Deal != cmd.Account)
        {
            var found = await Resolve.DealAsync(turn, cmd.Deal, ct);
            if (found.Answer is { Buttons.Count: > 0 })
            {
                return found.Answer;
            }

            deal = found.Record;
            account = deal?.Account;
        }

        if (account is null && !string.IsNullOrWhiteSpace(cmd.Account))
        {
            var resolved = await Resolve.AccountAsync(turn, cmd.Account, mayCreate: true, ct);
            if (resolved.Answer is not null)
            {
                return resolved.Answer;
            }

            account = resolved.Record;
            accountCreated = resolved.Created;
        }

        Contact? contact = null;
        var contactCreated = false;
        if (!string.IsNullOrWhiteSpace(cmd.Contact))
        {
            (contact, contactCreated) = await Resolve.ContactAsync(turn, cmd.Contact, account, ct);
            if (account is null && contact.AccountId is { } contactAccount)
            {
                account = await turn.Db.Accounts.FirstOrDefaultAsync(a => a.Id == contactAccount, ct);
            }
        }

        if (deal is null && account is not null && !accountCreated)
        {
            // An account with exactly one open deal: the activity belongs to it, so reports can show deal activity.
            var open = await HotQueries.OpenDealsOfAccount(turn.Db, account.Id).ToListAsync(ct);
            deal = open.Count == 1 ? open[0] : null;
        }

        var participants = new List<Member>();
        foreach (var name in cmd.Colleagues)
        {
            if (await MemberResolver.FindAsync(turn.Db, turn.Team.Id, name, ct) is { } colleague && colleague.Id != turn.Member.Id
                && participants.All(p => p.Id != colleague.Id))
            {
                participants.Add(colleague);
            }
        }

        var journal = await turn.StartJournalAsync(ct);
        var happened = cmd.HappenedOn is { } day && day <= turn.Today ? day : turn.Today;
        var activity = new Activity
        {
            TeamId = turn.Team.Id,
            MemberId = turn.Member.Id,
            Type = cmd.Type,
            HappenedOn = happened,
            HappenedAt = cmd.At,
            RecordedAt = turn.Now,
            Account = account,
            Contact = contact,
            DealId = deal?.Id,
            Notes = cmd.Notes is null ? null : Format.Clip(cmd.Notes, 2000),
            SourceMessageId = turn.SourceMessageId,
            SourceText = Format.Clip(turn.SourceText, 2000),
            JournalEntryId = journal.Id,
            Participants = participants.Select(p => new ActivityParticipant { MemberId = p.Id }).ToList(),
        };
        turn.Db.Activities.Add(activity);

        journal.Record(new WroteActivity(cmd.Type, account?.Name ?? contact?.Name, happened, accountCreated ? account!.Name : null));

        var weekStart = IsoWeek.MondayOf(turn.Today);
        var thisWeek = 1 + await HotQueries.ActivitiesBetween(turn.Db, turn.Member.Id, cmd.Type, weekStart, weekStart.AddDays(6), ct);

        return new TurnResult(new ActivityLogged(
            cmd.Type,
            account?.Name ?? contact?.Name,
            happened,
            turn.Today,
            accountCreated ? account!.Name : null,
            contactCreated ? contact!.Name : null,
            contactCreated ? account?.Name : null,
            deal?.Name,
            deal?.Stage,
            participants.Select(p => p.Name).ToList(),
            happened >= weekStart ? thisWeek : null));
    }

    /// <summary>The account named is no account of the team but exactly a member's name or unique first name.</summary>
    private static async Task<string?> ColleagueAsAccountAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(cmd.Account) || await HotQueries.AccountByKey(turn.Db, turn.Team.Id, CompanyName.Normalize(cmd.Account), ct) is not null)
        {
            return null;
        }

        var key = CompanyName.NormalizePlain(cmd.Account);
        var names = await turn.Db.Members.AsNoTracking().Where(m => m.TeamId == turn.Team.Id).Select(m => m.NormalizedName).ToListAsync(ct);
        var matches = names.Count(n => n == key || n.Split(' ')[0] == key);
        return matches == 1 ? cmd.Account : null;
    }
}
