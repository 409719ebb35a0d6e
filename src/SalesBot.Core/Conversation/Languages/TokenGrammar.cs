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
        var emails = TakeEmails(ref composed);
        var tokens = Tokenizer.Tokenize(composed);
        DropAddress(tokens);
        if (tokens.Count == 0)
        {
            return Unknown(pack, 0.0);
        }

        var index = lexicon.IsEmpty ? null : pack.IndexOf(lexicon);
        var pieces = Tagger.Tag(tokens, pack, index);
        var message = new Message(composed, tokens, pieces, pack, index, today, emails);
        var commands = new List<ParsedCommand>(2);
        var hedged = pieces.Exists(p => p.Is(TagKind.Hedge));
        foreach (var clause in Split(message))
        {
            if (IntentTable.Read(clause) is { } command && command.Intent != Intent.Unknown)
            {
                // "Globex to negotiation and change the amount to 45k": a later clause about the same deal.
                if (command.Deal is null && command.Intent is Intent.UpdateDeal && commands.Count > 0 && commands[^1] is { Intent: Intent.CreateDeal } created)
                {
                    // "nowa okazja Globex 40k, zamknięcie 15 grudnia": the close date belongs to the new deal.
                    commands[^1] = created with { Date = command.Date ?? created.Date, Amount = created.Amount ?? command.Amount, Currency = created.Currency ?? command.Currency };
                    continue;
                }

                if (command.Deal is null && command.Intent is Intent.UpdateDeal or Intent.MoveDeal && commands.LastOrDefault(c => c.Deal is not null) is { } previous)
                {
                    command = command with { Deal = previous.Deal };
                }

                // "może zadzwonię do X", "договор с X вроде подписан": a hedged write is proposed, never written outright.
                if (command.Intent.IsWrite() && hedged)
                {
                    command = command with { Confirm = true };
                }

                commands.Add(command with { Language = pack.Code });
            }
        }

        if (commands.Count == 0)
        {
            return Unknown(pack, 0.1);
        }

        return commands.Count == 1 ? commands[0] : commands[0] with { More = commands.Skip(1).ToList() };
    }

    /// <summary>E-mail addresses are taken out before tokenising (blanked, so spans stay): only add_contact reads them.</summary>
    private static List<string> TakeEmails(ref string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            return [];
        }

        var emails = new List<string>();
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] != '@' || i == 0)
            {
                continue;
            }

            var start = i;
            while (start > 0 && IsEmailChar(chars[start - 1]))
            {
                start--;
            }

            var end = i + 1;
            while (end < chars.Length && IsEmailChar(chars[end]))
            {
                end++;
            }

            while (end > i + 1 && chars[end - 1] == '.')
            {
                end--;
            }

            var address = new string(chars, start, end - start);
            if (start < i && address.IndexOf('.', address.IndexOf('@', StringComparison.Ordinal)) > 0)
            {
                emails.Add(address);
                Array.Fill(chars, ' ', start, end - start);
            }
        }

        text = new string(chars);
        return emails;
    }

    private static bool IsEmailChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '+';

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
        if (IntentTable.IsPlan(whole))
        {
            yield return whole;
            yield break;
        }

        var from = 0;
        for (var i = 0; i < p.Count; i++)
        {
            var piece = p[i];
            var end = piece.Kind == PieceKind.Punct && m.Tokens[piece.First].Key is "." or "!" or "?" or ";" or "\n";
            // A task, a done mark or a new contact takes the rest of its sentence: its title may hold verbs.
            var wholeSentence = FirstWord(p, from) is { } head && (head.Is(TagKind.TaskHead) || head.Is(TagKind.DoneHead) || head.Is(TagKind.AddContact) || head.Is(TagKind.Correction));
            var join = !end && !wholeSentence && (piece.Is(TagKind.Conjunction) || piece.IsPunct(m.Tokens, ',') || piece.IsPunct(m.Tokens, '-') || piece.IsPunct(m.Tokens, '+'))
                && Opens(p, i + 1) && (piece.IsPunct(m.Tokens, '+') || SaysSomething(p, from, i)) && !OnlyDone(p, i + 1);
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

    /// <summary>
    /// The stretch holds a word of the pack (not a mere connector): "Ravelin — prezentacja zrobiona" is one fact about
    /// Ravelin, its name a topic before the dash, while "spotkanie z X, wysłałem ofertę" is two.
    /// </summary>
    private static bool SaysSomething(List<Piece> p, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (p[i].Kind == PieceKind.Amount
                || (p[i].Kind == PieceKind.Word && p[i].Words.Any(w => w.Kind is not (TagKind.Connector or TagKind.Affiliation or TagKind.NotName or TagKind.LegalForm or TagKind.Conjunction or TagKind.StagePrep or TagKind.DatePrep or TagKind.TimePrep or TagKind.By))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"zadzwonić do Kasi - zrobione", "позвонить Ольге — готово": a done word closing the message marks what came before it.</summary>
    private static bool OnlyDone(List<Piece> p, int from)
    {
        var done = false;
        for (var i = from; i < p.Count; i++)
        {
            if (p[i].Kind == PieceKind.Punct)
            {
                continue;
            }

            if (done || !p[i].Is(TagKind.DoneHead))
            {
                return false;
            }

            done = true;
        }

        return done;
    }

    private static Piece? FirstWord(List<Piece> p, int from)
    {
        for (var i = from; i < p.Count; i++)
        {
            if (p[i].Kind != PieceKind.Punct && !p[i].Is(TagKind.Conjunction))
            {
                return p[i];
            }
        }

        return null;
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
            || w.Is(TagKind.CreateDeal) || w.Is(TagKind.MoveVerb) || w.Is(TagKind.TaskVerb) || w.Is(TagKind.NoteHead)
            || w.Is(TagKind.AmountMarker) || w.Is(TagKind.CloseDateMarker);
    }
}
