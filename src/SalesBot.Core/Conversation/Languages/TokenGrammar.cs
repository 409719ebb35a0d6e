using SalesBot.Core.Conversation.Parsing;

namespace SalesBot.Core.Conversation.Languages;

/// <summary>
/// The language-neutral grammar (shared PARSING.md): normalise, tokenise, tag with the pack and the team's names,
/// split into clauses, read each clause's intent from <see cref="IntentTable"/> and its slots from the nearest tags,
/// guard, decide. Pure and deterministic: the same text, day, lexicon and pack give the same command.
/// </summary>
public static class TokenGrammar
{
    public static ParsedCommand Parse(string text, DateOnly today, Lexicon lexicon, LanguagePack pack)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(pack);
        var composed = WordFolder.Compose(text);
        var tokens = Tokenizer.Tokenize(composed);
        DropAddress(tokens);
        if (tokens.Count == 0)
        {
            return Unknown(pack, 0.0);
        }

        var index = lexicon.IsEmpty ? null : pack.IndexOf(lexicon);
        var pieces = Tagger.Tag(tokens, pack, index);
        var message = new Message(composed, tokens, pieces, pack, index, today);
        var commands = new List<ParsedCommand>(2);
        foreach (var clause in Split(message))
        {
            if (IntentTable.Read(clause) is { } command && command.Intent != Intent.Unknown)
            {
                commands.Add(command with { Language = pack.Code });
            }
        }

        if (commands.Count == 0)
        {
            return Unknown(pack, 0.1);
        }

        return commands.Count == 1 ? commands[0] : commands[0] with { More = commands.Skip(1).ToList() };
    }

    private static ParsedCommand Unknown(LanguagePack pack, double confidence) => new(Intent.Unknown, confidence) { Language = pack.Code };

    /// <summary>A leading "@bot" mention and the "/" of a slash command carry no meaning.</summary>
    private static void DropAddress(List<Token> tokens)
    {
        if (tokens.Count > 1 && tokens[0].IsPunct('/') && tokens[1].IsWord)
        {
            tokens.RemoveAt(0);
        }
    }

    /// <summary>
    /// Clauses end at sentence ends, semicolons and line breaks, and at a conjunction or comma followed (after an
    /// optional date) by a new verb or head; never inside a name. A plan keeps the whole message: its items are its list.
    /// </summary>
    private static IEnumerable<Clause> Split(Message m)
    {
        var p = m.Pieces;
        var whole = new Clause(m, 0, p.Count, EndsWithQuestion(m, p.Count));
        if (whole.Start < p.Count && (whole.StartsWith(TagKind.PlanHead) || (p[whole.Start] is { Kind: PieceKind.Date, Date: { Shape: DateShape.Relative, Days: 0 } } && whole.IsPunct(whole.Start + 1, ':'))))
        {
            yield return whole;
            yield break;
        }

        var from = 0;
        for (var i = 0; i < p.Count; i++)
        {
            var piece = p[i];
            var end = piece.Kind == PieceKind.Punct && m.Tokens[piece.First].Key is "." or "!" or "?" or ";" or "\n";
            var join = !end && (piece.Is(TagKind.Conjunction) || piece.IsPunct(m.Tokens, ',') || piece.IsPunct(m.Tokens, '-')) && Opens(p, i + 1);
            if (!end && !join)
            {
                continue;
            }

            if (i > from)
            {
                yield return new Clause(m, from, end ? i + 1 : i, EndsWithQuestion(m, i + 1) && end);
            }

            from = end ? i + 1 : i;
        }

        if (from < p.Count)
        {
            yield return new Clause(m, from, p.Count, false);
        }
    }

    private static bool EndsWithQuestion(Message m, int end)
    {
        for (var i = end - 1; i >= 0; i--)
        {
            var piece = m.Pieces[i];
            if (piece.Kind != PieceKind.Punct)
            {
                return false;
            }

            if (piece.IsPunct(m.Tokens, '?'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A new fact starts here: an activity, a task or done head, a new deal, a move or task verb, maybe after a date.</summary>
    private static bool Opens(List<Piece> p, int i)
    {
        while (i < p.Count && (p[i].Kind is PieceKind.Date or PieceKind.Time || p[i].Is(TagKind.Conjunction)))
        {
            i++;
        }

        if (i >= p.Count || p[i].Kind != PieceKind.Word)
        {
            return false;
        }

        var w = p[i];
        return w.Is(TagKind.Activity) || w.Is(TagKind.VagueActivity) || w.Is(TagKind.Send) || w.Is(TagKind.TaskHead) || w.Is(TagKind.DoneHead)
            || w.Is(TagKind.CreateDeal) || w.Is(TagKind.MoveVerb) || w.Is(TagKind.TaskVerb) || w.Is(TagKind.NoteHead);
    }
}
