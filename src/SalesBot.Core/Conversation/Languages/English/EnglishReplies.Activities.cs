using System.Globalization;
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

    public override string NoActivityWith(NoActivityWith o) => $"Nobody has logged anything with {o.Account} yet.";

    public override string LastContact(LastContact o) =>
        $"{o.Member} had the last contact with {o.Account}: {WithArticle(Noun(o.Type))}"
        + (o.Contact is null ? "" : $" with {o.Contact}") + $", {Ago(o.HappenedOn, o.Today)} ({MonthDay(o.HappenedOn)})"
        + (string.IsNullOrWhiteSpace(o.Notes) ? "." : $": {Replies.Format.Clip(o.Notes, 120)}");

    /// <summary>"Nov 18": how replies have always named a day in a sentence.</summary>
    private static string MonthDay(DateOnly day) => day.ToString("MMM d", CultureInfo.InvariantCulture);
}
