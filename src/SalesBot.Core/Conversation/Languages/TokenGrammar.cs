using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;

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
        if (ClosesTheTaskBefore(message) is { } closed)
        {
            // "faktura dla Rybexu wysłana, zamknij to zadanie": one task done, said in its own words, not a fact to log.
            return new ParsedCommand(Intent.CompleteTask, 0.9) { Title = closed, Language = pack.Code };
        }

        var commands = new List<ParsedCommand>(2);
        var hedged = pieces.Exists(p => p.Is(TagKind.Hedge));
        Clause? previousClause = null;
        Clause? unread = null;
        foreach (var clause in Split(message))
        {
            var read = IntentTable.Read(clause);
            if (read is null or { Intent: Intent.Unknown } && previousClause is not null && commands.Count > 0 && commands[^1] is { Intent: Intent.LogActivity } done
                && clause.From > 0 && Elliptic(pieces, clause.From) && IntentTable.Ellipsis(clause, done) is { } again)
            {
                // The same activity at another company: the day said at the end is both visits' day.
                if (previousClause.FirstDate() is null && clause.FirstDate() is not null)
                {
                    commands[^1] = done with { Date = again.Date };
                }

                commands.Add(again with { Language = pack.Code, Confirm = again.Confirm || hedged });
                previousClause = clause;
                continue;
            }

            previousClause = clause;
            if (read is null or { Intent: Intent.Unknown } && commands.Count > 0 && commands[^1] is { Intent: Intent.CreateDeal, Stage: null } fresh && LoneStage(clause) is { } lone)
            {
                // "nowa okazja Optivo, 61 tys. zł, zamknięcie 14.12, negocjacje": the last field of the new deal is its stage.
                commands[^1] = fresh with { Stage = lone };
                continue;
            }

            if ((clause.StartsWith(TagKind.Correction) || NoThenValue(clause)) && commands.Count > 0 && IntentTable.Amend(clause, commands[^1]) is { } amended)
            {
                // "300 tys. zł.. sorry, 350 tys.", "сегодня, ой, вчера": the rep corrects the fact just said, not the last write.
                commands[^1] = amended is { Intent: Intent.CreateDeal, Stage: null } ? amended with { Stage = FieldStage(clause) } : amended;
                continue;
            }

            if (read is { Intent: Intent.AddTask, Date: { } due } && clause.StartsWith(TagKind.CloseVerb) && clause.NameAt(clause.Start + 1, members: false) is null
                && commands.Count > 0 && commands[^1] is { Intent: Intent.CreateDeal, Date: null } unclosed)
            {
                // "новая сделка для X, полтора ляма, закрыть к концу января": the day the new deal is to close, not a task.
                commands[^1] = unclosed with { Date = due, Stage = unclosed.Stage ?? FieldStage(clause) };
                continue;
            }

            if (read is { Intent: Intent.AddTask, Title: null, Date: null, Time: null } && commands.Count > 0 && commands[^1].Intent == Intent.AddTask)
            {
                // "перезвонить X через 2 недели, напомни": a reminder head said last is the head of the task before it.
                continue;
            }

            if (read is { Intent: Intent.ShowTasks } && commands.Count > 0 && commands[^1].Intent == Intent.AddTask && (clause.Has(TagKind.NoteHead) || clause.Has(TagKind.LogVerb)))
            {
                // "15 февраля созвониться с Вегой — запиши в задачи": the rep says where the errand goes, not asks for the list.
                continue;
            }

            if (read is { Intent: Intent.KpiDigest, Week: null, From: null } && commands.Count > 0 && commands[^1].Intent == Intent.KpiDigest && clause.To - clause.Start <= 2)
            {
                // "jak poszło zespołowi w zeszłym tygodniu? KPI": the report asked for again, in one word.
                continue;
            }

            if (read is null or { Intent: Intent.Unknown })
            {
                unread ??= clause;
            }

            if (read is { } command && command.Intent != Intent.Unknown)
            {
                // "Globex to negotiation and change the amount to 45k": a later clause about the same deal.
                if (command is { Intent: Intent.DealsClosing, From: { } closes } && closes == command.To && !IntentTable.AsksWhich(clause) && commands.Count > 0 && commands[^1] is { Intent: Intent.CreateDeal, Date: null } opened)
                {
                    // "новая сделка Теплодом, 60к евро, закрываем до 16 декабря": the day the new deal closes, not a question.
                    commands[^1] = opened with { Date = closes, Stage = opened.Stage ?? FieldStage(clause) };
                    continue;
                }

                if (command.Deal is null && command.Intent is Intent.UpdateDeal && commands.Count > 0 && commands[^1] is { Intent: Intent.CreateDeal } created)
                {
                    // "nowa okazja Globex 40k, zamknięcie 15 grudnia": the close date belongs to the new deal.
                    commands[^1] = created with { Date = command.Date ?? created.Date, Amount = created.Amount ?? command.Amount, Currency = created.Currency ?? command.Currency, Stage = created.Stage ?? FieldStage(clause) };
                    continue;
                }

                if (command.Deal is null && command.Intent is Intent.UpdateDeal or Intent.MoveDeal && commands.LastOrDefault(c => c.Deal is not null) is { } previous)
                {
                    command = command with { Deal = previous.Deal };
                }
                else if (command.Deal is null && command.Intent is Intent.UpdateDeal or Intent.MoveDeal && unread?.NameAt(unread.From, members: false, lowercase: false) is { } topic
                    && topic.FirstPiece == unread.Start)
                {
                    // "Budmat ma potwierdzony budżet, daj go na kwalifikację": the deal the message opened with.
                    command = command with { Deal = unread.DealName((topic.FirstPiece, topic.LastPiece), topic.Cases) };
                }

                // "może zadzwonię do X", "договор с X вроде подписан": a hedged write is proposed, never written outright.
                if (command.Intent.IsWrite() && hedged && !OnlyNotesHedged(message, command))
                {
                    command = command with { Confirm = true };
                }

                commands.Add(command with { Language = pack.Code });
            }
        }

        for (var k = 0; k < commands.Count; k++)
        {
            if (commands[k] is { Intent: Intent.UpdateDeal or Intent.MoveDeal, Deal: null, Confirm: false } unnamed)
            {
                // "zamknięcie do 28 stycznia" with no deal named anywhere: which deal is asked, never guessed.
                commands[k] = unnamed with { Confirm = true, Confidence = Math.Min(unnamed.Confidence, 0.6) };
            }
        }

        if (commands.Count == 0)
        {
            return Unknown(pack, 0.1);
        }

        return commands.Count == 1 ? commands[0] : commands[0] with { More = commands.Skip(1).ToList() };
    }

    /// <summary>
    /// "260 tys zł... nie, 280 tys zł", "вчера, нет, позавчера": a bare "no" and straight after it a day or an amount
    /// is the rep putting the value just said right, not a negated command.
    /// </summary>
    private static bool NoThenValue(Clause clause) => NoThenValue(clause.Message.Pieces, clause.Start, clause.To);

    private static bool NoThenValue(List<Piece> p, int i, int to)
    {
        if (i >= to || !p[i].Is(TagKind.Negation))
        {
            return false;
        }

        var at = ++i;
        while (i < to && p[i].Kind == PieceKind.Punct)
        {
            i++;
        }

        return i > at && i < to && p[i].Kind is PieceKind.Date or PieceKind.Amount;
    }

    /// <summary>The words before a closing "close this task" that ends the message, or null when it does not end so.</summary>
    private static string? ClosesTheTaskBefore(Message m)
    {
        var p = m.Pieces;
        var last = p.Count - 1;
        while (last >= 0 && p[last].Kind == PieceKind.Punct)
        {
            last--;
        }

        if (last <= 0 || !p[last].Is(TagKind.CloseThisTask) || p[last - 1].Kind != PieceKind.Punct)
        {
            return null;
        }

        var said = m.Text[..m.Tokens[p[last - 1].First].Start].TrimEnd(' ', ',', '-', '–', '—', ';', '.');
        return said.Length > 0 ? said : null;
    }

    /// <summary>A clause that is only an open stage ("negocjacje", "этап переговоры"), or null.</summary>
    private static DealStage? LoneStage(Clause clause)
    {
        for (var i = clause.From; i < clause.To; i++)
        {
            var piece = clause[i];
            if (piece.Kind != PieceKind.Punct && !piece.Is(TagKind.StageNoun) && !piece.Is(TagKind.StagePrep) && piece.Get(TagKind.Stage) is null)
            {
                return null;
            }
        }

        return FieldStage(clause);
    }

    /// <summary>"..., zamknięcie 14.12, negocjacje": an open stage standing alone between commas, or null.</summary>
    private static DealStage? FieldStage(Clause clause)
    {
        for (var i = clause.From; i < clause.To; i++)
        {
            if (clause[i].Get(TagKind.Stage) is not { } tag || ((DealStage)tag.Value).IsClosed())
            {
                continue;
            }

            var before = i - 1;
            while (before >= clause.From && (clause[before].Is(TagKind.StageNoun) || clause[before].Is(TagKind.StagePrep)))
            {
                before--;
            }

            if ((before < clause.From || clause[before].Kind == PieceKind.Punct) && (i + 1 >= clause.To || clause[i + 1].Kind == PieceKind.Punct))
            {
                return (DealStage)tag.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// "обедали с директором X и похоже в январе будет тендер": every hedge opens a fact of its own inside the logged
    /// activity's notes, a guess about what comes next, so the activity itself is sure.
    /// </summary>
    private static bool OnlyNotesHedged(Message message, ParsedCommand command)
    {
        if (command.Intent != Intent.LogActivity || command.Notes is not { } notes)
        {
            return false;
        }

        for (var i = 0; i < message.Pieces.Count; i++)
        {
            var piece = message.Pieces[i];
            if (piece.Is(TagKind.Hedge))
            {
                // Only a guess said as a fact of its own (", кажется ...", "и похоже ...", "i chyba ..."); after "but this"
                // ("но это не точно") it doubts what came before.
                var before = i > 0 ? message.Pieces[i - 1] : null;
                var opensFact = before is not null && (before.Kind == PieceKind.Punct || (before.Is(TagKind.Conjunction) && !before.Is(TagKind.Contrast)));
                if (!opensFact)
                {
                    return false;
                }

                var first = message.Tokens[piece.First];
                var last = message.Tokens[piece.Last];
                if (!notes.Contains(message.Text.AsSpan(first.Start, last.Start + last.Length - first.Start), StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
        }

        return true;
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
            // "300 tys. zł. Sorry, 350 tys.": the dot of an abbreviation ends the sentence too when a capital follows.
            end |= piece.Kind == PieceKind.Amount && m.Tokens[piece.Last].IsPunct('.') && i + 1 < p.Count && m.Tokens[p[i + 1].First].Upper;
            // "ok. 50 tys. euro", "ок. 40 тыс.": the dot of a short pack word before a figure abbreviates it.
            end &= !(piece.IsPunct(m.Tokens, '.') && i > 0 && p[i - 1].Kind == PieceKind.Word && p[i - 1].First == p[i - 1].Last && m.Tokens[p[i - 1].First].Length <= 3
                && i + 1 < p.Count && p[i + 1].Kind is PieceKind.Number or PieceKind.Amount);
            // A task, a done mark or a new contact takes the rest of its sentence: its title may hold verbs.
            var first = FirstWord(p, from);
            var wholeSentence = first is { } head && (head.Is(TagKind.TaskHead) || head.Is(TagKind.DoneHead) || head.Is(TagKind.AddContact) || head.Is(TagKind.Correction));
            var joiner = piece.Is(TagKind.Conjunction) || piece.IsPunct(m.Tokens, ',') || piece.IsPunct(m.Tokens, '-') || piece.IsPunct(m.Tokens, '+');
            var join = !end && !wholeSentence && joiner && !NameBeforeNewDeal(p, from, i)
                && (Opens(p, i + 1) || NameThenStage(p, i + 1) || (Elliptic(p, i + 1) && HasActivity(p, from, i))) && (piece.IsPunct(m.Tokens, '+') || SaysSomething(p, from, i)) && !OnlyDone(p, i + 1);
            // "przypomnij jutro zadzwonić do X, a w piątek wysłać maila do Y": a second day and thing to do is a second task.
            join |= !end && wholeSentence && first!.Is(TagKind.TaskHead) && (piece.Is(TagKind.Conjunction) || piece.IsPunct(m.Tokens, ',')) && DatedInfinitive(p, i + 1);
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

    /// <summary>"Quillon склад - новая сделка, 40k": a deal's name alone before the new-deal head is that deal's name.</summary>
    private static bool NameBeforeNewDeal(List<Piece> p, int from, int i)
    {
        var next = i + 1;
        while (next < p.Count && p[next].Kind == PieceKind.Punct)
        {
            next++;
        }

        if (next >= p.Count || !p[next].Is(TagKind.CreateDeal) || i <= from)
        {
            return false;
        }

        for (var k = from; k < i; k++)
        {
            if (!(p[k].Kind is PieceKind.Free or PieceKind.Known or PieceKind.Number or PieceKind.Punct || (p[k].Kind == PieceKind.Word && (p[k].Is(TagKind.Place) || p[k].Is(TagKind.DealNoun) || p[k].Is(TagKind.Wants)))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>After conjunctions: a day, then an infinitive ("a w piątek wysłać", "а в пятницу написать").</summary>
    private static bool DatedInfinitive(List<Piece> p, int i)
    {
        while (i < p.Count && p[i].Is(TagKind.Conjunction))
        {
            i++;
        }

        if (i >= p.Count || p[i].Kind != PieceKind.Date)
        {
            return false;
        }

        i++;
        return i < p.Count && p[i].Kind == PieceKind.Word
            && (p[i].Get(TagKind.Activity) is { Form: WordForm.Infinitive } || p[i].Get(TagKind.Send) is { Form: WordForm.Infinitive } || p[i].Get(TagKind.TaskHead) is { Value: 1 });
    }

    /// <summary>
    /// "Циан выиграли, Самолёт проиграли", "X wygrany, Y przegrany": a name, then a won or lost word; "..., Nexaro
    /// przechodzi do etapu oferty", "..., Агроника переходит на этап КП": a name, a move verb or a stage preposition,
    /// then any stage.
    /// </summary>
    private static bool NameThenStage(List<Piece> p, int i)
    {
        if (i >= p.Count || p[i].Kind is not (PieceKind.Free or PieceKind.Known))
        {
            return false;
        }

        while (i < p.Count && (p[i].Kind is PieceKind.Free or PieceKind.Known or PieceKind.Number || (p[i].Kind == PieceKind.Word && p[i].Is(TagKind.Place))))
        {
            i++;
        }

        var moved = false;
        while (i < p.Count && p[i].Kind == PieceKind.Word && !p[i].Is(TagKind.Stage)
            && (p[i].Is(TagKind.MoveVerb) || p[i].Is(TagKind.StagePrep) || p[i].Is(TagKind.StageNoun) || p[i].Is(TagKind.Hedge)))
        {
            moved |= !p[i].Is(TagKind.Hedge);
            i++;
        }

        return i < p.Count && p[i].Kind == PieceKind.Word && p[i].Get(TagKind.Stage) is { } stage && (moved || ((DealStage)stage.Value).IsClosed());
    }

    /// <summary>
    /// "звонил в Циан, потом в Авито", "byłam u X i w Y dzisiaj": a place connector and a name with nothing after but a
    /// day, the same activity again. A "with" connector ("z Anną i z Markiem") adds a person to one activity instead.
    /// </summary>
    private static bool Elliptic(List<Piece> p, int i)
    {
        while (i < p.Count && (p[i].Is(TagKind.Conjunction) || p[i].Kind == PieceKind.Punct))
        {
            i++;
        }

        if (i + 1 >= p.Count || p[i].Kind != PieceKind.Word || p[i].Get(TagKind.Connector) is not { } connector || (connector.Cases & NameCase.Instrumental) != 0
            || p[i + 1].Kind is not (PieceKind.Free or PieceKind.Known))
        {
            return false;
        }

        for (i += 2; i < p.Count; i++)
        {
            if (p[i].Kind is PieceKind.Free or PieceKind.Known)
            {
                continue;
            }

            if (p[i].Kind is PieceKind.Date or PieceKind.Time)
            {
                continue;
            }

            if (p[i].Kind == PieceKind.Punct)
            {
                return true;
            }

            return false;
        }

        return true;
    }

    private static bool HasActivity(List<Piece> p, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (p[i].Kind == PieceKind.Word && (p[i].Is(TagKind.Activity) || p[i].Is(TagKind.VagueActivity) || p[i].Is(TagKind.Send)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A new fact starts here: an activity, a task or done head, a new deal, a move or task verb, maybe after a date.</summary>
    private static bool Opens(List<Piece> p, int i)
    {
        while (i < p.Count && (p[i].Kind is PieceKind.Date or PieceKind.Time || p[i].Is(TagKind.Conjunction) || p[i].Is(TagKind.PartOfDay)))
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
            || w.Is(TagKind.AmountMarker) || w.Is(TagKind.CloseDateMarker) || w.Is(TagKind.Correction) || NoThenValue(p, i, p.Count)
            || (w.Is(TagKind.DealNoun) && StageAhead(p, i + 1));
    }

    /// <summary>"..., szansę Kalmex hala B przesuń na etap oferty", "..., сделку «X» переводим на стадию переговоров": a deal, then its stage.</summary>
    private static bool StageAhead(List<Piece> p, int i)
    {
        for (var end = Math.Min(p.Count, i + 12); i < end; i++)
        {
            if (p[i].Is(TagKind.Stage) && (i > 0 && (p[i - 1].Is(TagKind.StagePrep) || p[i - 1].Is(TagKind.StageNoun) || p[i - 1].Is(TagKind.MoveVerb))))
            {
                return true;
            }
        }

        return false;
    }
}
