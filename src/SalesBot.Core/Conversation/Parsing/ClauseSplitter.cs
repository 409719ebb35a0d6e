using System.Text.RegularExpressions;

namespace SalesBot.Core.Conversation.Parsing;

/// <summary>
/// Cuts a message into clauses where a new fact starts: at a sentence end, a semicolon, a comma or a
/// conjunction ("and", "then") followed by a word that opens a command (an activity, task or deal verb).
/// Never inside a lexicon name ("Tailspin Toys and Co" stays whole when the team knows it).
/// </summary>
internal sealed class ClauseSplitter
{
    private readonly Regex _boundary;
    private readonly Regex _headAhead;
    private readonly PhraseFinder? _headWords;
    private readonly HashSet<string> _starters;
    private readonly HashSet<string> _skip;
    private readonly HashSet<string> _infinitive;
    private readonly Regex _colon;
    private readonly Regex _moveAhead;
    private readonly Regex _stageAhead;

    public ClauseSplitter(Vocabulary v)
    {
        var connectors = Phrases.Alt(v.ClauseConnectors);
        // A comma between digits groups thousands ("€32,500"): no boundary.
        _boundary = Phrases.Build($@"(?:\s*(?<strong>[;!?]|\.(?=\s)|\n)[\s!?.]*|\s*(?:(?<!\d),|,(?!\d))\s*|\s+-\s+)(?:(?:{connectors})\s+)*|\s+(?:{connectors})\s+");
        // A reminder head after a space starts a clause too. That lookahead, tried at every space, cost more than the
        // rest of the split, so it is a regex of its own, run only when a head's first word is in the text at all.
        var heads = v.TaskHeads.Where(h => h.Contains(' ', StringComparison.Ordinal) || h.EndsWith(':')).ToList();
        _headAhead = Phrases.Build($@"\s+(?=(?:{Phrases.Alt(heads)})(?![\w]))");
        _headWords = Phrases.Gate(heads);
        // "call w/ kevin: Contoso upgrade to negotiation, ...": after a colon, a stage move is a fact of its own.
        _colon = Phrases.Build(@"\s*:\s+");
        _moveAhead = Phrases.Build($@"\G[^,;.:\n]{{1,60}}?\s(?:{Phrases.Alt(v.MoveLinks)})\s*(?:(?:{Phrases.Join(v.DefiniteArticles)})\s+)?(?:{Phrases.Alt(v.StagePhrases.Keys)})(?![\w])");
        // "Sterling Cooper won, Bluth lost": a name and a stage word that end the clause are a move of their own.
        _stageAhead = Phrases.Build($@"\G(?:[\w'&.\-]+\s+){{0,3}}?(?:{Phrases.Alt(v.StagePhrases.Keys)})(?=[\s!.?]*(?:$|[,;]))");
        _starters = Phrases.Set(v.ClauseStarters
            .Concat(v.ActivityPhrases.Keys.Select(FirstWord))
            .Concat(v.SendVerbs.Select(FirstWord))
            .Concat(v.TaskHeads.Select(FirstWord))
            .Concat(v.IntentionHeads.Select(FirstWord))
            .Concat(v.ImperativeVerbs)
            .Concat(v.TaskVerbs.Select(FirstWord))
            .Concat(v.ScheduleVerbs.Select(FirstWord))
            .Concat(v.CreateDealHeads.Select(FirstWord))
            .Where(w => w.Length > 0 && !v.NotNames.Contains(w, StringComparer.OrdinalIgnoreCase) && !v.NameStopWords.Contains(w, StringComparer.OrdinalIgnoreCase)));
        _infinitive = Phrases.Set(v.InfinitiveMarkers);
        _skip = Phrases.Set(v.ClauseConnectors.Concat(v.ClauseSkipWords).Where(w => !w.Contains(' ', StringComparison.Ordinal)));
    }

    private static string FirstWord(string phrase)
    {
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? phrase : phrase[..space];
    }

    /// <summary>The clauses of <paramref name="text"/>, or a single one when no new fact starts anywhere.</summary>
    public List<string> Split(string text, List<LexiconHit> hits)
    {
        var pieces = new List<string>();
        var start = 0;
        var colon = _colon.Match(text);
        if (colon.Success && !Inside(colon.Index, hits) && _moveAhead.IsMatch(text, colon.Index + colon.Length))
        {
            pieces.Add(text[..colon.Index]);
            start = colon.Index + colon.Length;
        }

        var heads = _headWords is null || _headWords.IsMatch(text);
        for (var m = Boundary(text, start, heads); m.Success; m = Boundary(text, m.Index + m.Length, heads))
        {
            // A sentence end always may start a new fact; a comma or "and" only before a verb or a name the team knows.
            // "called priya at northwind, pilot moves to proposal": a short clause that moves a deal to a stage is a fact of its own.
            if (m.Index <= start || Inside(m.Index, hits) || !(m.Groups["strong"].Success || OpensClause(text, m.Index + m.Length) || StartsName(m.Index + m.Length, hits)
                || _stageAhead.IsMatch(text, m.Index + m.Length) || _moveAhead.IsMatch(text, m.Index + m.Length)))
            {
                continue;
            }

            pieces.Add(text[start..m.Index]);
            start = m.Index + m.Length + InfinitiveLength(text, m.Index + m.Length);
        }

        if (pieces.Count == 0)
        {
            return [text];
        }

        pieces.Add(text[start..]);
        pieces.RemoveAll(p => Phrases.Clean(p).Length == 0);
        return pieces;
    }

    /// <summary>The first boundary at or after <paramref name="at"/>, as one regex with the head lookahead as its last branch would find it.</summary>
    private Match Boundary(string text, int at, bool heads)
    {
        var m = _boundary.Match(text, at);
        if (!heads)
        {
            return m;
        }

        var head = _headAhead.Match(text, at);
        return head.Success && (!m.Success || head.Index < m.Index) ? head : m;
    }

    /// <summary>
    /// "remind me to call Acme tmrw and to email Globex on friday": the "to" of a second errand opens it, and is no
    /// part of it. The length of that marker and its space at <paramref name="at"/>, or 0.
    /// </summary>
    private int InfinitiveLength(string text, int at)
    {
        var space = text.IndexOf(' ', at);
        return space > at && _infinitive.Contains(text[at..space]) ? space + 1 - at : 0;
    }

    private bool OpensClause(string text, int at)
    {
        var i = at + InfinitiveLength(text, at);
        for (var n = 0; n < 3 && i < text.Length; n++)
        {
            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ',' and not ':' and not ';')
            {
                end++;
            }

            var word = text[i..end];
            if (_starters.Contains(word))
            {
                return true;
            }

            if (!_skip.Contains(word))
            {
                return false;
            }

            i = end + 1;
        }

        return false;
    }

    private static bool StartsName(int index, List<LexiconHit> hits)
    {
        foreach (var hit in hits)
        {
            if (hit.Index == index && hit.Entry.Kind is LexiconKind.Account or LexiconKind.Deal)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Inside(int index, List<LexiconHit> hits)
    {
        foreach (var hit in hits)
        {
            if (index > hit.Index && index < hit.Index + hit.Length)
            {
                return true;
            }
        }

        return false;
    }
}
