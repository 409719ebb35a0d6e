using FuzzySharp;

namespace SalesBot.Core.Conversation.Replies;

/// <summary>The fixed things the bot says. Short, friendly, with an example the member can copy.</summary>
public static class Texts
{
    public const int MaxMessageLength = 4000;

    /// <summary>One example per capability: help shows them, "did you mean" picks the closest.</summary>
    public static readonly IReadOnlyList<(string Capability, string Example)> Examples =
    [
        ("log an activity", "logged a meeting with Northwind"),
        ("log a call", "call with Contoso yesterday about the renewal"),
        ("create a deal", "new deal Contoso upgrade 40k"),
        ("move a deal", "Contoso upgrade to proposal"),
        ("win a deal", "won Fabrikam"),
        ("set an amount or close date", "Contoso upgrade amount 45k close Dec 15"),
        ("add a task", "remind me to call Kevin on Friday"),
        ("finish a task", "done call Kevin"),
        ("plan your day", "plan: Contoso proposal, call Kevin, demo for Fabrikam"),
        ("see your pipeline", "my pipeline"),
        ("see deals in a stage", "pipeline in negotiation"),
        ("see an account", "show Contoso"),
        ("see your tasks", "my tasks"),
        ("see the stand-up", "standup"),
        ("see KPIs", "team KPIs last week"),
        ("take back your last entry", "undo"),
    ];

    public static string Help() =>
        "I write what you tell me into the CRM. Try:\n"
        + string.Join('\n', Examples.Select(e => $"• {e.Example}"))
        + "\nEvery entry has an Undo button, or just type \"undo\".";

    public static string NotUnderstood(string text)
    {
        // Fuzzy score alone pairs anything with something; a shared real word keeps "did you mean" honest.
        var words = Words(text);
        var best = Examples
            .Where(e => Words(e.Example).Overlaps(words))
            .Select(e => (e.Capability, e.Example, Score: Fuzz.TokenSetRatio(text.ToLowerInvariant(), e.Example.ToLowerInvariant())))
            .OrderByDescending(e => e.Score)
            .FirstOrDefault();
        var suggestion = best.Score >= 45
            ? $"Did you mean to {best.Capability}? For example: \"{best.Example}\"."
            : "For example: \"logged a meeting with Northwind\", \"Contoso upgrade to proposal\" or \"my pipeline\".";
        return "I didn't catch that, so I wrote nothing. " + suggestion + "\nType \"help\" for everything I can do.";
    }

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '.', ':', '!', '?', '"', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && w is not "with" and not "about" and not "this" and not "that" and not "what" and not "last")
            .ToHashSet(StringComparer.Ordinal);

    public static string ChitChat(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t.StartsWith("thank", StringComparison.Ordinal) || t is "thx" or "ty")
        {
            return "You're welcome!";
        }

        var first = t.Split([' ', ',', '!', '.'], StringSplitOptions.RemoveEmptyEntries);
        var greeting = first.Length is > 0 and <= 4
            && (first[0] is "hi" or "hello" or "hey" or "morning" or "/start" || (first.Length > 1 && first[0] == "good" && first[1] is "morning" or "afternoon" or "evening"));
        if (greeting)
        {
            return "Hi! Tell me what you did, e.g. \"logged a call with Contoso\", or type \"help\".";
        }

        return "";
    }

    public static string Stranger(string channel) =>
        "Hi! I don't know you yet, so I can't write anything for you. "
        + $"Ask your manager to type \"invite <your name>\" to me; they get a code, then send me \"/join CODE\" here ({channel}).";

    public static string TooLong(int length) =>
        $"That message is {length:N0} characters long; I take up to {MaxMessageLength:N0}. Please send it in shorter pieces. Nothing was written.";

    public static string Apology() =>
        "Sorry, something went wrong on my side and nothing was written. Please try again in a moment.";

    public static string LowConfidence(string text) => NotUnderstood(text);
}
