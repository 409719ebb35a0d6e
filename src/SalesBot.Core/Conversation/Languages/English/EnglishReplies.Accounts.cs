using SalesBot.Core.Features.Accounts;

namespace SalesBot.Core.Conversation.Languages.English;

public sealed partial class EnglishReplies
{
    public override string ContactExists(ContactExists o) =>
        $"{o.Name} is already a contact" + (o.Account is null ? "." : $" at {o.Account}.") + " Nothing was written.";

    public override string ContactAdded(ContactAdded o)
    {
        var details = string.Join(", ", new[] { o.Role, o.Email }.Where(x => !string.IsNullOrEmpty(x)));
        return $"✓ New contact: {o.Name}" + (details.Length > 0 ? $" ({details})" : "") + (o.Account is null ? "." : $" at {o.Account}.")
            + (o.NewAccount ? $" New account: {o.Account}." : "");
    }

    public override string NoContactsYet(NoContactsYet o) =>
        $"I have no contacts at {o.Account} yet. Add one: \"add contact: Sarah Lee, CFO at {o.Account}\".";

    public override string ContactsShown(ContactsShown o) =>
        string.Join('\n', o.Contacts.Select(c => "• " + c.Name + (c.Role is null ? "" : $", {c.Role}") + (c.Email is null ? "" : $", {c.Email}")));

    public override string? ContactsShownTitle(ContactsShown o) => $"Contacts at {o.Account}";

    public override string AccountShown(AccountShown o)
    {
        var lines = new List<string>
        {
            o.Deals.Count == 0
                ? "Open deals: none"
                : "Open deals: " + string.Join("; ", o.Deals.Select(d => $"{d.Name}, {Stage(d.Stage)}" + (d.Amount is { } amount ? $", {Money(amount)}" : "") + $" ({d.Owner})")),
        };
        if (o.Activities.Count == 0)
        {
            lines.Add("No activities yet.");
        }
        else
        {
            lines.Add("Last activities:");
            lines.AddRange(o.Activities.Select(a =>
                $"• {Noun(a.Type)}" + (a.Contact is null ? "" : $" with {a.Contact}") + $" by {a.Member}"
                + (a.Others is { } with ? $" and {with}" : "") + $", {Ago(a.HappenedOn, o.Today)}"
                + (string.IsNullOrWhiteSpace(a.Notes) ? "" : $": {Replies.Format.Clip(a.Notes, 80)}")));
        }

        if (o.Contacts.Count > 0)
        {
            lines.Add("Contacts: " + string.Join(", ", o.Contacts));
        }

        if (o.Tasks.Count > 0)
        {
            lines.Add("Open tasks: " + string.Join("; ", o.Tasks.Select(t => t.Title + (t.Due is { } d ? $" ({Day(d, o.Today)})" : "") + $" – {t.Owner}")));
        }

        return string.Join('\n', lines);
    }

    public override string? AccountShownTitle(AccountShown o) => o.Account;
}
