using SalesBot.Core.Features.Activities;

namespace SalesBot.Core.Conversation.Languages.English;

public sealed partial class EnglishReplies
{
    public override string ActivityLogged(ActivityLogged a)
    {
        var with = a.With is null ? "" : $" with {a.With}";
        var when = a.HappenedOn == a.Today ? "" : $" ({Day(a.HappenedOn, a.Today)})";
        var lines = new List<string> { $"✓ Logged {WithArticle(Noun(a.Type))}{with}{when}." };
        if (a.NewAccount is not null)
        {
            lines.Add($"New account: {a.NewAccount}.");
        }

        if (a.NewContact is not null)
        {
            lines.Add($"New contact: {a.NewContact}" + (a.NewContactAt is not null ? $" at {a.NewContactAt}." : "."));
        }

        if (a.Deal is not null && a.DealStage is { } stage)
        {
            lines.Add($"Deal: {a.Deal} ({Stage(stage)}).");
        }

        if (a.Colleagues.Count > 0)
        {
            lines.Add($"With {string.Join(", ", a.Colleagues)}.");
        }

        if (a.ThisWeek is { } count)
        {
            lines.Add($"That's {Quantity(a.Type, count)} this week.");
        }

        return string.Join(' ', lines);
    }
}
