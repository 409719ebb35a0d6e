using SalesBot.Core.Features.Activities;

namespace SalesBot.Core.Conversation.Languages.Russian;

public sealed partial class RussianReplies
{
    // A list of facts ("Zapisano: spotkanie z Northwind") keeps names in their base form, which the bot cannot decline.
    public override string ActivityLogged(ActivityLogged a)
    {
        var with = a.With is null ? "" : $" с {a.With}";
        var when = a.HappenedOn == a.Today ? "" : $" ({Day(a.HappenedOn, a.Today)})";
        var lines = new List<string> { $"✓ Записано: {Noun(a.Type)}{with}{when}." };
        if (a.NewAccount is not null)
        {
            lines.Add($"Новый клиент: {a.NewAccount}.");
        }

        if (a.NewContact is not null)
        {
            lines.Add($"Новый контакт: {a.NewContact}" + (a.NewContactAt is not null ? $" ({a.NewContactAt})." : "."));
        }

        if (a.Deal is not null && a.DealStage is { } stage)
        {
            lines.Add($"Сделка: {a.Deal} ({Stage(stage)}).");
        }

        if (a.Colleagues.Count > 0)
        {
            lines.Add($"Участники: {string.Join(", ", a.Colleagues)}.");
        }

        if (a.ThisWeek is { } count)
        {
            lines.Add($"На этой неделе: {Quantity(a.Type, count)}.");
        }

        return string.Join(' ', lines);
    }

    public override string NoActivityWith(NoActivityWith o) => $"По {o.Account} пока ничего не записано.";

    public override string LastContact(LastContact o) =>
        $"Последний контакт с {o.Account}: {o.Member} — {Noun(o.Type)}" + (o.Contact is null ? "" : $" с {o.Contact}")
        + $", {Ago(o.HappenedOn, o.Today)} ({ShortDate(o.HappenedOn)})"
        + (string.IsNullOrWhiteSpace(o.Notes) ? "." : $": {Replies.Format.Clip(o.Notes, 120)}");
}
