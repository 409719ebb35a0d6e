using SalesBot.Core.Features.Activities;

namespace SalesBot.Core.Conversation.Languages.Polish;

public sealed partial class PolishReplies
{
    // A list of facts ("Zapisano: spotkanie z Northwind") keeps names in their base form, which the bot cannot decline.
    public override string ActivityLogged(ActivityLogged a)
    {
        var with = a.With is null ? "" : $" z {a.With}";
        var when = a.HappenedOn == a.Today ? "" : $" ({Day(a.HappenedOn, a.Today)})";
        var lines = new List<string> { $"✓ Zapisano: {Noun(a.Type)}{with}{when}." };
        if (a.NewAccount is not null)
        {
            lines.Add($"Nowy klient: {a.NewAccount}.");
        }

        if (a.NewContact is not null)
        {
            lines.Add($"Nowy kontakt: {a.NewContact}" + (a.NewContactAt is not null ? $" ({a.NewContactAt})." : "."));
        }

        if (a.Deal is not null && a.DealStage is { } stage)
        {
            lines.Add($"Szansa: {a.Deal} ({Stage(stage)}).");
        }

        if (a.Colleagues.Count > 0)
        {
            lines.Add($"Uczestnicy: {string.Join(", ", a.Colleagues)}.");
        }

        if (a.ThisWeek is { } count)
        {
            lines.Add($"W tym tygodniu: {Quantity(a.Type, count)}.");
        }

        return string.Join(' ', lines);
    }
}
