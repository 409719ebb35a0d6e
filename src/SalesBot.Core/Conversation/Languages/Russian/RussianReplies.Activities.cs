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
}
