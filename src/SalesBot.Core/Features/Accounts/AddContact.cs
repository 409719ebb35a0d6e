using SalesBot.Core.Conversation;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Conversation.Resolution;
using SalesBot.Core.Crm;
using SalesBot.Core.Conversation.Outcomes;

namespace SalesBot.Core.Features.Accounts;

/// <summary>"add contact: Sarah Lee, CFO at Fabrikam, sarah.lee@fabrikam.com": a contact with role and e-mail at an account.</summary>
public static class AddContact
{
    public sealed record Command(string Name, string? Account, string? Role, string? Email)
    {
        public static Command? From(ParsedCommand p) => p.Contact is { Length: > 0 } name ? new Command(name, p.Account, p.Role, p.Email) : null;
    }

    public static TurnResult Missing() => new(new ArgumentMissing(Intent.AddContact));

    public static async Task<TurnResult> HandleAsync(Turn turn, Command cmd, CancellationToken ct)
    {
        Account? account = null;
        var accountCreated = false;
        if (!string.IsNullOrWhiteSpace(cmd.Account))
        {
            var resolved = await Resolve.AccountAsync(turn, cmd.Account, mayCreate: true, ct);
            if (resolved.Answer is not null)
            {
                return resolved.Answer;
            }

            (account, accountCreated) = (resolved.Record, resolved.Created);
        }

        var (contact, created) = await Resolve.ContactAsync(turn, cmd.Name, account, ct);
        if (!created)
        {
            return new TurnResult(new ContactExists(contact.Name, account?.Name));
        }

        var journal = await turn.StartJournalAsync(ct);

        contact.Role = cmd.Role is null ? null : Format.CleanName(cmd.Role, 100);
        contact.Email = cmd.Email is null ? null : Format.CleanName(cmd.Email, 200);
        journal.Record(new WroteContact(contact.Name, accountCreated ? account!.Name : null));
        return new TurnResult(new ContactAdded(contact.Name, contact.Role, contact.Email, account?.Name, accountCreated));
    }
}
