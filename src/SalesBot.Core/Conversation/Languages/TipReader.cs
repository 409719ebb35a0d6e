using System.Text.RegularExpressions;
using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Conversation.Languages;

/// <summary>
/// Reads "HEAD: text" as a tip to share and a whole "best tips" message as the ask for the list, in one language's
/// <see cref="TipWords"/>. The tip's text is kept as written (it is posted to the team as the rep wrote it).
/// </summary>
internal sealed class TipReader
{
    private readonly TipWords _w;
    private readonly Regex? _tip;
    private readonly Regex? _best;

    // Every reader is asked about every message, in every language: the regexes run only when the first word could
    // open a head and the last word could end a best-tips phrase.
    private readonly PhraseFinder _heads;
    private readonly WordGate _bestTails;

    public TipReader(TipWords words)
    {
        _w = words;
        _tip = words.Heads.Count == 0 ? null
            : new Regex($@"^\s*(?:{Phrases.Alt(words.Heads)})\s*[:\-–—]\s*(?<tip>.*?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);
        _heads = Phrases.Find(words.Heads);
        _bestTails = WordGate.Tails(words.BestTips);
        _best = words.BestTips.Count == 0 ? null : Phrases.Build($@"^\s*(?:{Phrases.Alt(words.BestTips)})\s*[?!.]*\s*$");
    }

    public string Code => _w.Code;

    public ParsedCommand? TryRead(string text)
    {
        if (_tip is not null && _heads.Opens(text.TrimStart()) && _tip.Match(text) is { Success: true } m)
        {
            var tip = m.Groups["tip"].Value;
            return new ParsedCommand(Intent.ShareTip, tip.Length == 0 ? 0.6 : 0.9) { Title = tip.Length == 0 ? null : tip, Language = _w.Code };
        }

        return _best is not null && _bestTails.EndsLikeOne(text) && _best.IsMatch(text) ? new ParsedCommand(Intent.BestTips, 0.9) { Language = _w.Code } : null;
    }
}
