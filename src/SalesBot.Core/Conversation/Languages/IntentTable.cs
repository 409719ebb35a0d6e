using SalesBot.Core.Conversation.Parsing;
using SalesBot.Core.Crm;

namespace SalesBot.Core.Conversation.Languages;

/// <summary>
/// Which intent a clause holds, read from its tags in order (the first row that reads it wins), and its slots
/// from the nearest tags. Guards sit between the queries and the writes: a negation or a question before an
/// activity never makes a past activity; a future verb or date makes a task instead. No word of any language here.
/// </summary>
internal static class IntentTable
{
    private const double Sure = 0.9;
    private const double Unsure = 0.6;

    /// <summary>A done word that only closes a clause ("... сделал", "... zrobiłem"): at the start it is no completion.</summary>
    public const int ClosingDone = 1;

    public static readonly IReadOnlyList<IntentRule> Rules =
    [
        new("set language", c => c.Has(TagKind.SetLanguage) && !HasWriteVerb(c) && !SaysFact(c), SetLanguage),
        new("how to", c => c.StartsWith(TagKind.HowTo), HowTo),
        new("undo after reason", UndoAfterReason, _ => new ParsedCommand(Intent.Undo, Sure)),
        new("correct", c => c.StartsWith(TagKind.Correction), Correct),
        new("undo", c => (c.StartsWith(TagKind.Undo) || OopsThenUndo(c)) && NothingWritten(c), _ => new ParsedCommand(Intent.Undo, Sure)),
        new("help", c => c.Has(TagKind.Help) && Bare(c), _ => new ParsedCommand(Intent.Help, Sure)),
        new("chit-chat", c => c.Start >= c.To, _ => null, Guard: true),
        new("contrast correction", c => c.StartsWith(TagKind.Negation) && c.Has(TagKind.Contrast) && !c.Question, NotButRather),
        new("negated command", c => c.StartsWith(TagKind.Negation) && !c.Question, _ => null, Guard: true),
        new("condition", c => c.Has(TagKind.Condition), _ => null, Guard: true),
        new("add contact", c => c.StartsWith(TagKind.AddContact), AddContact),
        new("complete", c => c.StartsWith(TagKind.DoneHead) && c[c.Start].Get(TagKind.DoneHead) is not { Value: ClosingDone }, Complete),
        new("complete after", c => EndsWithDone(c) && !ActivityDone(c) && !c.Question, CompleteAfter),
        new("task closed", c => c.StartsWith(TagKind.TaskHead) && EndsWith(c, TagKind.TaskClosed) && !c.Has(TagKind.Negation) && !c.Question, CompleteAfter),
        new("plan", IsPlan, Plan),
        new("show plan", c => c.Has(TagKind.PlanHead) && !c.Has(TagKind.TaskHead) && !HasWriteVerb(c), ShowPlan),
        new("deadline head", DeadlineHead, DatedTask),
        new("task head", c => c.StartsWith(TagKind.TaskHead) || AfterWhen(c) is { } head && c.Find(TagKind.TaskHead) == head, Task),
        new("last contact", c => c.Has(TagKind.LastContact) || ((c.StartsWith(TagKind.Question) || c.StartsWith(TagKind.Who)) && c.Has(TagKind.Last) && !c.Has(TagKind.Negation)), LastContact),
        new("who inactive", c => (c.StartsWith(TagKind.Who) || AsksWhich(c)) && c.Has(TagKind.Negation), WhoInactive),
        new("show contacts", c => c.Has(TagKind.ContactList) && !HasWriteVerb(c), ShowContacts),
        new("compare", c => c.Has(TagKind.Compare), Compare),
        new("deals closing", c => c.Has(TagKind.Closing) && !c.Has(TagKind.CreateDeal) && (AsksWhich(c) || c.NameAt(c.From, members: false) is null), DealsClosing),
        new("show deals", IsDealList, ShowDeals),
        new("show activities", c => c.Has(TagKind.ActivityQuery) && !c.Has(TagKind.TaskHead) && !c.Has(TagKind.Cancelled), ShowActivities),
        new("standup", c => c.Has(TagKind.Standup) && !HasWriteVerb(c), _ => new ParsedCommand(Intent.Standup, Sure)),
        new("pipeline", c => c.Has(TagKind.Pipeline) && !HasWriteVerb(c) && (StageAt(c) < 0 || (!c.Has(TagKind.MoveVerb) && c.NameAt(c.From, members: false, lowercase: false) is null)), Pipeline),
        new("task list", c => c.Has(TagKind.TaskList) && !HasWriteVerb(c), c => new ParsedCommand(Intent.ShowTasks, Sure) { Scope = Scope(c) }),
        new("kpi", c => c.Has(TagKind.Kpi) && !HasWriteVerb(c) && !KpiIsObject(c) && !HasErrand(c), Kpi),
        new("kpi person", c => c.Has(TagKind.KpiPerson) && !HasWriteVerb(c), KpiPerson),
        new("account query", c => c.Has(TagKind.AccountQuery) && !HasWriteVerb(c), c => Account(c, c.Find(TagKind.AccountQuery))),
        new("show", c => c.StartsWith(TagKind.Show), c => Account(c, c.Start)),
        // A call-off stops an activity; beside a lost deal alone ("X мы потеряли, не отвечают") it is the reason.
        new("negated", c => Negated(c) || (c.Has(TagKind.Cancelled) && (HasActivity(c) || StageAt(c) < 0)) || (c.Has(TagKind.Dropped) && HasActivity(c))
            || (c.Has(TagKind.Rescheduled) && HasActivity(c)), _ => null, Guard: true),
        // "Kabelnet chyba gotowy na negocjacje, przesunąć?", "Вега на переговоры?": asked whether to move it, so the move is proposed.
        new("asked move", c => c.Question && !AsksSomething(c) && !c.Has(TagKind.Negation) && StageAt(c) is >= 0 and var s && !((DealStage)c[s].Get(TagKind.Stage)!.Value.Value).IsClosed(), c => Move(c) is { } move ? move with { Confirm = true, Confidence = Unsure } : null),
        new("question", c => c.Question || AsksSomething(c), _ => null, Guard: true),
        new("create deal", c => c.Has(TagKind.CreateDeal), c => CreateDeal(c, c.Find(TagKind.CreateDeal))),
        new("activity first", c => IsActivity(c[c.Start]) || c.StartsWith(TagKind.NoteHead), Activity),
        new("move", c => StageAt(c) >= 0, Move),
        new("update", c => c.Has(TagKind.AmountMarker) || c.Has(TagKind.CloseDateMarker), Update),
        new("activity", HasActivity, Activity),
        new("dated task", c => c.Has(TagKind.TaskVerb) && c.FirstDate() is { } d && (Clause.LooksAhead(d.Date) || d.Date.Shape == DateShape.MonthDay || (d.Date.Shape == DateShape.Weekday && d.Date.Relation == DateRelation.None)), DatedTask),
        new("deal and amount", c => c.StartsWith(TagKind.DealNoun) && c.Amount() is not null && StageAt(c) < 0, c => CreateDeal(c, c.Start)),
        new("name and amount", BareNameAndAmount, c => CreateDeal(c, c.Start - 1) is { Deal: not null } d ? d with { Confidence = Unsure, Confirm = true } : null),
    ];

    /// <summary>The first row whose pattern and reader both accept the clause, or null (nothing understood).</summary>
    public static ParsedCommand? Read(Clause clause)
    {
        foreach (var rule in Rules)
        {
            if (rule.When(clause))
            {
                if (rule.Read(clause) is { } command)
                {
                    return command;
                }

                if (rule.Guard)
                {
                    return null;
                }
            }
        }

        return null;
    }

    // --- patterns ---

    /// <summary>Nothing but the command's own words (and pronouns): "cofnij to", "co umiesz?".</summary>
    private static bool Bare(Clause c)
    {
        for (var i = c.From; i < c.To; i++)
        {
            var p = c[i];
            if (p.Kind is PieceKind.Free or PieceKind.Known or PieceKind.Amount || IsActivity(p) || p.Is(TagKind.Stage) || p.Is(TagKind.CreateDeal) || p.Is(TagKind.TaskHead))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Undo words with nothing that could be a new fact: no name, amount, activity or stage.</summary>
    private static bool NothingWritten(Clause c)
    {
        for (var i = c.From; i < c.To; i++)
        {
            var p = c[i];
            if (p.Kind is PieceKind.Known or PieceKind.Amount || IsActivity(p) || p.Is(TagKind.Stage) || p.Is(TagKind.CreateDeal)
                || (p.Kind == PieceKind.Free && c.Message.Tokens[p.First].Upper))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "to nie był X tylko Y, cofnij ostatnie", "ой, это был не X, а Y — отмени": why the last write was wrong, then the
    /// undo as the last word. The rep asks to take it back, not to amend it.
    /// </summary>
    private static bool UndoAfterReason(Clause c)
    {
        var last = c.To - 1;
        while (last > c.Start && c[last].Kind == PieceKind.Punct)
        {
            last--;
        }

        if (last <= c.Start + 1 || !c[last].Is(TagKind.Undo) || c[last - 1].Kind != PieceKind.Punct || c.Question)
        {
            return false;
        }

        return c.Find(TagKind.Correction, c.Start, last) >= 0 || c.Find(TagKind.Negation, c.Start, last) >= 0 || c.Find(TagKind.Contrast, c.Start, last) >= 0;
    }

    /// <summary>"ой, отмени это", "ups, cofnij": an oops word, then the undo.</summary>
    private static bool OopsThenUndo(Clause c)
    {
        if (c.StartsWith(TagKind.Correction))
        {
            var i = c.Start + 1;
            while (i < c.To && c[i].Kind == PieceKind.Punct)
            {
                i++;
            }

            return i < c.To && c[i].Is(TagKind.Undo);
        }

        // "nie, to błąd, wycofaj", "нет, ошибка, отмени": a "no" then only undo words.
        if (!c.StartsWith(TagKind.Negation))
        {
            return false;
        }

        var undo = false;
        for (var i = c.Start + 1; i < c.To; i++)
        {
            if (c[i].Is(TagKind.Undo))
            {
                undo = true;
            }
            else if (c[i].Kind != PieceKind.Punct && !c[i].Is(TagKind.Negation))
            {
                return false;
            }
        }

        return undo;
    }

    /// <summary>
    /// "do końca miesiąca: raport dla X", "до пятницы: КП для X": a day ahead as a header, then what is due by it.
    /// A header of today is a plan; a past day is never a deadline.
    /// </summary>
    private static bool DeadlineHead(Clause c) =>
        c.Start + 2 < c.To && c[c.Start] is { Kind: PieceKind.Date } d && (Clause.LooksAhead(d.Date) || (d.Date.Shape == DateShape.Weekday && d.Date.Relation == DateRelation.None && SaysBy(c, d)))
            && c.IsPunct(c.Start + 1, ':') && !c.Question && c.Text(c.Start + 2, c.To) is not null;

    /// <summary>The date opens with a by-word ("do piątku", "до пятницы"): a weekday after it lies ahead.</summary>
    private static bool SaysBy(Clause c, Piece date) =>
        c.Message.Pack.Index.Longest(c.Message.Tokens, date.First) is { } entry && entry.Words.Any(w => w.Kind == TagKind.By);

    /// <summary>"zadanie faktura Globex zrobione", "задача счёт выполнена": a done word closing the clause.</summary>
    /// <summary>A question word, a which-word or a who-word opens the clause, maybe after its preposition.</summary>
    private static bool AsksSomething(Clause c) =>
        c.StartsWith(TagKind.Question) || c.Find(TagKind.Question, c.Start + 1, c.Start + 2) >= 0 || c.StartsWith(TagKind.Who) || AsksWhich(c) || AsksFirst(c);

    /// <summary>"jutro przypomnij ...", "за tydzień o 14 przypomnij ...": where a clause goes on after a day and a time said first, or null.</summary>
    private static int? AfterWhen(Clause c)
    {
        var i = c.Start;
        while (i < c.To && i < c.Start + 2 && c[i].Kind is PieceKind.Date or PieceKind.Time)
        {
            i++;
        }

        return i > c.Start && i < c.To ? i : null;
    }

    /// <summary>The last word of the clause, after its first, carries <paramref name="kind"/>.</summary>
    private static bool EndsWith(Clause c, TagKind kind)
    {
        var last = c.To - 1;
        while (last > c.Start && c[last].Kind == PieceKind.Punct)
        {
            last--;
        }

        return last > c.Start && c[last].Is(kind);
    }

    private static bool EndsWithDone(Clause c) => EndsWith(c, TagKind.DoneHead) && !HasWriteVerb(c) && !c.Has(TagKind.Negation);

    /// <summary>"mail z podsumowaniem do X", "письмо с итогами для X": a report word after a connector is what was sent, not a question.</summary>
    private static bool KpiIsObject(Clause c)
    {
        var kpi = c.Find(TagKind.Kpi);
        return kpi > c.From && c[kpi - 1].Is(TagKind.Connector) && !c[kpi - 1].Is(TagKind.DatePrep) && IsActivity(c[c.Start]);
    }

    /// <summary>Won or lost deals over a period, with no deal named: "wygrane w tym kwartale", "что мы выиграли в октябре?".</summary>
    private static bool IsDealList(Clause c)
    {
        var s = StageAt(c);
        if (s < 0 || !((DealStage)c[s].Get(TagKind.Stage)!.Value.Value).IsClosed() || c.FirstDate(monthsToo: true) is null)
        {
            return false;
        }

        for (var i = c.From; i < c.To; i++)
        {
            if (c[i].Kind is PieceKind.Free or PieceKind.Known || c[i].Is(TagKind.Pastime))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"z którymi klientami", "с какими", "jakie szanse": a which-word first, maybe after its preposition.</summary>
    internal static bool AsksWhich(Clause c) =>
        c.StartsWith(TagKind.Which) || (c.Start + 1 < c.To && c[c.Start].Is(TagKind.Connector) && c[c.Start + 1].Is(TagKind.Which));

    /// <summary>"с кем", "o czym", "у кого": a question word after its preposition.</summary>
    private static bool AsksFirst(Clause c) =>
        c.Start + 1 < c.To && c[c.Start].Is(TagKind.Connector) && (c[c.Start + 1].Is(TagKind.Question) || c[c.Start + 1].Is(TagKind.Who));

    /// <summary>"Ravelin — prezentacja zrobiona", "demo dla X zrobione": an activity noun with its party, marked done, happened.</summary>
    private static bool ActivityDone(Clause c)
    {
        if (c[c.Start].Is(TagKind.MoveVerb) || c[c.Start].Kind == PieceKind.Punct)
        {
            // "oznacz „prezentacja dla X” jako zrobione", "отметь «демо для X» выполненным": a mark verb or a quote names a task.
            return false;
        }

        for (var i = c.Start; i < c.To; i++)
        {
            if (c[i].Kind == PieceKind.Word && c[i].Get(TagKind.Activity) is { Form: WordForm.Noun } && !c[i].Is(TagKind.TaskHead) && !c.Has(TagKind.TaskHead))
            {
                return c.NameAt(c.From, members: false, lowercase: false) is not null;
            }
        }

        return false;
    }

    /// <summary>
    /// An activity word or a name beside the language: "rozmawiałem z nim po angielsku o Orlenie", "говорили по-английски
    /// с Яндексом" tell how a talk went, they do not ask the bot to switch.
    /// </summary>
    private static bool SaysFact(Clause c)
    {
        for (var i = c.From; i < c.To; i++)
        {
            if (IsActivity(c[i]) || c[i].Kind == PieceKind.Known || (c[i].Kind == PieceKind.Free && c.Message.Tokens[c[i].First].Upper))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsActivity(Piece p) => p.Kind == PieceKind.Word && (p.Is(TagKind.Activity) || p.Is(TagKind.VagueActivity) || p.Is(TagKind.Send));

    /// <summary>"..., ale jeszcze nie wiem na pewno", "..., не уверен": the rep's doubt, which asks first, is no note nor reason.</summary>
    private static bool OnlyDoubt(Clause c, int from, int to)
    {
        var doubt = false;
        var free = 0;
        for (var i = from; i < to; i++)
        {
            var p = c[i];
            if (p.Is(TagKind.Hedge))
            {
                doubt = true;
            }
            else if (p.Kind == PieceKind.Free)
            {
                free++;
            }
            else if (p.Kind is not (PieceKind.Punct or PieceKind.Word) || p.Is(TagKind.Stage) || p.Is(TagKind.LostReason) || IsActivity(p))
            {
                return false;
            }
        }

        return doubt && free <= 2;
    }

    /// <summary>"в понедельник отправить отчёт в X, напомни": an infinitive errand or a reminder word makes the report its object.</summary>
    private static bool HasErrand(Clause c)
    {
        for (var i = c.From; i < c.To; i++)
        {
            var p = c[i];
            if (p.Is(TagKind.TaskHead) || p.Get(TagKind.Send) is { Form: WordForm.Infinitive } || p.Get(TagKind.Activity) is { Form: WordForm.Infinitive })
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasActivity(Clause c)
    {
        for (var i = c.From; i < c.To; i++)
        {
            if (IsActivity(c[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWriteVerb(Clause c)
    {
        for (var i = c.From; i < c.To; i++)
        {
            if (c[i].Kind == PieceKind.Word && (c[i].Get(TagKind.Activity) is { Form: WordForm.Past } || c[i].Get(TagKind.Send) is { Form: WordForm.Past } || c[i].Is(TagKind.CreateDeal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Negated(Clause c)
    {
        var target = -1;
        for (var i = c.From; i < c.To && target < 0; i++)
        {
            if (IsActivity(c[i]) || c[i].Is(TagKind.Stage) || c[i].Is(TagKind.CreateDeal) || c[i].Is(TagKind.TaskVerb))
            {
                target = i;
            }
        }

        if (target >= 0 && c.Find(TagKind.Negation, c.From, target + 1) >= 0)
        {
            return true;
        }

        // "КП для Яндекса не отправлено", "oferta jeszcze nie wysłana": a negation right before any activity word.
        for (var i = c.From + 1; i < c.To; i++)
        {
            if ((IsActivity(c[i]) || c[i].Is(TagKind.DoneHead)) && c[i - 1].Is(TagKind.Negation))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A plan header ("plan na dziś:", "mój plan na dzisiaj:", "план на сегодня -") with its list after it.</summary>
    public static bool IsPlan(Clause c)
    {
        var head = c.Find(TagKind.PlanHead, c.Start, c.Start + 2);
        if (head >= 0 && (head == c.Start || c[c.Start].Is(TagKind.Self) || c[c.Start].Kind == PieceKind.Date))
        {
            // Without a colon, a header followed by two errands or more is a plan too ("plan na dziś Northgate i Qubit Labs").
            return HasList(c, head) || (!c.Question && PlanItems(c).Count >= 2);
        }

        // "dzisiaj: A, B, C" / "сегодня: ...": today's date as a header.
        return c.Start < c.To && c[c.Start] is { Kind: PieceKind.Date, Date: { Shape: DateShape.Relative, Days: 0 } } && c.IsPunct(c.Start + 1, ':');
    }

    /// <summary>A plan head is a plan only with its list: a colon or a line break soon after it ("plan na dziś: ...").</summary>
    private static bool HasList(Clause c, int head)
    {
        for (var i = head + 1; i < Math.Min(c.To, head + 4); i++)
        {
            if (c.IsPunct(i, ':') || c.IsPunct(i, '\n') || c.IsPunct(i, '-') || IsArrow(c, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsArrow(Clause c, int i) => i >= c.From && i < c.To && c[i].Kind == PieceKind.Punct && c.Message.Tokens[c[i].First].Key == "->";

    /// <summary>A stage the clause moves a deal to: a won or lost word, or a stage after its preposition, an arrow or a move verb.</summary>
    private static int StageAt(Clause c)
    {
        var moveVerb = c.Has(TagKind.MoveVerb);
        for (var i = c.From; i < c.To; i++)
        {
            if (c[i].Kind != PieceKind.Word || c[i].Get(TagKind.Stage) is not { } stage)
            {
                continue;
            }

            if (((DealStage)stage.Value).IsClosed() && !c[i].Is(TagKind.StagePrep))
            {
                return i;
            }

            var before = i - 1;
            var stageNoun = false;
            while (before >= c.From && (c[before].Is(TagKind.StageNoun) || c[before].Is(TagKind.Hedge) || (stageNoun && c[before].Is(TagKind.Now))))
            {
                stageNoun |= c[before].Is(TagKind.StageNoun);
                before--;
            }

            // "..., etap kwalifikacja", "Сибтранс стадия переговоры": a stage noun after a pause, a figure or a name says
            // a stage follows as surely as a preposition; "omówiliśmy etap negocjacji" only talks about one.
            if (stageNoun && (before < c.From || c[before].Kind is PieceKind.Punct or PieceKind.Amount || c[before].Is(TagKind.Currency) || IsCapitalisedName(c, before)))
            {
                return i;
            }

            if (before >= c.From && (c[before].Is(TagKind.StagePrep) || c.IsPunct(before, '-') || c[before].Kind == PieceKind.Punct && c.Message.Tokens[c[before].First].Key == "->" || c.IsPunct(before, ':')))
            {
                return i;
            }

            if (moveVerb)
            {
                return i;
            }

            // "nowa szansa Klimatech, 85k PLN, kwalifikacja, termin 14.12": a stage standing alone in a new deal's list of fields.
            if (c.Has(TagKind.CreateDeal) && before >= c.From && c[before].Kind == PieceKind.Punct && (i + 1 >= c.To || c[i + 1].Kind == PieceKind.Punct))
            {
                return i;
            }

            // "Tauron przetarg zakwalifikowany", "Яндекс пилот квалифицирован": a named deal, then its stage, and nothing after.
            var named = i - 1;
            while (named > c.From && c[named].Is(TagKind.Now))
            {
                named--;
            }

            if (named >= c.From && c[named].Kind is PieceKind.Free or PieceKind.Known && LastWord(c) == i
                && c.DealRun(c.From, named + 1, backwards: true) is { } run && run.Last == named && c.Capitalised(run)
                && (run.First == c.Start || (run.First == c.Start + 1 && c[c.Start].Is(TagKind.DealNoun))))
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastWord(Clause c)
    {
        var last = c.To - 1;
        while (last >= c.From && c[last].Kind == PieceKind.Punct)
        {
            last--;
        }

        return last;
    }

    // --- readers ---

    private static ParsedCommand SetLanguage(Clause c) =>
        new(Intent.SetLanguage, Sure) { Argument = c[c.Find(TagKind.SetLanguage)].Get(TagKind.SetLanguage)!.Value.Text };

    /// <summary>The intent a how-to question names, from the first action word after "jak"/"как".</summary>
    private static ParsedCommand? HowTo(Clause c)
    {
        var action = false;
        string? topic = null;
        for (var i = c.Start + 1; i < c.To && topic is null; i++)
        {
            var p = c[i];
            action |= p.Is(TagKind.DoneHead) || p.Is(TagKind.LogVerb) || p.Get(TagKind.Activity) is { Form: WordForm.Infinitive } || p.Get(TagKind.Send) is { Form: WordForm.Infinitive }
                || p.Is(TagKind.MoveVerb) || p.Is(TagKind.TaskHead) || p.Is(TagKind.CreateDeal) || p.Is(TagKind.AddContact) || p.Is(TagKind.Undo);
            topic = p.Kind != PieceKind.Word ? null
                : p.Is(TagKind.CreateDeal) ? "create_deal"
                : p.Is(TagKind.AddContact) ? "add_contact"
                : p.Is(TagKind.MoveVerb) || p.Is(TagKind.StageNoun) || p.Is(TagKind.Stage) ? "move_deal"
                : p.Is(TagKind.AmountMarker) || p.Is(TagKind.CloseDateMarker) ? "update_deal"
                : p.Is(TagKind.TaskHead) || p.Is(TagKind.TaskVerb) ? "add_task"
                : p.Is(TagKind.DoneHead) ? "complete_task"
                : p.Is(TagKind.PlanHead) ? "set_plan"
                : p.Is(TagKind.Undo) ? "undo"
                : null;
        }

        if (topic is null && action)
        {
            topic = "log_activity";
        }

        // "jak oznaczyć zadanie jako zrobione", "как отметить задачу выполненной": a done word decides.
        if (c.Find(TagKind.DoneHead, c.Start + 1) >= 0 && topic is not ("create_deal" or "add_contact"))
        {
            topic = "complete_task";
        }

        return topic is null || !action && topic is not ("set_plan" or "update_deal" or "move_deal") ? null : new ParsedCommand(Intent.HowTo, Sure) { Topic = topic };
    }

    /// <summary>"nie, to było z Orlenem", "ой, это было вчера", "poprawka: 35 tys.": whichever slot is said.</summary>
    private static ParsedCommand? Correct(Clause c)
    {
        var head = c.Find(TagKind.Correction);
        var amount = c.Amount();
        var date = c.DateOf(c.FirstDate(head), DateSense.Past);
        var stageAt = c.Find(TagKind.Stage, head + 1);
        DealStage? stage = stageAt >= 0 ? (DealStage)c[stageAt].Get(TagKind.Stage)!.Value.Value : null;
        Party party = default;
        if (c.NameAt(head + 1, members: false) is { } name)
        {
            // "это был не X, а Y", "to nie był X tylko Y": the name denied is the wrong one, the one after the contrast is right.
            var denied = c.Find(TagKind.Negation, head, name.FirstPiece) >= 0;
            if (denied && c.Find(TagKind.Contrast, name.LastPiece + 1) is var contrast and >= 0 && c.NameAt(contrast + 1, members: false) is { } rather)
            {
                name = rather;
                denied = false;
            }

            // "to nie był X" alone says what was wrong, not what is right.
            party = denied ? default : c.PartyOf(name, CompanyAfter(c, name));
        }

        if (amount is null && date is null && stage is null && party.Account is null && party.Contact is null)
        {
            return null;
        }

        // "korekta: Budimex CRM to 130 tys.", "поправка: Яндекс облако 45 тыс.": an amount corrects a deal, named as written.
        string? deal = null;
        if (amount is not null && party.Contact is null && c.DealRun(head + 1, c.FindKind(PieceKind.Amount), backwards: true) is { } run && c.Capitalised(run))
        {
            deal = c.DealName(run, c.CaseBefore(run.First));
            party = default;
        }

        return new ParsedCommand(Intent.Correct, Sure)
        {
            Deal = deal,
            Account = party.Account,
            Contact = party.Contact,
            Date = date,
            Amount = amount?.Amount,
            Currency = amount?.Currency,
            Stage = stage,
        };
    }

    /// <summary>
    /// A correction of the fact said just before it in the same message: "nowy deal X 300 tys.. sorry, 350 tys.",
    /// "telefon do X dzisiaj, sorry, wczoraj", "встреча с X, хотя нет, это был звонок". Only a slot the fact has is
    /// changed (an amount, a day, the kind of activity); null when the correction says none of them.
    /// </summary>
    public static ParsedCommand? Amend(Clause c, ParsedCommand previous)
    {
        if (!previous.Intent.IsWrite() || previous.Intent is Intent.CompleteTask or Intent.SetPlan)
        {
            return null;
        }

        var head = c.Find(TagKind.Correction);
        var amended = previous;
        var changed = false;
        if (c.Amount() is { } amount && previous.Amount is not null)
        {
            amended = amended with { Amount = amount.Amount, Currency = amount.Currency ?? previous.Currency };
            changed = true;
        }

        // "nowa okazja Optivo, 61 tys. zł — pomyłka, 66 tys. zł, ..., zamknięcie 21 grudnia": a new deal's close date may follow its correction.
        if (c.FirstDate(head) is { } day && (previous.Date is not null || previous.Intent == Intent.CreateDeal))
        {
            amended = amended with { Date = c.DateOf(day, previous.Intent is Intent.AddTask or Intent.CreateDeal or Intent.UpdateDeal ? DateSense.Future : DateSense.Past) };
            changed = true;
        }

        for (var i = head + 1; i < c.To && previous.Intent == Intent.LogActivity; i++)
        {
            if (c[i].Kind == PieceKind.Word && c[i].Get(TagKind.Activity) is { } said)
            {
                amended = amended with { Activity = (ActivityType)said.Value };
                changed = true;
                break;
            }
        }

        return changed ? amended : null;
    }

    /// <summary>"dodaj kontakt: Anna Nowak, CFO w Acme, anna@acme.com": the person, then role, company and e-mail in any order.</summary>
    private static ParsedCommand? AddContact(Clause c)
    {
        var i = c.Start + 1;
        string? account = null;
        if (i < c.To && c[i].Is(TagKind.Connector) && c.NameAt(i + 1, i + 4, members: false, lowercase: false) is { } before
            && c.IsPunct(before.LastPiece + 1, ':'))
        {
            account = c.AccountOf(before);
            i = before.LastPiece + 1;
        }

        while (i < c.To && c[i].Kind == PieceKind.Punct)
        {
            i++;
        }

        if (c.NameAt(i, members: false, lowercase: false) is not { } person || person.FirstPiece != i)
        {
            return null;
        }

        var contact = c.BaseForm(person with { Cases = NameCase.Nominative }, person: true);
        string? role = null;
        var segment = person.LastPiece + 1;
        while (segment < c.To)
        {
            var end = segment;
            while (end < c.To && !c.IsPunct(end, ','))
            {
                end++;
            }

            var connector = -1;
            for (var k = end - 1; k >= segment; k--)
            {
                if ((c[k].Is(TagKind.Connector) || c[k].Is(TagKind.Affiliation)) && c.NameAt(k + 1, end, members: false, lowercase: false) is { } company && company.FirstPiece == k + 1)
                {
                    account ??= c.AccountOf(company);
                    connector = k;
                    break;
                }
            }

            var text = c.Text(segment, connector >= 0 ? connector : end);
            if (role is null && text is not null)
            {
                role = text;
            }

            segment = end + 1;
        }

        return new ParsedCommand(Intent.AddContact, Sure)
        {
            Contact = contact,
            Account = account,
            Role = role,
            Email = c.Message.Emails.Count > 0 ? c.Message.Emails[0] : null,
        };
    }

    /// <summary>"nie z Tauronem, tylko z Eneą", "не с X, а с Y": the party after the contrast word is the right one.</summary>
    private static ParsedCommand? NotButRather(Clause c)
    {
        var contrast = c.Find(TagKind.Contrast, c.Start + 1);
        if (contrast < 0 || c.NameAt(contrast + 1, members: false) is not { } name)
        {
            return null;
        }

        var party = c.PartyOf(name, CompanyAfter(c, name));
        return new ParsedCommand(Intent.Correct, Sure) { Account = party.Account, Contact = party.Contact };
    }

    private static ParsedCommand? LastContact(Clause c) =>
        c.NameAt(c.From, members: false) is { } name ? new ParsedCommand(Intent.LastContact, Sure) { Account = c.AccountOf(name) } : null;

    private static ParsedCommand? ShowContacts(Clause c) =>
        c.NameAt(c.From, members: false) is { } name ? new ParsedCommand(Intent.ShowContacts, Sure) { Account = c.AccountOf(name) } : null;

    private static (DateOnly? From, DateOnly? To) Period(Clause c, DateSense sense)
    {
        for (var i = c.From; i < c.To; i++)
        {
            if (c[i].Kind == PieceKind.Date && DateResolver.Range(c[i].Date, c.Message.Today, sense) is { } range)
            {
                return (range.From, range.To);
            }
        }

        return (null, null);
    }

    private static ParsedCommand WhoInactive(Clause c)
    {
        var (from, to) = Period(c, DateSense.Past);
        return new ParsedCommand(Intent.WhoInactive, Sure) { From = from, To = to };
    }

    private static ParsedCommand Compare(Clause c)
    {
        var members = new List<string>();
        var i = c.From;
        while (c.NameAt(i) is { } name)
        {
            if (c.PersonOf(name) is { } person && !members.Contains(person))
            {
                members.Add(person);
            }

            i = name.LastPiece + 1;
        }

        var (from, to) = Period(c, DateSense.Past);
        return new ParsedCommand(Intent.CompareReps, Sure) { Members = members.Count > 0 ? members : null, From = from, To = to };
    }

    private static ParsedCommand DealsClosing(Clause c)
    {
        var (from, to) = Period(c, DateSense.Future);
        return new ParsedCommand(Intent.DealsClosing, Sure) { From = from, To = to };
    }

    private static ParsedCommand ShowDeals(Clause c)
    {
        var s = StageAt(c);
        var (from, to) = Period(c, DateSense.Past);
        return new ParsedCommand(Intent.ShowDeals, Sure) { Stage = (DealStage)c[s].Get(TagKind.Stage)!.Value.Value, From = from, To = to };
    }

    private static ParsedCommand ShowActivities(Clause c)
    {
        var (from, to) = Period(c, DateSense.Past);
        var account = c.NameAt(c.Find(TagKind.ActivityQuery) + 1, members: false, lowercase: false) is { } name && !c.IsPerson(name) ? c.AccountOf(name) : null;
        return new ParsedCommand(Intent.ShowActivities, Sure) { Scope = account is null ? Scope(c) : null, Account = account, From = from, To = to };
    }

    private static ParsedCommand ShowPlan(Clause c)
    {
        var date = c.DateOf(c.FirstDate(), DateSense.Future);
        return new ParsedCommand(Intent.ShowPlan, Sure) { Scope = Scope(c), Date = date };
    }

    private static ParsedCommand? CompleteAfter(Clause c)
    {
        var from = c.Start;
        // "отметь «позвонить Марине» выполненной", "oznacz „X” jako zrobione": the mark verb is not the title.
        while (from < c.To && (c[from].Is(TagKind.TaskHead) || c[from].Is(TagKind.MoveVerb) || c[from].Kind == PieceKind.Punct))
        {
            from++;
        }

        var last = c.To - 1;
        while (c[last].Kind == PieceKind.Punct)
        {
            last--;
        }

        var end = last;
        while (end - 1 > from && (c[end - 1].Is(TagKind.StagePrep) || c[end - 1].Kind == PieceKind.Punct))
        {
            end--;
        }

        if (!HasContent(c, from, end))
        {
            // "всё, на сегодня я закончил", "dobra, na dziś skończyłem": the day is done, not a task.
            return null;
        }

        var title = c.Text(from, end);
        return new ParsedCommand(Intent.CompleteTask, title is null ? Unsure : Sure) { Title = title, Confirm = title is null };
    }

    /// <summary>Something a task could be: a name, a number or a pack word other than pronouns, dates and links.</summary>
    private static bool HasContent(Clause c, int from, int to)
    {
        for (var i = Math.Max(from, c.From); i < Math.Min(to, c.To); i++)
        {
            var p = c[i];
            if (p.Kind is PieceKind.Free or PieceKind.Known or PieceKind.Number or PieceKind.Amount)
            {
                return true;
            }

            if (p.Kind == PieceKind.Word && p.Words.Any(w => w.Kind is not (TagKind.NotName or TagKind.Thanks or TagKind.Conjunction or TagKind.Connector or TagKind.Affiliation
                or TagKind.Self or TagKind.Hedge or TagKind.Future or TagKind.DatePrep or TagKind.TimePrep or TagKind.By or TagKind.StagePrep or TagKind.DoneHead or TagKind.Contrast)))
            {
                return true;
            }
        }

        return false;
    }

    private static ParsedCommand Complete(Clause c)
    {
        // "odhacz zadanie X", "отметь задачу X выполненной": the task noun and a closing done word are not the title.
        var from = c.Start + 1;
        if (from < c.To && c[from].Get(TagKind.TaskHead) is { Value: 0 })
        {
            from++;
        }

        var to = c.To;
        while (to - 1 > from && (c[to - 1].Kind == PieceKind.Punct || c[to - 1].Is(TagKind.DoneHead) || (c[to - 1].Is(TagKind.StagePrep) && to < c.To && c[to].Is(TagKind.DoneHead))))
        {
            to--;
        }

        var title = c.Text(from, to);
        return new ParsedCommand(Intent.CompleteTask, title is null ? Unsure : Sure) { Title = title, Confirm = title is null };
    }

    private static ParsedCommand Plan(Clause c)
    {
        var items = PlanItems(c);
        return items.Count == 0
            ? new ParsedCommand(Intent.SetPlan, Unsure) { Confirm = true, Date = c.Message.Today }
            : new ParsedCommand(Intent.SetPlan, Sure) { Items = items, Date = c.DateOf(c.FirstDate(), DateSense.Future) ?? c.Message.Today };
    }

    /// <summary>The items after a plan's header: split at numbers, bullets, commas and at a joining word between errands.</summary>
    private static List<string> PlanItems(Clause c)
    {
        var i = c.Start + 1;
        while (i < c.To && (c.IsPunct(i, ':') || c.IsPunct(i, '-') || c.IsPunct(i, '\n') || IsArrow(c, i) || c[i].Kind == PieceKind.Date || c[i].Is(TagKind.PlanHead)))
        {
            i++;
        }

        var items = new List<string>();
        var runStart = -1;
        void Flush(int end)
        {
            if (runStart >= 0 && c.Text(runStart, end) is { } item)
            {
                items.Add(item);
            }

            runStart = -1;
        }

        for (; i < c.To; i++)
        {
            var p = c[i];
            var marker = p.Kind == PieceKind.Number && (c.IsPunct(i + 1, ')') || c.IsPunct(i + 1, '.')) && (runStart < 0 || i == c.From || c[i - 1].Kind != PieceKind.Number);
            var separator = (p.Kind == PieceKind.Punct && (c.IsPunct(i, ',') || c.IsPunct(i, ';') || c.IsPunct(i, '\n') || c.IsPunct(i, '-') || c.IsPunct(i, ')') || c.IsPunct(i, '.') || c.IsPunct(i, '+')))
                || (p.Is(TagKind.Conjunction) && runStart >= 0 && JoinsErrands(c, runStart, i));
            if (marker || separator)
            {
                Flush(i);
                if (marker)
                {
                    i++;
                }

                continue;
            }

            if (runStart < 0)
            {
                runStart = i;
            }
        }

        Flush(c.To);
        return items;
    }

    /// <summary>
    /// A joining word between two errands: two names ("Northgate i Qubit Labs"), a named errand and the next one
    /// ("wizyta w Stalprofilu i maile", "выезд в Уралпласт и почта"), or an errand of two words or more and one that
    /// opens with an activity or a task verb ("przygotować ofertę i zadzwonić do X"). One errand's two verbs
    /// ("przygotować i wysłać ofertę") stay one.
    /// </summary>
    private static bool JoinsErrands(Clause c, int runStart, int i)
    {
        if (i + 1 >= c.To || c[i + 1].Kind is PieceKind.Punct or PieceKind.Date)
        {
            return false;
        }

        var next = c[i + 1];
        return (IsNameLike(c, i - 1) && IsNameLike(c, i + 1))
            || (IsCapitalisedName(c, i - 1) && next.Kind is PieceKind.Word or PieceKind.Free)
            || (i - runStart >= 2 && (IsActivity(next) || next.Is(TagKind.TaskHead) || next.Is(TagKind.TaskVerb)));
    }

    /// <summary>A known name or an unknown word written with a capital: the end of a named errand.</summary>
    private static bool IsCapitalisedName(Clause c, int i) =>
        i >= c.From && i < c.To && (c[i].Kind == PieceKind.Known || (c[i].Kind == PieceKind.Free && c.Message.Tokens[c[i].First].Upper));

    /// <summary>A known name or a capitalised unknown word: one item of a list joined by "i"/"и".</summary>
    private static bool IsNameLike(Clause c, int i) =>
        i >= c.From && i < c.To && (c[i].Kind == PieceKind.Known || (c[i].Kind == PieceKind.Free && c.Message.Tokens[c[i].First] is { Upper: true } or { Cyrillic: false }));

    private static ParsedCommand? Task(Clause c)
    {
        var head = c.Find(TagKind.TaskHead);
        // "za tydzień przypomnij o X", "к пятнице подготовить договор": the day may come before the head too.
        var date = c.FirstDate(head) ?? c.FirstDate();
        // An infinitive head ("przygotować ofertę", "подготовить КП") is the task itself, so it stays in the title.
        var kind = c[head].Get(TagKind.TaskHead)!.Value.Value;
        var titleFrom = kind == 1 ? head : head + 1;
        if (kind == 3 && !SomethingToDo(c, titleFrom, date))
        {
            // "muszę wyjść na chwilę", "надо бежать": a bare "must" with no one, no day and no sales verb is chat.
            return null;
        }

        var title = c.Text(titleFrom, c.To, skipDates: true);
        if (c.Find(TagKind.Correction, titleFrom + 1) is var fix and > 0 && c.FirstDate(fix) is { } corrected)
        {
            // "przypomnij w czwartek zadzwonić do X, a nie, w piątek": the day said after the correction is the day.
            date = corrected;
            title = c.Text(titleFrom, fix, skipDates: true);
        }

        if (kind == 2 && c.Earlier() is { } attempt)
        {
            // "nie udało mi się zadzwonić do X, spróbuję jutro": the retry is the attempt that failed.
            title = attempt;
        }
        // "przypomnij o 15:30 ...", "напомни в 15:30 ...": an hour with no day is today's.
        var time = c.Time();
        return new ParsedCommand(Intent.AddTask, title is null ? Unsure : Sure)
        {
            Title = title,
            Date = c.DateOf(date, DateSense.Future) ?? (time is null ? null : c.Message.Today),
            Time = time,
            Confirm = title is null,
        };
    }

    /// <summary>After a bare "must": an activity or task verb, a name, a day or an hour, something a reminder could be about.</summary>
    private static bool SomethingToDo(Clause c, int from, Piece? date)
    {
        if (date is not null || c.Time() is not null)
        {
            return true;
        }

        for (var i = from; i < c.To; i++)
        {
            var p = c[i];
            if (IsActivity(p) || p.Is(TagKind.TaskVerb) || p.Get(TagKind.TaskHead) is { Value: 1 } || p.Is(TagKind.Stage) || p.Is(TagKind.DealNoun) || p.Kind == PieceKind.Known
                || (p.Kind == PieceKind.Free && (c.Message.Tokens[p.First].Upper || (c.Message.Pack.Cyrillic && !c.Message.Tokens[p.First].Cyrillic))))
            {
                return true;
            }
        }

        return c.NameAt(from, members: true, lowercase: false) is not null;
    }

    private static ParsedCommand DatedTask(Clause c)
    {
        var title = c.Text(c.From, c.To, skipDates: true);
        return new ParsedCommand(Intent.AddTask, Sure) { Title = title, Date = c.DateOf(c.FirstDate(), DateSense.Future), Time = c.Time() };
    }

    private static string? Scope(Clause c)
    {
        if (c.Has(TagKind.Team))
        {
            return Scopes.Team;
        }

        for (var i = c.From; i < c.To; i++)
        {
            if (c[i].Kind == PieceKind.Known && c[i].Known[0].Kind == LexiconKind.Member)
            {
                return c[i].Known[0].Name;
            }
        }

        if (c.NameAt(c.From) is { } name && c.PersonOf(name) is { } person)
        {
            return person;
        }

        return Scopes.Me;
    }

    private static ParsedCommand Pipeline(Clause c)
    {
        var stage = c.Find(TagKind.Stage);
        return new(Intent.ShowPipeline, Sure) { Scope = Scope(c), Stage = stage >= 0 ? (DealStage)c[stage].Get(TagKind.Stage)!.Value.Value : null };
    }

    private static string? Week(Clause c)
    {
        for (var i = c.From; i < c.To; i++)
        {
            if (c[i].Kind == PieceKind.Date && DateResolver.Week(c[i].Date, c.Message.Today) is { } week)
            {
                return week;
            }
        }

        return null;
    }

    private static ParsedCommand Kpi(Clause c)
    {
        var week = Week(c);
        var (from, to) = Period(c, DateSense.Past);
        return new(Intent.KpiDigest, Sure) { Scope = Scope(c), Week = week, From = from, To = to };
    }

    private static ParsedCommand? KpiPerson(Clause c)
    {
        var at = c.Find(TagKind.KpiPerson);
        if (c.NameAt(at + 1) is { } name)
        {
            var (from, to) = Period(c, DateSense.Past);
            return c.PersonOf(name) is { } person
                ? new ParsedCommand(Intent.KpiDigest, Sure) { Scope = person, Week = Week(c), From = from, To = to }
                : new ParsedCommand(Intent.ShowAccount, Sure) { Account = c.AccountOf(name) };
        }

        return Week(c) is { } week ? new ParsedCommand(Intent.KpiDigest, Sure) { Scope = Scope(c), Week = week } : null;
    }

    private static ParsedCommand? Account(Clause c, int at)
    {
        if (c.NameAt(at + 1, members: false) is not { } name)
        {
            return null;
        }

        return new ParsedCommand(Intent.ShowAccount, Sure) { Account = c.AccountOf(name) };
    }

    /// <summary>"Аэрофлот 90 тыс.": a name and an amount and nothing else, a deal to ask about.</summary>
    private static bool BareNameAndAmount(Clause c)
    {
        var amount = c.FindKind(PieceKind.Amount);
        if (amount < 0 || c.DealRun(c.Start, amount) is not { } run || run.First != c.Start || run.Last != amount - 1 || !c.Capitalised(run))
        {
            return false;
        }

        for (var i = amount + 1; i < c.To; i++)
        {
            if (c[i].Kind != PieceKind.Punct)
            {
                return false;
            }
        }

        return true;
    }

    private static ParsedCommand CreateDeal(Clause c, int head)
    {
        var amount = c.Amount();
        var datePiece = c.FirstDate(head);
        var run = c.DealRun(head + 1, c.To);
        DealStage? stage = head >= c.From && c[head].Get(TagKind.CreateDeal) is { Value: 1 } ? DealStage.Lead : null;
        var stageAt = StageAt(c);
        if (stageAt >= 0)
        {
            stage = (DealStage)c[stageAt].Get(TagKind.Stage)!.Value.Value;
        }

        var date = datePiece is null ? null : c.DateOf(datePiece, DateSense.Future);
        var nameFirst = false;
        if (run is null && head > c.Start && c.DealRun(c.From, head, backwards: true) is { } before && before.First == c.Start)
        {
            // "1С интеграция — новая сделка на 600 тыс.", "Kruk windykacja - nowy deal 50 tys.": the name said first.
            run = before;
            nameFirst = true;
        }
        else if (run is null && head > c.Start && c.NameAt(c.Start, head, members: false, lowercase: false) is { } buyer && buyer.FirstPiece == c.Start
            && buyer.LastPiece + 1 < head && c[buyer.LastPiece + 1].Is(TagKind.Wants))
        {
            // "Brenlo chce wdrożenie, nowa szansa na 300 tys.", "Тепломаш хочет внедрение, новая сделка": the company said
            // first; what it wants is no part of its name.
            run = (buyer.FirstPiece, buyer.LastPiece);
            nameFirst = true;
        }

        if (run is null)
        {
            return new ParsedCommand(Intent.CreateDeal, 0.45) { Amount = amount?.Amount, Currency = amount?.Currency, Date = date, Stage = stage, Confirm = true };
        }

        // "dodaj okazję dla Orlenu: flota 2027", "сделку для Северстали: автоматизация склада": the company, then what is sold.
        var deal = c.DealName(run.Value, nameFirst ? NameCase.None : c.CaseBefore(run.Value.First));
        // The company the deal is for, when the name says it: every word a name ("dla Hydrosanu", "Browar Zagórze").
        var account = EveryPieceAName(c, run.Value) ? deal : null;
        if (!nameFirst && c.IsPunct(run.Value.Last + 1, ':') && c.DealRun(run.Value.Last + 2, c.To) is { } what && what.First == run.Value.Last + 2)
        {
            deal = deal + " " + c.Text(what.First, what.Last + 1);
        }

        // "nowy projekt w domu: kuchnia": a deal with no capital in its name may be no deal at all, so it is asked.
        var named = c.Capitalised(run.Value);
        return new ParsedCommand(Intent.CreateDeal, named ? Sure : Unsure)
        {
            Confirm = !named,
            Deal = deal,
            Account = account,
            Amount = amount?.Amount,
            Currency = amount?.Currency,
            Date = date,
            Stage = stage,
        };
    }

    /// <summary>Every piece of the run is a known name or a word written with a capital.</summary>
    private static bool EveryPieceAName(Clause c, (int First, int Last) run)
    {
        for (var i = run.First; i <= run.Last; i++)
        {
            if (!IsCapitalisedName(c, i))
            {
                return false;
            }
        }

        return true;
    }

    private static ParsedCommand? Move(Clause c)
    {
        var s = StageAt(c);
        var stage = (DealStage)c[s].Get(TagKind.Stage)!.Value.Value;
        var start = s;
        while (start - 1 >= c.From && (c[start - 1].Is(TagKind.StageNoun) || c[start - 1].Is(TagKind.StagePrep) || c[start - 1].Is(TagKind.Hedge) || c[start - 1].Is(TagKind.Now) || c[start - 1].Kind == PieceKind.Punct))
        {
            start--;
        }

        var run = c.DealRun(c.From, start, backwards: true) ?? AfterStage(c, s);
        if (run is null)
        {
            // "demo w Allegro, przesuwam ich do oferty", "переводим их в КП": a move of the deal the message spoke of.
            return c.From > 0 && c.Has(TagKind.MoveVerb) && !stage.IsClosed() ? new ParsedCommand(Intent.MoveDeal, Sure) { Stage = stage } : null;
        }

        string? notes = null;
        var reason = c.Find(TagKind.LostReason);
        if (reason >= 0)
        {
            notes = c.Text(reason, c.To);
        }
        else if (c.Find(TagKind.Stage, Math.Max(run.Value.Last, s) + 1) < 0 && Math.Max(run.Value.Last, s) + 1 < c.To
            && !OnlyDoubt(c, Math.Max(run.Value.Last, s) + 1, c.To))
        {
            notes = c.Text(Math.Max(run.Value.Last, s) + 1, c.To);
        }

        // "przegrałem zakład z kolegą", "проиграл коллеге в теннис": won or lost over common words may be a game, so only asked.
        var game = stage.IsClosed() && !c.Has(TagKind.MoveVerb) && !c.Has(TagKind.DealNoun) && (!c.Capitalised(run.Value) || IsPersonRun(c, run.Value) || c.Has(TagKind.Pastime));
        if (game && !IsKnownDeal(c, run.Value) && (c.Has(TagKind.Pastime) || IsPersonRun(c, run.Value)))
        {
            // "przegrałem zakład z Markiem", "проиграл Марку в теннис", "выиграли квиз": a game, not a deal.
            return null;
        }

        var amount = c.Amount();
        var named = !game && (c.Capitalised(run.Value) || c.Has(TagKind.MoveVerb) || c.Has(TagKind.StagePrep));
        return new ParsedCommand(Intent.MoveDeal, named ? Sure : Unsure)
        {
            Deal = c.DealName(run.Value, c.CaseBefore(run.Value.First)),
            Stage = stage,
            Amount = amount?.Amount,
            Currency = amount?.Currency,
            Notes = notes,
            Reason = stage == DealStage.Lost ? notes : null,
            Confirm = !named,
        };
    }

    /// <summary>
    /// The deal named after its stage ("wygraliśmy Optivo", "проиграли: Тепломаш"); never past a comma ("сделка выиграна,
    /// оплата в декабре" names no deal after "выиграна").
    /// </summary>
    private static (int First, int Last)? AfterStage(Clause c, int stage)
    {
        if (c.DealRun(stage + 1, c.To) is not { } run)
        {
            return null;
        }

        for (var i = stage + 1; i < run.First; i++)
        {
            if (c.IsPunct(i, ','))
            {
                return null;
            }
        }

        return run;
    }

    /// <summary>The run is a person named by a first name the pack knows ("Марку", "Markiem"), not a deal or a company.</summary>
    private static bool IsPersonRun(Clause c, (int First, int Last) run) =>
        c[run.First].Kind == PieceKind.Known ? c[run.First].Known[0].Kind is LexiconKind.Member or LexiconKind.Contact
            : c.Message.Tokens[c[run.First].First] is { IsWord: true } t && c.Message.Pack.Index.FirstName(t.Key) is not null;

    private static bool IsKnownDeal(Clause c, (int First, int Last) run) =>
        c[run.First].Kind == PieceKind.Known && c[run.First].Known[0].Kind is LexiconKind.Deal or LexiconKind.Account;

    private static ParsedCommand? Update(Clause c)
    {
        var marker = Math.Max(c.Find(TagKind.AmountMarker), c.Find(TagKind.CloseDateMarker));
        var first = Math.Min(c.Find(TagKind.AmountMarker) is var a and >= 0 ? a : int.MaxValue, c.Find(TagKind.CloseDateMarker) is var d and >= 0 ? d : int.MaxValue);
        var run = c.DealRun(c.From, first, backwards: true) ?? c.DealRun(marker + 1, c.To);
        var amount = c.Has(TagKind.AmountMarker) ? c.Amount() : null;
        var date = c.Has(TagKind.CloseDateMarker) ? c.DateOf(c.FirstDate(), DateSense.Future) : null;
        if ((run is null && c.From == 0) || (amount is null && date is null))
        {
            return null;
        }

        return new ParsedCommand(Intent.UpdateDeal, Sure) { Deal = run is null ? null : c.DealName(run.Value, c.CaseBefore(run.Value.First)), Amount = amount?.Amount, Currency = amount?.Currency, Date = date };
    }

    private static ParsedCommand? Activity(Clause c)
    {
        var at = -1;
        for (var i = c.Start; i < c.To && at < 0; i++)
        {
            if (IsActivity(c[i]) || c[i].Is(TagKind.NoteHead))
            {
                at = i;
            }
        }

        if (at < 0)
        {
            return null;
        }

        if (BareVisit(c[at]))
        {
            // "byłem z Benem na spotkaniu w X": a bare "I was" gives way to the activity said after it.
            for (var i = at + 1; i < c.To; i++)
            {
                if (IsActivity(c[i]))
                {
                    at = i;
                    break;
                }
            }
        }

        var word = c[at];
        var (type, form) = TypeOf(c, at);
        var datePiece = c.FirstDate(monthsToo: false);
        // "w czwartek o 10:00 spotkanie": a noun with a weekday and an hour is something planned.
        var dateAhead = datePiece is not null && (Clause.LooksAhead(datePiece.Date) || c.ComingMonthDay(datePiece)
            || (form == WordForm.Noun && c.Time() is not null && datePiece.Date is { Shape: DateShape.Weekday, Relation: DateRelation.None }));
        var ahead = type != ActivityType.Note && ((c.Has(TagKind.Future) && form != WordForm.Past) || form is WordForm.Infinitive or WordForm.Future || dateAhead);
        if (ahead)
        {
            // A future verb, marker or date: something to do, never a past activity. A day said as past beside a
            // future marker ("spotkanie było wczoraj, umówione kolejne") is two things at once: no write.
            var dateBehind = datePiece is not null && (datePiece.Date is { Shape: DateShape.Relative, Days: < 0 } || datePiece.Date.Relation == DateRelation.Last);
            if (form == WordForm.Past || dateBehind)
            {
                return null;
            }

            var title = c.Text(c.Start, c.To, skipDates: true);
            var due = c.DateOf(datePiece, DateSense.Future);
            if (due is null && NextParty(c, at + 1) is null)
            {
                // "wysłałbym maila ale nie mam czasu": no day and no one, so nothing to remind of.
                return null;
            }

            return new ParsedCommand(Intent.AddTask, due is null ? 0.7 : Sure) { Title = title, Date = due, Time = c.Time() };
        }

        var partyStart = at + 1;
        if (word.Is(TagKind.NoteHead) && c.IsPunct(partyStart, ':'))
        {
            partyStart++;
        }

        var name = NextParty(c, partyStart) ?? NextParty(c, c.From, at);
        if (BareVisit(word) && name is not null && !PlaceBetween(c, at, name.FirstPiece))
        {
            // "byłem chory", "byłam zajęta": without its preposition "I was" visits no one.
            return null;
        }

        if (name is { Lowercase: true } && c.NameAt(name.LastPiece + 1, members: false, lowercase: false) is { } written)
        {
            // "mail z harmonogramem do Grupy Azoty": a common word after "z" gives way to the name written after it;
            // right after the common word the name is its owner ("в теплицах Агрокомплекса").
            name = written.FirstPiece == name.LastPiece + 1 ? written with { Cases = NameCase.Nominative | NameCase.Genitive } : written;
        }
        Party party = default;
        var notesFrom = partyStart;
        if (name is not null)
        {
            var company = CompanyAfter(c, name);
            party = c.PartyOf(name, company);
            notesFrom = (company ?? name).LastPiece + 1;
            if (party is { Account: not null, Contact: null } && PersonWith(c, notesFrom) is { } person && c.PersonOf(person) is { } contact)
            {
                // "demo u Hydromaxu z Krzysztofem Lisem", "демо у Агросиба с Павлом Зуевым": the company, then whom the rep met there.
                party = party with { Contact = contact };
                notesFrom = person.LastPiece + 1;
            }
        }

        if (type == ActivityType.Note)
        {
            notesFrom = partyStart;
        }

        if (party is { Account: null, Contact: not null } && c.Start < at && c.NameAt(c.Start, at, members: false, lowercase: false) is { } topic
            && topic.FirstPiece == c.Start && (c.IsPunct(topic.LastPiece + 1, '-') || c.IsPunct(topic.LastPiece + 1, ':') || c.IsPunct(topic.LastPiece + 1, '—') || c.IsPunct(topic.LastPiece + 1, '–'))
            && !c.IsPerson(topic))
        {
            // "Tarvion - call z Dorotą Pietrzak", "Corsivo: звонок с Никитой": the company said first, as a topic.
            party = party with { Account = c.AccountOf(topic) };
        }

        var colleagues = c.Colleagues();
        if (party.Account is not null && party.Contact is null && c.NameAt(c.From, at, members: false, lowercase: false) is { } companion
            && companion.Known.Count == 0 && companion.FirstPiece == companion.LastPiece && c.IsPerson(companion) && c.PartyOf(companion, null).Contact is { } mate
            && !mate.Contains(' ', StringComparison.Ordinal))
        {
            // "byłam z Benem na spotkaniu w X", "были с Олегом на встрече в X": who came along is a colleague.
            colleagues.Add(mate);
        }
        var date = c.DateOf(datePiece, DateSense.Past) ?? c.Message.Today;
        var notes = c.Text(notesFrom, c.To, skipDates: type != ActivityType.Note);
        if (notes is not null && c.Find(TagKind.NotesMarker, notesFrom) == notesFrom)
        {
            notes = c.Text(notesFrom + 1, c.To, skipDates: true) ?? notes;
        }

        var known = party.Account is not null || party.Contact is not null || party.Deal is not null;
        if (!known && type != ActivityType.Note && colleagues.Count == 0)
        {
            // "idę na lunch", "telefon mi się rozładował": an activity word with no one to have done it with.
            return null;
        }

        // "byłem w banku", "позвонили из банка": an unknown lowercase word is a common noun more often than a company,
        // so a new name read from one is proposed, never written outright.
        var guessed = name is { Lowercase: true, Known.Count: 0 };
        var unsure = party.Unsure || guessed || (!known && type != ActivityType.Note);
        return new ParsedCommand(Intent.LogActivity, unsure ? Unsure : Sure)
        {
            Activity = type,
            Account = party.Account,
            Contact = party.Contact,
            Deal = party.Deal,
            Date = date,
            Time = c.Time(),
            Notes = notes,
            Colleagues = colleagues.Count > 0 ? colleagues : null,
            Confirm = unsure,
        };
    }

    /// <summary>
    /// "..., потом в Авито", "... i w Ciechu dzisiaj": the activity of the clause before, at the company named here,
    /// on the day said here or else that clause's day. Null when no company is named.
    /// </summary>
    public static ParsedCommand? Ellipsis(Clause c, ParsedCommand done)
    {
        var connector = c.Start;
        while (connector < c.To && !c[connector].Is(TagKind.Connector))
        {
            connector++;
        }

        if (c.NameAt(connector + 1, connector + 2, members: false) is not { } name)
        {
            return null;
        }

        var party = c.PartyOf(name, null);
        if (party.Account is null && party.Contact is null)
        {
            return null;
        }

        var date = c.DateOf(c.FirstDate(), DateSense.Past) ?? done.Date;
        var guessed = name is { Lowercase: true, Known.Count: 0 } || party.Unsure;
        return new ParsedCommand(Intent.LogActivity, guessed ? Unsure : done.Confidence)
        {
            Activity = done.Activity,
            Account = party.Account,
            Contact = party.Contact,
            Deal = party.Deal,
            Date = date,
            Colleagues = done.Colleagues,
            Confirm = guessed || done.Confirm,
        };
    }

    /// <summary>A one-word visit verb that governs a case but holds no preposition ("byłem" of "byłem dziś rano w X").</summary>
    private static bool BareVisit(Piece p) =>
        p.First == p.Last && p.Get(TagKind.Activity) is { Cases: not NameCase.None } visit && visit.Value == (int)ActivityType.Visit;

    /// <summary>
    /// Between a bare "byłem"/"был" and the name only days, hours and pack words, the last of them a preposition or a
    /// place ("byłem wczoraj w X", "была вчера в офисе X"); "byłem zadowolony z X" visits no one.
    /// </summary>
    private static bool PlaceBetween(Clause c, int verb, int name)
    {
        if (name - 1 <= verb || c[name - 1].Kind != PieceKind.Word)
        {
            return false;
        }

        for (var i = verb + 1; i < name; i++)
        {
            if (c[i].Kind is not (PieceKind.Date or PieceKind.Time or PieceKind.Word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first name after <paramref name="from"/> that is not a colleague (colleagues are read separately).</summary>
    private static NameSpan? NextParty(Clause c, int from, int to = -1) => c.NameAt(from, to, members: false);

    /// <summary>"Anna Nowak z Acme", "Анна из Ромашки": the company after a person's affiliation word.</summary>
    /// <summary>A "with" connector at <paramref name="at"/> and a person's name after it who is not one of the team.</summary>
    private static NameSpan? PersonWith(Clause c, int at)
    {
        if (at + 1 >= c.To || c[at].Kind != PieceKind.Word || c[at].Get(TagKind.Connector) is not { } with || (with.Cases & NameCase.Instrumental) == 0)
        {
            return null;
        }

        var person = c.NameAt(at + 1, members: true, lowercase: false);
        return person is not null && person.FirstPiece == at + 1 && c.IsPerson(person) && !person.Known.Any(k => k.Kind == LexiconKind.Member) ? person : null;
    }

    private static NameSpan? CompanyAfter(Clause c, NameSpan name)
    {
        var next = name.LastPiece + 1;
        if (c.IsPunct(next, '(') && c.NameAt(next + 1, next + 4, members: false) is { } inBrackets && inBrackets.FirstPiece == next + 1)
        {
            return inBrackets;
        }

        // "Jan z Orlenu" is Jan of Orlen; "demo u Hydromaxu z Krzysztofem Lisem" is the company, then a person met there.
        if (next < c.To && c[next].Is(TagKind.Affiliation) && c.NameAt(next + 1, next + 2 + 3, members: false) is { } company && company.FirstPiece == next + 1
            && !(c.IsPerson(company) && !c.IsPerson(name)))
        {
            return company;
        }

        // "call z Ewą Zielińską, Boryszew", "созвонились с Еленой Волковой, Аэрофлот": a person, then her company closing the clause.
        if (c.IsPunct(next, ',') && (c.IsPerson(name) || name.Known is [{ Kind: LexiconKind.Contact }, ..])
            && c.NameAt(next + 1, members: false, lowercase: false) is { } closing && closing.FirstPiece == next + 1 && closing.LastPiece == LastWord(c) && !c.IsPerson(closing))
        {
            return closing;
        }

        return null;
    }

    /// <summary>The activity and its tense: a vague verb takes its modifier's type; a send verb the type of what was sent.</summary>
    private static (ActivityType Type, WordForm Form) TypeOf(Clause c, int at)
    {
        var word = c[at];
        if (word.Is(TagKind.NoteHead) && !IsActivity(word))
        {
            return (ActivityType.Note, WordForm.Noun);
        }

        var main = word.Get(TagKind.Activity) ?? word.Get(TagKind.VagueActivity) ?? word.Get(TagKind.Send)!.Value;
        var type = (ActivityType)main.Value;
        var form = main.Form;
        // "был на онлайн-встрече", "byłam na prezentacji": being at an event is that event, not a visit.
        if (type == ActivityType.Visit && main.Cases != NameCase.None && at + 1 < c.To && c[at + 1].Get(TagKind.Activity) is { Form: WordForm.Noun } noun)
        {
            type = (ActivityType)noun.Value;
        }
        var modifier = c.Find(TagKind.ActivityModifier);
        if (modifier >= 0 && (word.Is(TagKind.VagueActivity) || word.Is(TagKind.Send)))
        {
            type = (ActivityType)c[modifier].Get(TagKind.ActivityModifier)!.Value.Value;
        }
        else if (word.Is(TagKind.Send) && !word.Is(TagKind.Activity))
        {
            for (var i = at + 1; i < Math.Min(c.To, at + 4); i++)
            {
                if (c[i].Get(TagKind.Activity) is { } sent)
                {
                    type = (ActivityType)sent.Value;
                    break;
                }
            }
        }

        return (type, form);
    }
}
