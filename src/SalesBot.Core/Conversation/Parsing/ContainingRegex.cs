using System.Text.RegularExpressions;

namespace SalesBot.Core.Conversation.Parsing;

/// <summary>
/// A regex behind a phrase test: it runs only when the text holds one of the phrases as a whole word, which every
/// text it matches does, and otherwise fails at the cost of one lookup per word. Build it only from a list the pattern
/// requires inside its match (not in a lookaround), as <c>Phrases.Words(list)</c> or an alternation of the list
/// bounded by spaces or word boundaries: an unanchored alternation of many phrases is tried at nearly every letter.
/// </summary>
internal sealed class ContainingRegex(Regex regex, PhraseFinder? required)
{
    public Match Match(string text) => required is null || required.IsMatch(text) ? regex.Match(text) : System.Text.RegularExpressions.Match.Empty;

    public bool IsMatch(string text) => (required is null || required.IsMatch(text)) && regex.IsMatch(text);
}
