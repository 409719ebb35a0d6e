using Microsoft.EntityFrameworkCore;
using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Resolution;
using SalesBot.Core.Conversation.Outcomes;

namespace SalesBot.Core.Features.Accounts;

/// <summary>"who's our contact at woodgrove": the account's contacts with role and e-mail.</summary>
public static class ShowContacts
{
    public sealed record Command(string Account)
    {
        public static Command? From(ParsedCommand p) => (p.Account ?? p.Deal) is { Length: > 0 } a ? new Command(a) : null;
    }

    public static TurnResult Missing() => new(new ArgumentMissing(Intent.ShowContacts));

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        var resolved = await Resolve.AccountAsync(turn, cmd.Account, mayCreate: false, ct);
        if (resolved.Answer is not null)
        {
            return resolved.Answer;
        }

        var account = resolved.Record!;
        var contacts = await turn.Db.Contacts.AsNoTracking().Where(c => c.AccountId == account.Id).OrderBy(c => c.Name)
            .Select(c => new { c.Name, c.Role, c.Email }).Take(20).ToListAsync(ct);
        if (contacts.Count == 0)
        {
            return new TurnResult($"I have no contacts at {account.Name} yet. Add one: \"add contact: Sarah Lee, CFO at {account.Name}\".");
        }

        var lines = contacts.Select(c => "• " + c.Name + (c.Role is null ? "" : $", {c.Role}") + (c.Email is null ? "" : $", {c.Email}"));
        return new TurnResult(string.Join('\n', lines)) { Title = new Said($"Contacts at {account.Name}") };
    }
}
