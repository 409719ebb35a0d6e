using SalesBot.Core.Features.Accounts;

namespace SalesBot.Core.Conversation.Languages.Polish;

public sealed partial class PolishReplies
{
    public override string ContactExists(ContactExists o) =>
        $"{o.Name} już jest w kontaktach" + (o.Account is null ? "." : $" ({o.Account}).") + " Nic nie zostało zapisane.";

    public override string ContactAdded(ContactAdded o)
    {
        var details = string.Join(", ", new[] { o.Role, o.Email }.Where(x => !string.IsNullOrEmpty(x)));
        return $"✓ Nowy kontakt: {o.Name}" + (details.Length > 0 ? $" ({details})" : "") + (o.Account is null ? "." : $" — {o.Account}.")
            + (o.NewAccount ? $" Nowy klient: {o.Account}." : "");
    }

    public override string NoContactsYet(NoContactsYet o) =>
        $"Nie ma jeszcze kontaktów dla {o.Account}. Dodaj np.: „dodaj kontakt: Anna Nowak, CFO w {o.Account}”.";

    public override string ContactsShown(ContactsShown o) =>
        string.Join('\n', o.Contacts.Select(c => "• " + c.Name + (c.Role is null ? "" : $", {c.Role}") + (c.Email is null ? "" : $", {c.Email}")));

    public override string? ContactsShownTitle(ContactsShown o) => $"Kontakty: {o.Account}";

    public override string AccountShown(AccountShown o)
    {
        var lines = new List<string>
        {
            o.Deals.Count == 0
                ? "Otwarte szanse: brak"
                : "Otwarte szanse: " + string.Join("; ", o.Deals.Select(d => $"{d.Name}, {Stage(d.Stage)}" + (d.Amount is { } amount ? $", {Money(amount)}" : "") + $" ({d.Owner})")),
        };
        if (o.Activities.Count == 0)
        {
            lines.Add("Brak aktywności.");
        }
        else
        {
            lines.Add("Ostatnie aktywności:");
            lines.AddRange(o.Activities.Select(a =>
                $"• {Noun(a.Type)}" + (a.Contact is null ? "" : $" z {a.Contact}") + $" — {a.Member}"
                + (a.Others is { } with ? $" i {with}" : "") + $", {Ago(a.HappenedOn, o.Today)}"
                + (string.IsNullOrWhiteSpace(a.Notes) ? "" : $": {Replies.Format.Clip(a.Notes, 80)}")));
        }

        if (o.Contacts.Count > 0)
        {
            lines.Add("Kontakty: " + string.Join(", ", o.Contacts));
        }

        if (o.Tasks.Count > 0)
        {
            lines.Add("Otwarte zadania: " + string.Join("; ", o.Tasks.Select(t => t.Title + (t.Due is { } d ? $" ({Day(d, o.Today)})" : "") + $" – {t.Owner}")));
        }

        return string.Join('\n', lines);
    }

    public override string? AccountShownTitle(AccountShown o) => o.Account;
}
