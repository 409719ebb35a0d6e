using SalesBot.Core.Features.Accounts;

namespace SalesBot.Core.Conversation.Languages.Russian;

public sealed partial class RussianReplies
{
    public override string ContactExists(ContactExists o) =>
        $"{o.Name} уже есть в контактах" + (o.Account is null ? "." : $" ({o.Account}).") + " Ничего не записано.";

    public override string ContactAdded(ContactAdded o)
    {
        var details = string.Join(", ", new[] { o.Role, o.Email }.Where(x => !string.IsNullOrEmpty(x)));
        return $"✓ Новый контакт: {o.Name}" + (details.Length > 0 ? $" ({details})" : "") + (o.Account is null ? "." : $" — {o.Account}.")
            + (o.NewAccount ? $" Новый клиент: {o.Account}." : "");
    }

    public override string NoContactsYet(NoContactsYet o) =>
        $"У {o.Account} пока нет контактов. Добавьте, например: «добавь контакт: Анна Иванова, финдиректор в {o.Account}».";

    public override string ContactsShown(ContactsShown o) =>
        string.Join('\n', o.Contacts.Select(c => "• " + c.Name + (c.Role is null ? "" : $", {c.Role}") + (c.Email is null ? "" : $", {c.Email}")));

    public override string? ContactsShownTitle(ContactsShown o) => $"Контакты: {o.Account}";

    public override string AccountShown(AccountShown o)
    {
        var lines = new List<string>
        {
            o.Deals.Count == 0
                ? "Открытые сделки: нет"
                : "Открытые сделки: " + string.Join("; ", o.Deals.Select(d => $"{d.Name}, {Stage(d.Stage)}" + (d.Amount is { } amount ? $", {Money(amount)}" : "") + $" ({d.Owner})")),
        };
        if (o.Activities.Count == 0)
        {
            lines.Add("Активностей пока нет.");
        }
        else
        {
            lines.Add("Последние активности:");
            lines.AddRange(o.Activities.Select(a =>
                $"• {Noun(a.Type)}" + (a.Contact is null ? "" : $" с {a.Contact}") + $" — {a.Member}"
                + (a.Others is { } with ? $" и {with}" : "") + $", {Ago(a.HappenedOn, o.Today)}"
                + (string.IsNullOrWhiteSpace(a.Notes) ? "" : $": {Replies.Format.Clip(a.Notes, 80)}")));
        }

        if (o.Contacts.Count > 0)
        {
            lines.Add("Контакты: " + string.Join(", ", o.Contacts));
        }

        if (o.Tasks.Count > 0)
        {
            lines.Add("Открытые задачи: " + string.Join("; ", o.Tasks.Select(t => t.Title + (t.Due is { } d ? $" ({Day(d, o.Today)})" : "") + $" – {t.Owner}")));
        }

        return string.Join('\n', lines);
    }

    public override string? AccountShownTitle(AccountShown o) => o.Account;
}
