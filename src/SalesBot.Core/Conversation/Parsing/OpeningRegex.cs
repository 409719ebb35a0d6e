using System.Text.RegularExpressions;

namespace SalesBot.Core.Conversation.Parsing;

/// <summary>
/// A regex anchored at the start of the text behind a word gate: it runs only when the text opens with a word one of
/// its opening phrases starts with (or when <c>alsoWhen</c> says so), and otherwise fails at the cost of one lookup.
/// The gate must hold for every text the regex matches; build it from the list the pattern opens with.
/// </summary>
internal sealed class OpeningRegex(Regex regex, PhraseFinder openers, Func<string, bool>? alsoWhen = null)
{
    public Match Match(string text) => Opens(text) ? regex.Match(text) : System.Text.RegularExpressions.Match.Empty;

    public bool IsMatch(string text) => Opens(text) && regex.IsMatch(text);

    private bool Opens(string text) => openers.Opens(text) || (alsoWhen is not null && alsoWhen(text));
}
