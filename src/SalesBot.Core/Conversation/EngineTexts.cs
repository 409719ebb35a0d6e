using Humanizer;
using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Conversation.Replies;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Conversation;

/// <summary>
/// The English sentences the engine's own parts write (proposals, guards, undo questions), one small method
/// each so they can move into a language pack as they are. The typed words "yes" and "no" live here too.
/// </summary>
public static class EngineTexts
{
    public const string Yes = "Yes";
    public const string No = "No";
    public const string Create = "Create";
    public const string Cancel = "Cancel";

    private static readonly HashSet<string> YesWords = new(StringComparer.OrdinalIgnoreCase) { "yes", "y", "yep", "yeah", "sure", "ok", "okay", "correct", "right" };
    private static readonly HashSet<string> NoWords = new(StringComparer.OrdinalIgnoreCase) { "no", "n", "nope", "cancel", "wrong" };

    /// <summary>A typed answer to a yes/no question: true, false, or null when the text is something else.</summary>
    public static bool? YesOrNo(string text)
    {
        var t = text.Trim().TrimEnd('.', '!');
        return YesWords.Contains(t) ? true : NoWords.Contains(t) ? false : null;
    }


    /// <summary>"Log a call with Contoso today?": what the bot understood, as a question.</summary>
    public static string Propose(IReadOnlyList<ParsedCommand> commands, DateOnly today) =>
        string.Join(", then ", commands.Select((c, i) => i == 0 ? Describe(c, today) : Lower(Describe(c, today)))) + "?";

    public static string Describe(ParsedCommand p, DateOnly today)
    {
        var on = p.Date is { } day ? " " + Format.Day(day, today) : "";
        var what = p.Deal ?? p.Account ?? p.Contact ?? "";
        switch (p.Intent)
        {
            case Intent.LogActivity:
                var party = p.Account is { } a ? (p.Contact is { } c ? $" with {c} at {a}" : $" with {a}") : p.Contact is { } only ? $" with {only}" : "";
                var with = p.Colleagues is { Count: > 0 } colleagues ? $" (with {string.Join(", ", colleagues)})" : "";
                return $"Log {Format.WithArticle(Format.Noun(p.Activity ?? ActivityType.Note))}{party}{with} {(p.Date is { } d ? Format.Day(d, today) : "today")}";
            case Intent.CreateDeal:
                return $"Create the deal {what}" + (p.Amount is null ? "" : $" at {Format.Money(p.Amount, p.Currency)}");
            case Intent.MoveDeal when p.Stage is { } stage:
                return $"Move {what} to {stage}" + (p.Reason is { } reason ? $" ({reason})" : "");
            case Intent.UpdateDeal:
                var changes = new List<string>();
                if (p.Amount is not null)
                {
                    changes.Add($"amount {Format.Money(p.Amount, p.Currency)}");
                }

                if (p.Date is { } close)
                {
                    changes.Add($"closing {Format.Day(close, today)}");
                }

                if (p.Stage is { } to)
                {
                    changes.Add($"stage {to}");
                }

                return $"Change {what}: {string.Join(", ", changes)}";
            case Intent.AddTask:
                return $"Add the task \"{p.Title}\"{on}";
            case Intent.CompleteTask:
                return $"Mark \"{p.Title}\" done";
            case Intent.SetPlan:
                return $"Set today's plan: {string.Join(", ", p.Items ?? [])}";
            default:
                return $"Do \"{p.Intent.ToWireName()}\"" + (what.Length > 0 ? $" for {what}" : "");
        }
    }

    private static string Lower(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];


    /// <summary>" (Anna's deal)": said whenever a member changes a deal someone else owns.</summary>
    public static string OwnedBy(string? owner) => owner is null ? "" : $" ({owner}'s deal)";

    public static string ReopenClosed(string deal, DealStage stage, DealStage to) => $"{deal} is {stage}. Move it to {to}?";

    public static string UndoOlder(string summary, TimeSpan ago) =>
        $"The last thing I wrote for you was {summary}, {Ago(ago)}. Undo it?";

    public static string NewAccount(string name) => $"New account \"{name}\"?";

    private static string Ago(TimeSpan span) => span < TimeSpan.FromMinutes(1)
        ? "just now"
        : span.Humanize(precision: 1, culture: System.Globalization.CultureInfo.GetCultureInfo("en-US"), minUnit: Humanizer.Localisation.TimeUnit.Minute) + " ago";




}
